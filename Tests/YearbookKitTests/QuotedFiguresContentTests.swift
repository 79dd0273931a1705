import Foundation
import Markdown
import Testing

@testable import YearbookKit

/// The real report quotes its figures from the tables, and both languages of a paragraph quote
/// the same cells: a revision reaches both editions alike.
@Suite struct QuotedFiguresContentTests {
  /// For each paragraph (and list item) of a chapter, in order, the cells it quotes, sorted.
  static func quotedCells(_ chapter: Chapter) -> [[String]] {
    var result: [[String]] = []
    func visit(_ node: MarkdownNode) {
      switch node {
      case .paragraph:
        let cells = LinkCollector.links(in: node).filter { $0.textIsEmpty && FigureReference.isFigure($0.destination) }
          .map { $0.destination.removingPercentEncoding ?? $0.destination }.sorted()
        if !cells.isEmpty { result.append(cells) }
      case .document(let c), .blockQuote(let c, _), .item(let c, _), .list(_, _, _, let c, _): c.forEach(visit)
      default: break
      }
    }
    visit(chapter.body)
    return result
  }

  @Test func bothLanguagesOfEveryParagraphQuoteTheSameCells() throws {
    let root = Fixture.repository.path
    let (input, _) = ContentReader.read(content: "\(root)/Content", templates: "\(root)/Templates")
    let (report, _) = ReportParser.parse(input)
    let report_ = try #require(report)
    var total = 0
    for zh in report_.chapters where zh.language == .zh {
      let en = try #require(report_.chapter(zh.slug, .en))
      let (a, b) = (Self.quotedCells(zh), Self.quotedCells(en))
      #expect(a == b, "\(zh.slug): the paragraphs quote different cells")
      total += a.joined().count
    }
    #expect(total > 400, "the report quotes its figures (\(total) quoted per language)")
  }

  @Test func noFigureIsLeftTyped() {
    let typed = EndToEndTests.built.diagnostics.filter { $0.rule == "unbound-number" && $0.severity == .warning }
    #expect(typed.isEmpty, "\(typed.prefix(5))")
  }
}
