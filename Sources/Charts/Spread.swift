/// Moves labels stacked along one axis apart, as little as possible, so that none
/// overlaps the next; they stay within `top...bottom` where the room allows and run past
/// `bottom` where it does not (the caller grows the chart to fit).
enum Spread {
  /// New middles for items in order (`wanted` must be sorted), keeping `spacing` between them.
  static func apart(
    _ wanted: [Double], heights: [Double], top: Double, bottom: Double, spacing: Double
  ) -> [Double] {
    var result = wanted
    var edge = top
    for i in result.indices {
      result[i] = max(result[i], edge + heights[i] / 2)
      edge = result[i] + heights[i] / 2 + spacing
    }
    edge = bottom
    for i in result.indices.reversed() {
      result[i] = min(result[i], edge - heights[i] / 2)
      edge = result[i] - heights[i] / 2 - spacing
    }
    edge = top
    for i in result.indices {
      result[i] = max(result[i], edge + heights[i] / 2)
      edge = result[i] + heights[i] / 2 + spacing
    }
    return result
  }
}
