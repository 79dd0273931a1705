/// Line breaking for labels (see `TextPieces`), for a label wrapped once. A layout that
/// tries one label many ways makes it a `BreakableText` instead.
extension TextMetrics {
  /// `text` on as few lines as fit `maxWidth`, at most `maxLines`; two lines are balanced
  /// rather than greedy. Nil when it cannot fit.
  static func wrap(_ text: String, maxWidth: Double, fontSize: Double, maxLines: Int) -> [String]? {
    if width(of: text, fontSize: fontSize) <= maxWidth { return [text] }
    guard maxLines >= 2 else { return nil }
    return TextPieces(text).wrapped(maxWidth: maxWidth, fontSize: fontSize, maxLines: maxLines)
  }

  /// `text` split into the two most even lines it breaks into (itself when it cannot break).
  static func balancedSplit(_ text: String, fontSize: Double) -> [String] {
    TextPieces(text).balancedSplit(fontSize: fontSize)
  }

  /// `text` broken greedily into lines no wider than `maxWidth` where it can be; a single
  /// unbreakable piece wider than `maxWidth` stays on its own line.
  static func greedyLines(_ text: String, maxWidth: Double, fontSize: Double) -> [String] {
    let pieces = TextPieces(text)
    return pieces.strings(pieces.greedyLines(maxWidth: maxWidth, fontSize: fontSize))
  }

  /// The text cut at every break opportunity; each piece keeps its trailing space.
  static func breakablePieces(_ text: String) -> [String] {
    let pieces = TextPieces(text)
    return (0..<pieces.count).map(pieces.raw)
  }
}
