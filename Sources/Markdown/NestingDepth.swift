import CCmark

/// How deep cmark's tree goes, found with cmark's own iterator (no recursion, so a tree of
/// any depth is measured safely) before anything walks it recursively.
enum NestingDepth {
  /// The first node (in document order) deeper than `MarkdownLimits.maximumDepth`, or the
  /// nearest node above it that has a source position, and its depth; nil when none is.
  static func firstTooDeep(_ root: OpaquePointer) -> (node: OpaquePointer, depth: Int)? {
    guard let iterator = cmark_iter_new(root) else { return nil }
    defer { cmark_iter_free(iterator) }
    // The depth of the node entered last whose exit is still to come; the document is 0.
    var depth = -1
    while true {
      switch cmark_iter_next(iterator) {
      case CMARK_EVENT_ENTER:
        let node = cmark_iter_get_node(iterator)!
        let nodeDepth = depth + 1
        if nodeDepth > MarkdownLimits.maximumDepth { return (positioned(node), nodeDepth) }
        // A leaf is entered only, never exited.
        if !isLeaf(node) { depth = nodeDepth }
      case CMARK_EVENT_EXIT:
        depth -= 1
      default:
        return nil
      }
    }
  }

  /// The nodes libcmark's iterator enters without exiting.
  private static func isLeaf(_ node: OpaquePointer) -> Bool {
    switch cmark_node_get_type(node) {
    case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_TEXT, CMARK_NODE_SOFTBREAK,
      CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
      true
    default: false
    }
  }

  /// `node`, or its nearest ancestor with a start line (libcmark gives some inlines none).
  private static func positioned(_ node: OpaquePointer) -> OpaquePointer {
    var current = node
    while cmark_node_get_start_line(current) <= 0, let parent = cmark_node_parent(current) { current = parent }
    return current
  }
}
