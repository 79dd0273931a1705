import CCmark

/// Parses CommonMark with libcmark into `MarkdownNode` values. The only code that touches
/// cmark's C pointers: it parses, walks and frees within one call.
public enum MarkdownParser {
  /// Parses `source`; positions are shifted by `lineOffset` (lines before the Markdown body,
  /// such as a front-matter block). A source past `MarkdownLimits` is refused: the result
  /// holds an empty document and where the source went too far.
  public static func parse(_ source: String, lineOffset: Int = 0) -> ParsedMarkdown {
    var utf8 = Array(source.utf8)
    guard !utf8.isEmpty else { return ParsedMarkdown(document: .document([])) }
    if let refusal = SourceScan.refusal(utf8) { return refused(refusal, lineOffset: lineOffset) }
    let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_SMART
    let root: OpaquePointer? = utf8.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
        cmark_parse_document($0, buffer.count, options)
      }
    }
    guard let root else { return ParsedMarkdown(document: .document([])) }
    defer { cmark_node_free(root) }
    var lineStarts = [0]
    for (offset, byte) in utf8.enumerated() where byte == UInt8(ascii: "\n") {
      lineStarts.append(offset + 1)
    }
    let walker = Walker(lineOffset: lineOffset, bytes: utf8, lineStarts: lineStarts)
    if let (node, depth) = NestingDepth.firstTooDeep(root) {
      return ParsedMarkdown(document: .document([]), refusal: MarkdownRefusal(.nesting(depth: depth), at: walker.position(node)))
    }
    return ParsedMarkdown(document: .document(walker.children(of: root)))
  }

  private static func refused(_ refusal: MarkdownRefusal, lineOffset: Int) -> ParsedMarkdown {
    var shifted = refusal
    shifted.at.line += lineOffset
    return ParsedMarkdown(document: .document([]), refusal: shifted)
  }
}

/// Turns cmark's nodes into `MarkdownNode`s, recursively: only run on a tree whose depth
/// `NestingDepth` has bounded.
private final class Walker {
  let lineOffset: Int
  /// The source as UTF-8 and where each line starts in it, to turn cmark's byte columns
  /// into character columns (found by bytes: splitting a long chapter into Characters was
  /// a third of parsing it).
  let bytes: [UInt8]
  let lineStarts: [Int]
  /// The last position worked out: the next one on the same line further right counts on
  /// from it, so a line of many links is not counted again from its start for each.
  private var last = (line: 0, byteColumn: 1, column: 1)

  init(lineOffset: Int, bytes: [UInt8], lineStarts: [Int]) {
    self.lineOffset = lineOffset
    self.bytes = bytes
    self.lineStarts = lineStarts
  }

  func children(of node: OpaquePointer) -> [MarkdownNode] {
    var result: [MarkdownNode] = []
    var child = cmark_node_first_child(node)
    while let current = child {
      if let converted = convert(current) { result.append(converted) }
      child = cmark_node_next(current)
    }
    return result
  }

  func position(_ node: OpaquePointer) -> SourcePosition {
    let line = Int(cmark_node_get_start_line(node))
    let byteColumn = Int(cmark_node_get_start_column(node))
    var column = byteColumn
    if line >= 1, line <= lineStarts.count {
      let start = lineStarts[line - 1]
      let end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
      let from = line == last.line && byteColumn >= last.byteColumn ? last : (line: line, byteColumn: 1, column: 1)
      let lower = min(end, start + max(0, from.byteColumn - 1))
      let upper = min(end, start + max(0, byteColumn - 1))
      column = from.column + characterCount(bytes[lower..<max(lower, upper)])
      last = (line, byteColumn, column)
    }
    return SourcePosition(line: line + lineOffset, column: column)
  }

  func string(_ pointer: UnsafePointer<CChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
  }

  func convert(_ node: OpaquePointer) -> MarkdownNode? {
    // Only blocks and links keep a position: working out the column of every text run of a long
    // line (characters, not bytes) was most of the cost of parsing a chapter.
    var at: SourcePosition { position(node) }
    switch cmark_node_get_type(node) {
    case CMARK_NODE_BLOCK_QUOTE: return .blockQuote(children(of: node), at)
    case CMARK_NODE_LIST:
      return .list(
        ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
        start: Int(cmark_node_get_list_start(node)),
        tight: cmark_node_get_list_tight(node) != 0,
        items: children(of: node), at)
    case CMARK_NODE_ITEM: return .item(children(of: node), at)
    case CMARK_NODE_CODE_BLOCK:
      return .codeBlock(
        info: string(cmark_node_get_fence_info(node)), code: string(cmark_node_get_literal(node)), at)
    case CMARK_NODE_HTML_BLOCK: return .htmlBlock(string(cmark_node_get_literal(node)), at)
    case CMARK_NODE_PARAGRAPH: return .paragraph(children(of: node), at)
    case CMARK_NODE_HEADING:
      return .heading(level: Int(cmark_node_get_heading_level(node)), children(of: node), at)
    case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak(at)
    case CMARK_NODE_TEXT: return .text(string(cmark_node_get_literal(node)))
    case CMARK_NODE_SOFTBREAK: return .softBreak
    case CMARK_NODE_LINEBREAK: return .lineBreak
    case CMARK_NODE_CODE: return .code(string(cmark_node_get_literal(node)))
    case CMARK_NODE_HTML_INLINE: return .htmlInline(string(cmark_node_get_literal(node)))
    case CMARK_NODE_EMPH: return .emphasis(children(of: node))
    case CMARK_NODE_STRONG: return .strong(children(of: node))
    case CMARK_NODE_LINK:
      return .link(
        destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
        children(of: node), at)
    case CMARK_NODE_IMAGE:
      return .image(
        source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
        children(of: node))
    default: return nil
    }
  }
}
