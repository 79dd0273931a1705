import Markdown

/// Parses `chapters/<slug>.<lang>.md`: the YAML front matter between `---` lines, then Markdown.
enum ChapterParser {
  static let templates: Set<String> = ["overview", "composition", "regions", "agencies", "chronicle", "appendix"]

  static func parse(_ file: SourceFile, languages: [Language]) -> (Chapter?, [Diagnostic]) {
    let nameParts = file.stem.split(separator: ".").map(String.init)
    let fileAt = SourceLocation(path: file.path, line: 1, column: 1)
    guard nameParts.count == 2, languages.contains(Language(nameParts[1])) else {
      let codes = languages.map(\.code).joined(separator: "|")
      return (nil, [Diagnostic(.error, at: fileAt, rule: "chapter-name", "a chapter file is named <slug>.<\(codes)>.md")])
    }
    guard let (yaml, body, end) = frontMatter(file.text) else {
      return (nil, [Diagnostic(.error, at: fileAt, rule: "front-matter", "a chapter starts with a YAML front-matter block between '---' lines")])
    }
    var reader = YAMLReader(path: file.path, lineOffset: 1)
    guard let node = reader.root(of: String(yaml)) else { return (nil, reader.diagnostics) }
    let root = YAMLFields(node)
    reader.rejectUnknownKeys(root, known: ["title", "template", "part", "numbering", "draft", "unsafe_html", "summary"], in: "the front matter")
    let template = reader.string(root, "template", required: true) ?? ""
    if !template.isEmpty, !templates.contains(template) {
      reader.error(root["template"], "unknown-template", "unknown template '\(template)'; expected one of \(templates.sorted().joined(separator: ", "))")
    }
    let numberingText = reader.string(root, "numbering") ?? "chapter"
    let numbering = Chapter.Numbering(rawValue: numberingText)
    if numbering == nil { reader.error(root["numbering"], "yaml-type", "'numbering' is 'chapter' or 'appendix'") }
    let markdown = MarkdownParser.parse(String(body), lineOffset: end + 1)
    let refusal = markdown.refusal.map { refused($0, path: file.path) }
    let chapter = Chapter(
      slug: nameParts[0], language: Language(nameParts[1]),
      title: reader.string(root, "title", required: true) ?? nameParts[0],
      template: template,
      part: reader.int(root, "part", required: true) ?? 0,
      numbering: numbering ?? .chapter,
      isDraft: reader.bool(root, "draft"),
      allowsRawHTML: reader.bool(root, "unsafe_html"),
      summary: reader.string(root, "summary") ?? "",
      body: markdown.document,
      location: SourceLocation(path: file.path))
    return (chapter, reader.diagnostics + (refusal.map { [$0] } ?? []))
  }

  /// The error for a Markdown body past `MarkdownLimits`.
  static func refused(_ refusal: MarkdownRefusal, path: String) -> Diagnostic {
    let at = SourceLocation(path: path, line: refusal.at.line, column: refusal.at.column)
    switch refusal.reason {
    case .nesting:
      return Diagnostic(
        .error, at: at, rule: "nesting",
        "Markdown nested more than \(MarkdownLimits.maximumDepth) levels deep here (block quotes, lists, emphasis and links counted together)")
    case .linePrefix(let levels):
      return Diagnostic(
        .error, at: at, rule: "nesting",
        "this line starts \(levels) levels of block quotes and lists ('>', list markers, and two columns of indentation each); at most \(MarkdownLimits.maximumLinePrefix)")
    case .brackets(let images, let closers):
      return Diagnostic(
        .error, at: at, rule: "brackets",
        "this paragraph has \(images) '![' and \(closers) ']'; their product may be at most \(MarkdownLimits.maximumBracketPairs) (reading it takes time growing with it): split the paragraph")
    }
  }

  /// The YAML between the first line and the next line that is `---` (give or take
  /// whitespace), the body after that line, and that line's 0-based number; nil when the
  /// text does not start with such a block.
  ///
  /// Lines are those of `split(separator: "\n")`, which splits on Characters: `\r\n` is one
  /// Character, so a line ends at a `\n` byte not preceded by `\r`. Found on bytes, because
  /// splitting a whole chapter into Characters cost more than parsing its Markdown.
  static func frontMatter(_ text: String) -> (yaml: Substring, body: Substring, end: Int)? {
    let bytes = text.utf8
    var end = lineEnd(in: bytes, from: bytes.startIndex)
    guard isDelimiter(text[..<end]), end < bytes.endIndex else { return nil }
    let yamlStart = bytes.index(after: end)
    var start = yamlStart
    var number = 1
    while true {
      end = lineEnd(in: bytes, from: start)
      if isDelimiter(text[start..<end]) {
        // The YAML stops before the `\n` that ends the line above (no line: empty); the body
        // starts after this line's `\n` (none: empty).
        let yaml = start > yamlStart ? text[yamlStart..<bytes.index(before: start)] : text[start..<start]
        let body = end < bytes.endIndex ? text[bytes.index(after: end)...] : text[end...]
        return (yaml, body, number)
      }
      guard end < bytes.endIndex else { return nil }
      start = bytes.index(after: end)
      number += 1
    }
  }

  /// Where the line starting at `start` ends: its `\n` (not after `\r`), or the end of the text.
  private static func lineEnd(in bytes: String.UTF8View, from start: String.Index) -> String.Index {
    var i = start
    var previous: UInt8 = 0
    while i < bytes.endIndex {
      let byte = bytes[i]
      if byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r") { return i }
      previous = byte
      i = bytes.index(after: i)
    }
    return i
  }

  /// True for a `---` line, give or take whitespace.
  private static func isDelimiter(_ line: Substring) -> Bool {
    // Only a line with a `-` can be one; the rest skip the trimming.
    line.utf8.contains(UInt8(ascii: "-")) && String(line).trimmingSpaces() == "---"
  }
}
