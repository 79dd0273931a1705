/// Line breaking: the fewest lines that fit, two lines balanced rather than greedy.
extension TextPieces {
  /// The text, too wide for one line, on as few lines as fit `maxWidth`, at most
  /// `maxLines` (two or more); two lines are balanced rather than greedy. Nil when it
  /// cannot fit.
  func wrapped(maxWidth: Double, fontSize: Double, maxLines: Int) -> [String]? {
    guard count > 1 else { return nil }
    if let two = balancedTwoLines(maxWidth: maxWidth, fontSize: fontSize) {
      return strings(two)
    }
    guard maxLines > 2 else { return nil }
    var lines = greedyLines(maxWidth: maxWidth, fontSize: fontSize)
    var widest = widest(lines, fontSize: fontSize)
    guard lines.count <= maxLines, widest <= maxWidth else { return nil }
    // Even the lines out: narrow the measure while the text still takes as many lines.
    var measure = widest - 1
    while measure > 0 {
      let narrower = greedyLines(maxWidth: measure, fontSize: fontSize)
      let narrowerWidest = self.widest(narrower, fontSize: fontSize)
      guard narrower.count == lines.count, narrowerWidest <= measure else { break }
      lines = narrower
      widest = narrowerWidest
      measure = widest - 1
    }
    return strings(lines)
  }

  /// The text split into the two most even lines it breaks into (itself when it cannot break).
  func balancedSplit(fontSize: Double) -> [String] {
    guard let two = balancedTwoLines(maxWidth: .infinity, fontSize: fontSize) else { return [text] }
    return strings(two)
  }

  /// The cut into two lines whose wider line is narrowest, if one fits `maxWidth`.
  func balancedTwoLines(maxWidth: Double, fontSize: Double) -> [Range<Int>]? {
    guard count > 1 else { return nil }
    var best: [Range<Int>]?
    var bestWidth = Double.infinity
    for cut in 1..<count {
      let first = 0..<cut
      let second = cut..<count
      let widest = max(width(first, fontSize: fontSize), width(second, fontSize: fontSize))
      if widest <= maxWidth && widest < bestWidth {
        best = [first, second]
        bestWidth = widest
      }
    }
    return best
  }

  /// Pieces added to a line while it fits; a piece that fits nowhere gets its own line.
  func greedyLines(maxWidth: Double, fontSize: Double) -> [Range<Int>] {
    var lines: [Range<Int>] = []
    var start = 0
    for piece in 0..<count where piece > start {
      if width(start..<(piece + 1), fontSize: fontSize) > maxWidth {
        lines.append(start..<piece)
        start = piece
      }
    }
    if count > start { lines.append(start..<count) }
    return lines
  }
}
