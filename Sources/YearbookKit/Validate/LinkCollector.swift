import Markdown

/// The links of a Markdown document with their positions.
enum LinkCollector {
  struct Link {
    var destination: String
    var title: String = ""
    var textIsEmpty: Bool
    var at: SourcePosition
  }

  static func links(in node: MarkdownNode) -> [Link] {
    switch node {
    case .link(let destination, let title, let children, let at):
      let text = children.map(\.plainText).joined()
      return [Link(destination: destination, title: title, textIsEmpty: text.isEmpty, at: at)] + children.flatMap(links)
    case .document(let c), .blockQuote(let c, _), .item(let c, _), .list(_, _, _, let c, _), .paragraph(let c, _),
      .heading(_, let c, _), .emphasis(let c), .strong(let c), .image(_, _, let c):
      return c.flatMap(links)
    default:
      return []
    }
  }
}
