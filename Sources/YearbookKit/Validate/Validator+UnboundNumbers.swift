import Markdown

extension Validator {
  /// A figure typed in prose that a table prints (equal at the precision it is written with)
  /// is a warning `unbound-number` naming the reference that quotes it, so that a revision of
  /// the table reaches the sentence. Years, dates and small counts are left alone (see
  /// `PrintedFigures.isQuotable`). Compared with the tables the chapter places or already
  /// quotes, and only cells a page of its language shows (which a reference can link to); of
  /// several cells printing the figure, one of a table the chapter places is named first.
  static func unboundNumbers(_ report: Report) -> [Diagnostic] {
    let written = report.chapters.map { ProseNumbers.numbers(in: $0.body).filter { PrintedFigures.isQuotable($0.0) } }
    let figures = PrintedFigures(report, wanted: Set(written.joined().map(\.0.text)))
    guard !figures.isEmpty else { return [] }
    // Only a cell some page of the chapter's language shows (its table placed, a placed chart
    // drawing it, or the cover's key figures) can be quoted: any other is no suggestion.
    var placed: [Language: Set<String>] = [:]
    for chapter in report.chapters {
      for p in PlacementPlanner.placements(in: chapter, report: report) { placed[chapter.language, default: []].insert(p.id) }
    }
    let locator = CellLocator(report: report)
    func isShown(_ quote: PrintedFigures.Quote, _ language: Language) -> Bool {
      let ids = placed[language] ?? []
      if ids.contains(quote.table) || report.site.keyFigures == quote.table { return true }
      guard case .success(let found) = locator.find(table: quote.table, row: quote.row, column: quote.column, printed: false) else {
        return false
      }
      return ChartBuilder.charts(drawing: found, in: report).contains(where: ids.contains)
    }
    var diagnostics: [Diagnostic] = []
    for (chapter, numbers) in zip(report.chapters, written) {
      guard numbers.contains(where: { figures.quotes[$0.0.text] != nil }) else { continue }
      // The tables this chapter is about: those it places (or charts of which it places) and
      // those it already quotes. A figure equal to a cell of any other table is most often a
      // figure of the prose's own that happens to share its digits (a share of staff equal to a
      // city's growth): comparing with every table of the report made such warnings the many.
      let placed = Set(
        PlacementPlanner.placements(in: chapter, report: report).flatMap { p in [p.id, report.charts[p.id]?.table].compactMap { $0 } })
      var related = placed
      for link in LinkCollector.links(in: chapter.body) where link.textIsEmpty && FigureReference.isFigure(link.destination) {
        if case .success(let reference) = FigureReference.parse(link.destination, title: link.title) { related.insert(reference.table) }
      }
      for (token, line) in numbers {
        guard let quotes = figures.quotes[token.text]?.filter({ related.contains($0.table) && isShown($0, chapter.language) }),
          !quotes.isEmpty
        else { continue }
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
