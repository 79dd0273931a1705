/// A heading met while rendering, for the page's table of contents.
public struct Heading: Sendable, Equatable {
  /// 1–6.
  public var level: Int
  /// Plain text.
  public var text: String
  /// The `id` given to the heading element.
  public var id: String
  /// Makes a heading.
  public init(level: Int, text: String, id: String) {
    self.level = level
    self.text = text
    self.id = id
  }
}

/// HTML made from Markdown, with the headings it holds.
public struct RenderedMarkdown: Sendable, Equatable {
  /// The HTML.
  public var html: String
  /// Every heading, in order.
  public var headings: [Heading]
  /// Where each block the block hook replaced begins in `html`, in UTF-8 bytes, in order: a
  /// caller whose hook returns "" can put the block's HTML there itself, without copying it
  /// into `html`.
  public var blockOffsets: [Int] = []
}

/// Renders `MarkdownNode` trees to HTML. Raw HTML is dropped unless `allowsRawHTML`; unsafe
/// link targets are dropped (their text kept). Hooks let the caller replace fenced blocks and
/// links (for placed tables and figures, and cross-references).
public struct HTMLRenderer {
  /// Replaces a fenced code block; return nil to render it as code.
  public typealias BlockHook = (_ info: String, _ code: String, _ at: SourcePosition) -> String?
  /// Replaces a link; return nil to render it normally.
  public typealias LinkHook = (_ destination: String, _ textIsEmpty: Bool, _ at: SourcePosition) -> String?

  /// Keep raw HTML blocks and inline HTML.
  public var allowsRawHTML = false
  /// Shift every heading level by this much (so `#` can become `h2` under the page's `h1`).
  public var headingShift = 0
  /// Fenced block hook.
  public var blockHook: BlockHook?
  /// Link hook.
  public var linkHook: LinkHook?
  /// Turns a text node into HTML (it must escape); by default `escapeHTML`. Lets a page mark
  /// runs of another language.
  public var textHTML: @Sendable (String) -> String = escapeHTML

  /// Makes a renderer.
  public init(allowsRawHTML: Bool = false, headingShift: Int = 0, blockHook: BlockHook? = nil, linkHook: LinkHook? = nil) {
    self.allowsRawHTML = allowsRawHTML
    self.headingShift = headingShift
    self.blockHook = blockHook
    self.linkHook = linkHook
  }

  /// Renders a document.
  public func render(_ node: MarkdownNode) -> RenderedMarkdown {
    var state = State()
    var html = ""
    write(node, into: &html, state: &state, tight: false)
    return RenderedMarkdown(html: html, headings: state.headings, blockOffsets: state.blockOffsets)
  }

  private struct State {
    var headings: [Heading] = []
    var usedIDs: Set<String> = []
    /// For each stem met, the suffix its next duplicate tries first: every smaller one is
    /// taken already (ids are never given back), so a page of many equal headings is not
    /// quadratic.
    var nextSuffix: [String: Int] = [:]
    var blockOffsets: [Int] = []

    mutating func uniqueID(_ base: String) -> String {
      let stem = base.isEmpty ? "section" : base
      var candidate = stem
      var n = nextSuffix[stem] ?? 2
      if usedIDs.contains(candidate) { candidate = "\(stem)-\(n)" }
      while usedIDs.contains(candidate) {
        n += 1
        candidate = "\(stem)-\(n)"
      }
      if candidate != stem { nextSuffix[stem] = n + 1 }
      usedIDs.insert(candidate)
      return candidate
    }
  }

  private func writeChildren(_ nodes: [MarkdownNode], into html: inout String, state: inout State, tight: Bool) {
    for node in nodes { write(node, into: &html, state: &state, tight: tight) }
  }

  /// Writes `node`. The recursion goes through here and `writeChildren` once per level, so
  /// this frame is kept small: what needs temporaries (headings, code, links, images, list
  /// openings) is written by functions of their own, entered once per element, not kept
  /// on the stack for every level below.
  private func write(_ node: MarkdownNode, into html: inout String, state: inout State, tight: Bool) {
    switch node {
    case .document(let children):
      writeChildren(children, into: &html, state: &state, tight: false)
    case .blockQuote(let children, _):
      html += "<blockquote>\n"
      writeChildren(children, into: &html, state: &state, tight: false)
      html += "</blockquote>\n"
    case .list(let ordered, let start, let isTight, let items, _):
      html += listOpening(ordered: ordered, start: start)
      writeChildren(items, into: &html, state: &state, tight: isTight)
      html += ordered ? "</ol>\n" : "</ul>\n"
    case .item(let children, _):
      html += "<li>"
      writeChildren(children, into: &html, state: &state, tight: tight)
      html += "</li>\n"
    case .codeBlock(let info, let code, let at):
      writeCodeBlock(info: info, code: code, at: at, into: &html, state: &state)
    case .htmlBlock(let raw, _), .htmlInline(let raw):
      if allowsRawHTML { html += raw }
    case .paragraph(let children, _):
      if !tight { html += "<p>" }
      writeChildren(children, into: &html, state: &state, tight: tight)
      if !tight { html += "</p>\n" }
    case .heading(let level, let children, _):
      writeHeading(node, level: level, children, into: &html, state: &state, tight: tight)
    case .thematicBreak:
      html += "<hr>\n"
    case .text(let s):
      html += textHTML(s)
    case .softBreak:
      html += "\n"
    case .lineBreak:
      html += "<br>\n"
    case .code(let s):
      writeCode(s, into: &html)
    case .emphasis(let children):
      html += "<em>"
      writeChildren(children, into: &html, state: &state, tight: tight)
      html += "</em>"
    case .strong(let children):
      html += "<strong>"
      writeChildren(children, into: &html, state: &state, tight: tight)
      html += "</strong>"
    case .link(let destination, let title, let children, let at):
      writeLink(destination: destination, title: title, children, at: at, into: &html, state: &state, tight: tight)
    case .image(let source, let title, let children):
      writeImage(source: source, title: title, children, into: &html)
    }
  }

  private func listOpening(ordered: Bool, start: Int) -> String {
    guard ordered else { return "<ul>\n" }
    return start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n"
  }

  private func writeCodeBlock(info: String, code: String, at: SourcePosition, into html: inout String, state: inout State) {
    if let replaced = blockHook?(info, code, at) {
      state.blockOffsets.append(html.utf8.count)
      html += replaced
    } else {
      let language = info.split(separator: " ").first.map(String.init) ?? ""
      let cls = language.isEmpty ? "" : " class=\"language-\(escapeHTML(language))\""
      html += "<pre><code\(cls)>\(escapeHTML(code))</code></pre>\n"
    }
  }

  private func writeCode(_ code: String, into html: inout String) {
    html += "<code>\(escapeHTML(code))</code>"
  }

  private func writeHeading(
    _ node: MarkdownNode, level: Int, _ children: [MarkdownNode], into html: inout String, state: inout State, tight: Bool
  ) {
    let (text, explicitID) = HeadingID.split(node.plainText)
    let id = state.uniqueID(explicitID ?? HeadingID.slug(text))
    let shown = min(6, max(1, level + headingShift))
    state.headings.append(Heading(level: shown, text: text, id: id))
    var inner = ""
    writeChildren(children, into: &inner, state: &state, tight: tight)
    if explicitID != nil { inner = HeadingID.strippingExplicitID(fromHTML: inner) }
    html += "<h\(shown) id=\"\(escapeHTML(id))\">\(inner)</h\(shown)>\n"
  }

  private func writeLink(
    destination: String, title: String, _ children: [MarkdownNode], at: SourcePosition, into html: inout String, state: inout State,
    tight: Bool
  ) {
    if let replaced = linkHook?(destination, children.isEmpty, at) {
      html += replaced
      return
    }
    guard isSafeURL(destination) else {
      writeChildren(children, into: &html, state: &state, tight: tight)
      return
    }
    let titleAttribute = title.isEmpty ? "" : " title=\"\(escapeHTML(title))\""
    html += "<a href=\"\(escapeHref(destination))\"\(titleAttribute)>"
    writeChildren(children, into: &html, state: &state, tight: tight)
    html += "</a>"
  }

  private func writeImage(source: String, title: String, _ children: [MarkdownNode], into html: inout String) {
    let alt = children.map(\.plainText).joined()
    guard isSafeURL(source) else {
      html += escapeHTML(alt)
      return
    }
    let titleAttribute = title.isEmpty ? "" : " title=\"\(escapeHTML(title))\""
    html += "<img src=\"\(escapeHref(source))\" alt=\"\(escapeHTML(alt))\"\(titleAttribute)>"
  }
}
