/// A position in a Markdown source: 1-based line and column.
public struct SourcePosition: Sendable, Equatable, Hashable {
  /// 1-based line.
  public var line: Int
  /// 1-based column.
  public var column: Int
  /// Makes a position.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
}

/// A CommonMark syntax tree as plain Swift values: no C pointer outlives the parse.
public indirect enum MarkdownNode: Sendable, Equatable {
  // Blocks
  case document([MarkdownNode])
  case blockQuote([MarkdownNode], SourcePosition)
  case list(ordered: Bool, start: Int, tight: Bool, items: [MarkdownNode], SourcePosition)
  case item([MarkdownNode], SourcePosition)
  case codeBlock(info: String, code: String, SourcePosition)
  case htmlBlock(String, SourcePosition)
  case paragraph([MarkdownNode], SourcePosition)
  case heading(level: Int, [MarkdownNode], SourcePosition)
  case thematicBreak(SourcePosition)
  // Inlines
  case text(String)
  case softBreak
  case lineBreak
  case code(String)
  case htmlInline(String)
  case emphasis([MarkdownNode])
  case strong([MarkdownNode])
  case link(destination: String, title: String, [MarkdownNode], SourcePosition)
  case image(source: String, title: String, [MarkdownNode])
}

extension MarkdownNode {
  /// The plain text of a node and its children (for heading ids and alt text).
  public var plainText: String {
    switch self {
    case .text(let s), .code(let s): return s
    case .softBreak, .lineBreak: return " "
    case .htmlInline, .htmlBlock, .thematicBreak: return ""
    case .codeBlock(_, let code, _): return code
    case .document(let c), .emphasis(let c), .strong(let c), .item(let c, _),
      .blockQuote(let c, _), .paragraph(let c, _), .heading(_, let c, _),
      .link(_, _, let c, _), .image(_, _, let c), .list(_, _, _, let c, _):
      return c.map(\.plainText).joined()
    }
  }
}
