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
    let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.first?.trimmingCharacters() == "---",
      let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters() == "---" })
    else {
      return (nil, [Diagnostic(.error, at: fileAt, rule: "front-matter", "a chapter starts with a YAML front-matter block between '---' lines")])
    }
    let yaml = lines[1..<end].joined(separator: "\n")
    var reader = YAMLReader(path: file.path, lineOffset: 1)
    guard let root = reader.root(of: yaml) else { return (nil, reader.diagnostics) }
    reader.rejectUnknownKeys(root, known: ["title", "template", "part", "numbering", "draft", "unsafe_html", "summary"], in: "the front matter")
    let template = reader.string(root, "template", required: true) ?? ""
    if !template.isEmpty, !templates.contains(template) {
      reader.error(root["template"], "unknown-template", "unknown template '\(template)'; expected one of \(templates.sorted().joined(separator: ", "))")
    }
    let numberingText = reader.string(root, "numbering") ?? "chapter"
    let numbering = Chapter.Numbering(rawValue: numberingText)
    if numbering == nil { reader.error(root["numbering"], "yaml-type", "'numbering' is 'chapter' or 'appendix'") }
    let body = lines[(end + 1)...].joined(separator: "\n")
    let chapter = Chapter(
      slug: nameParts[0], language: Language(nameParts[1]),
      title: reader.string(root, "title", required: true) ?? nameParts[0],
      template: template,
      part: reader.int(root, "part", required: true) ?? 0,
      numbering: numbering ?? .chapter,
      isDraft: reader.bool(root, "draft"),
      allowsRawHTML: reader.bool(root, "unsafe_html"),
      summary: reader.string(root, "summary") ?? "",
      body: MarkdownParser.parse(body, lineOffset: end + 1),
      location: SourceLocation(path: file.path))
    return (chapter, reader.diagnostics)
  }
}

extension Substring {
  func trimmingCharacters() -> String { String(self).trimmingSpaces() }
}
