/// A label a layout tries at many widths, sizes and line counts: its width measured once,
/// and cut into pieces (see `TextPieces`) only the first time it has to break, since most
/// labels fit on one line.
struct BreakableText {
  /// The text as given.
  let text: String
  /// The whole text's width in ems, summed in reading order like
  /// `TextMetrics.width(of:fontSize:)` so that the two agree to the last bit.
  private let totalEms: Double
  private let cut: Cut

  init(_ text: String) {
    var total = 0.0
    for scalar in text.unicodeScalars { total += TextMetrics.em(scalar) }
    self.text = text
    self.totalEms = total
    self.cut = Cut(text)
  }

  /// The whole text's estimated width at `fontSize`.
  func width(fontSize: Double) -> Double { totalEms * fontSize }

  /// The text on as few lines as fit `maxWidth`, at most `maxLines`; two lines are
  /// balanced rather than greedy. Nil when it cannot fit.
  func wrapped(maxWidth: Double, fontSize: Double, maxLines: Int) -> [String]? {
    if width(fontSize: fontSize) <= maxWidth { return [text] }
    guard maxLines >= 2 else { return nil }
    return cut.pieces.wrapped(maxWidth: maxWidth, fontSize: fontSize, maxLines: maxLines)
  }

  /// The text split into the two most even lines it breaks into (itself when it cannot break).
  func balancedSplit(fontSize: Double) -> [String] { cut.pieces.balancedSplit(fontSize: fontSize) }

  /// The pieces, cut on first use and kept for the layout's next try.
  private final class Cut {
    let text: String
    lazy var pieces = TextPieces(text)

    init(_ text: String) { self.text = text }
  }
}
