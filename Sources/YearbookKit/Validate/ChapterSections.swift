import Markdown

/// A chapter's paragraphs grouped by section: the text between two headings, in order.
struct ChapterSections {
  struct Paragraph {
    var text: String
    var line: Int
  }
  var sections: [[Paragraph]] = [[]]
  var headingLines: [Int] = []

  init(_ body: MarkdownNode) { visit(body) }

  func headingLine(_ section: Int) -> Int? { section > 0 && section <= headingLines.count ? headingLines[section - 1] : nil }

  private mutating func visit(_ node: MarkdownNode) {
    switch node {
    case .heading(_, _, let at):
      sections.append([])
      headingLines.append(at.line)
    case .paragraph(_, let at):
      sections[sections.count - 1].append(Paragraph(text: node.plainText, line: at.line))
    case .document(let children), .blockQuote(let children, _), .item(let children, _), .list(_, _, _, let children, _):
      children.forEach { visit($0) }
    default:
      return
    }
  }
}
