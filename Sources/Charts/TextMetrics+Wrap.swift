/// Line breaking for labels: between words, and between any two CJK characters (Chinese
/// has no spaces), never inside a Latin word or a number.
///
/// A layout tries many fonts sizes and line counts for every label of every chart, so the
/// work is done on the label's scalars, cut once into pieces; candidate lines are ranges of
/// pieces measured in place, and only the chosen lines become strings.
extension TextMetrics {
  /// `text` on as few lines as fit `maxWidth`, at most `maxLines`; two lines are balanced
  /// rather than greedy. Nil when it cannot fit.
  static func wrap(_ text: String, maxWidth: Double, fontSize: Double, maxLines: Int) -> [String]? {
    if width(of: text, fontSize: fontSize) <= maxWidth { return [text] }
    guard maxLines >= 2 else { return nil }
    let pieces = Pieces(text)
    guard pieces.count > 1 else { return nil }
    if let two = pieces.balancedTwoLines(maxWidth: maxWidth, fontSize: fontSize) {
      return pieces.strings(two)
    }
    guard maxLines > 2 else { return nil }
    var lines = pieces.greedyLines(maxWidth: maxWidth, fontSize: fontSize)
    var widest = pieces.widest(lines, fontSize: fontSize)
    guard lines.count <= maxLines, widest <= maxWidth else { return nil }
    // Even the lines out: narrow the measure while the text still takes as many lines.
    var measure = widest - 1
    while measure > 0 {
      let narrower = pieces.greedyLines(maxWidth: measure, fontSize: fontSize)
      let narrowerWidest = pieces.widest(narrower, fontSize: fontSize)
      guard narrower.count == lines.count, narrowerWidest <= measure else { break }
      lines = narrower
      widest = narrowerWidest
      measure = widest - 1
    }
    return pieces.strings(lines)
  }

  /// `text` split into the two most even lines it breaks into (itself when it cannot break).
  static func balancedSplit(_ text: String, fontSize: Double) -> [String] {
    let pieces = Pieces(text)
    guard let two = pieces.balancedTwoLines(maxWidth: .infinity, fontSize: fontSize) else {
      return [text]
    }
    return pieces.strings(two)
  }

  /// `text` broken greedily into lines no wider than `maxWidth` where it can be; a single
  /// unbreakable piece wider than `maxWidth` stays on its own line.
  static func greedyLines(_ text: String, maxWidth: Double, fontSize: Double) -> [String] {
    let pieces = Pieces(text)
    return pieces.strings(pieces.greedyLines(maxWidth: maxWidth, fontSize: fontSize))
  }

  /// The text cut at every break opportunity; each piece keeps its trailing space.
  static func breakablePieces(_ text: String) -> [String] {
    let pieces = Pieces(text)
    return (0..<pieces.count).map(pieces.raw)
  }
}

/// A label's scalars and the places it may break: piece `i` is
/// `scalars[starts[i]..<starts[i + 1]]`. A line is a range of pieces, measured and trimmed
/// of spaces at both ends exactly as the string it stands for would be.
private struct Pieces {
  let scalars: [Unicode.Scalar]
  /// Where each piece starts, plus the end of the text.
  let starts: [Int]

  init(_ text: String) {
    let scalars = Array(text.unicodeScalars)
    var starts: [Int] = []
    var left: Unicode.Scalar?
    for (index, scalar) in scalars.enumerated() {
      if index == 0 {
        starts.append(0)
      } else if let left, !Pieces.continues(scalar), Pieces.canBreak(between: left, and: scalar) {
        starts.append(index)
      }
      if !Pieces.continues(scalar) { left = scalar }
    }
    starts.append(scalars.count)
    self.scalars = scalars
    self.starts = starts
  }

  var count: Int { starts.count - 1 }

  /// The trimmed text of `pieces`.
  func string(_ pieces: Range<Int>) -> String { text(trimmed(pieces)) }

  func strings(_ lines: [Range<Int>]) -> [String] { lines.map(string) }

  /// Piece `index` as cut, spaces kept.
  func raw(_ index: Int) -> String { text(starts[index]..<starts[index + 1]) }

  private func text(_ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    return String(view)
  }

  /// The estimated width of `pieces` as one trimmed line, summed in reading order like
  /// `TextMetrics.width(of:fontSize:)` so the two agree to the last bit.
  func width(_ pieces: Range<Int>, fontSize: Double) -> Double {
    var ems = 0.0
    for scalar in scalars[trimmed(pieces)] { ems += TextMetrics.em(scalar) }
    return ems * fontSize
  }

  func widest(_ lines: [Range<Int>], fontSize: Double) -> Double {
    lines.map { width($0, fontSize: fontSize) }.max() ?? 0
  }

  /// The scalar range of `pieces` without spaces at either end.
  private func trimmed(_ pieces: Range<Int>) -> Range<Int> {
    var lower = starts[pieces.lowerBound]
    var upper = starts[pieces.upperBound]
    while upper > lower && scalars[upper - 1] == " " { upper -= 1 }
    while lower < upper && scalars[lower] == " " { lower += 1 }
    return lower..<upper
  }

  /// The cut into two lines whose wider line is narrowest, if one fits `maxWidth`.
  func balancedTwoLines(maxWidth: Double, fontSize: Double) -> [Range<Int>]? {
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

  /// Scalars that belong to the character before them (combining marks, joiners, variation
  /// selectors, skin tones): never a place to break, and not the "left" side of one.
  private static func continues(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0300...0x036F, 0x200C...0x200D, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF: return true
    default: return false
    }
  }

  private static func canBreak(between left: Unicode.Scalar, and right: Unicode.Scalar) -> Bool {
    if right == " " { return false }
    if left == " " || left == "-" || left == "/" { return true }
    if isClosingPunctuation(right) { return false }
    if isOpeningPunctuation(left) { return false }
    return TextMetrics.isWide(left) || TextMetrics.isWide(right)
  }

  private static func isClosingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "】", ",", ".", ";", ":",
      "?", "!", ")", "%":
      return true
    default: return false
    }
  }

  private static func isOpeningPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "（", "《", "「", "『", "【", "(": return true
    default: return false
    }
  }
}
