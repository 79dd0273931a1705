/// Moves labels stacked along one axis apart so that none overlaps the next, each as
/// close to where it wants to be as possible: touching labels form a block centred on the
/// mean of their wishes (least squares, keeping order). Bounds, when given, then push the
/// whole run inside them; the top bound wins when the run is longer than the space.
enum Spread {
  /// New middles for items in order (`wanted` must be sorted), keeping `spacing` between them.
  static func apart(
    _ wanted: [Double], heights: [Double], top: Double? = nil, bottom: Double? = nil,
    spacing: Double
  ) -> [Double] {
    guard !wanted.isEmpty else { return [] }
    // Offsets of each item's middle from its block's first middle, if packed tightly.
    var offsets = [0.0]
    for i in 1..<wanted.count {
      offsets.append(offsets[i - 1] + heights[i - 1] / 2 + spacing + heights[i] / 2)
    }
    // Blocks as (first item, count, position of the first item's middle).
    var blocks: [(first: Int, count: Int, start: Double)] = []
    for i in wanted.indices {
      blocks.append((i, 1, wanted[i]))
      while blocks.count > 1 {
        let last = blocks[blocks.count - 1]
        let previous = blocks[blocks.count - 2]
        let previousEnd = previous.start + offsets[previous.first + previous.count - 1] - offsets[previous.first]
        let lastItem = last.first
        let gapNeeded = heights[lastItem - 1] / 2 + spacing + heights[lastItem] / 2
        guard last.start < previousEnd + gapNeeded - 1e-9 else { break }
        let first = previous.first
        let count = previous.count + last.count
        let mean =
          (first..<first + count).map { wanted[$0] - (offsets[$0] - offsets[first]) }
          .reduce(0, +) / Double(count)
        blocks.removeLast(2)
        blocks.append((first, count, mean))
      }
    }
    var result = wanted
    for block in blocks {
      for i in block.first..<block.first + block.count {
        result[i] = block.start + offsets[i] - offsets[block.first]
      }
    }
    if let bottom {
      let overshoot = result[result.count - 1] + heights[heights.count - 1] / 2 - bottom
      if overshoot > 0 { result = pushUp(result, heights: heights, from: bottom, spacing: spacing) }
    }
    if let top {
      result = pushDown(result, heights: heights, from: top, spacing: spacing)
    }
    return result
  }

  private static func pushUp(_ items: [Double], heights: [Double], from bottom: Double, spacing: Double)
    -> [Double]
  {
    var result = items
    var edge = bottom
    for i in result.indices.reversed() {
      result[i] = min(result[i], edge - heights[i] / 2)
      edge = result[i] - heights[i] / 2 - spacing
    }
    return result
  }

  private static func pushDown(_ items: [Double], heights: [Double], from top: Double, spacing: Double)
    -> [Double]
  {
    var result = items
    var edge = top
    for i in result.indices {
      result[i] = max(result[i], edge + heights[i] / 2)
      edge = result[i] + heights[i] / 2 + spacing
    }
    return result
  }
}
