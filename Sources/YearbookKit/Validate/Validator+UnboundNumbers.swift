import Markdown

extension Validator {
  /// A figure typed in prose that a table prints (equal at the precision it is written with)
  /// is a warning `unbound-number` naming the reference that quotes it, so that a revision of
  /// the table reaches the sentence. Years, dates and small counts are left alone (see
  /// `PrintedFigures.isQuotable`); of several cells printing the figure, one of a table the
  /// chapter places is named first.
  static func unboundNumbers(_ report: Report) -> [Diagnostic] {
    let written = report.chapters.map { ProseNumbers.numbers(in: $0.body).filter { PrintedFigures.isQuotable($0.0) } }
    let figures = PrintedFigures(report, wanted: Set(written.joined().map(\.0.text)))
    guard !figures.isEmpty else { return [] }
    var diagnostics: [Diagnostic] = []
    for (chapter, numbers) in zip(report.chapters, written) {
      guard numbers.contains(where: { figures.quotes[$0.0.text] != nil }) else { continue }
      let placed = Set(
        PlacementPlanner.placements(in: chapter, report: report).flatMap { p in [p.id, report.charts[p.id]?.table].compactMap { $0 } })
      for (token, line) in numbers {
        guard let quotes = figures.quotes[token.text] else { continue }
        let best = quotes.first { placed.contains($0.table) } ?? quotes[0]
        let others = quotes.count > 1 ? " (\(quotes.count - 1) other cell\(quotes.count == 2 ? " prints" : "s print") it too)" : ""
        diagnostics.append(
          Diagnostic(
            .warning, at: SourceLocation(path: chapter.location.path, line: line), rule: "unbound-number",
            "\(token.text) is a figure of table \(best.table)\(others): write it as \(best.reference) so that it follows the table"))
      }
    }
    return diagnostics
  }
}

/// The numbers written in a chapter's prose (paragraphs, in lists and quotes too, link texts
/// included; code, headings and placed blocks left out), each with its line.
enum ProseNumbers {
  static func numbers(in body: MarkdownNode) -> [(NumberScanner.Token, Int)] {
    var result: [(NumberScanner.Token, Int)] = []
    func block(_ node: MarkdownNode) {
      switch node {
      case .paragraph(let children, let at):
        var line = at.line
        var text = ""
        func flush() {
          for token in NumberScanner.numbers(in: text) { result.append((token, line)) }
          text = ""
        }
        func inline(_ node: MarkdownNode) {
          switch node {
          case .text(let s): text += s
          case .softBreak, .lineBreak:
            flush()
            line += 1
          case .emphasis(let c), .strong(let c), .link(_, _, let c, _), .image(_, _, let c): c.forEach(inline)
          default: flush()
          }
        }
        children.forEach(inline)
        flush()
      case .document(let c), .blockQuote(let c, _), .item(let c, _), .list(_, _, _, let c, _):
        c.forEach(block)
      default:
        return
      }
    }
    block(body)
    return result
  }
}
