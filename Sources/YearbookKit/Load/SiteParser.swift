/// Parses `site.yaml`.
enum SiteParser {
  static func parse(_ file: SourceFile) -> (Site?, [Diagnostic]) {
    var reader = YAMLReader(path: file.path)
    guard let node = reader.root(of: file.text) else { return (nil, reader.diagnostics) }
    let root = YAMLFields(node)
    reader.rejectUnknownKeys(root, known: ["title", "subtitle", "year", "languages", "chapters", "key_figures"], in: "site.yaml")
    let codes = reader.strings(root, "languages") ?? []
    if codes.isEmpty { reader.error(root.node, "missing-key", "'languages' must list at least one language, e.g. [zh, en]") }
    let languages = codes.map(Language.init)
    let site = Site(
      title: reader.localized(root, "title", languages: languages, required: true) ?? Localized([:]),
      subtitle: reader.localized(root, "subtitle", languages: languages) ?? Localized([:]),
      year: reader.int(root, "year", required: true) ?? 0,
      languages: languages,
      chapterOrder: reader.strings(root, "chapters") ?? [],
      keyFigures: reader.string(root, "key_figures"),
      location: SourceLocation(path: file.path))
    return (site, reader.diagnostics)
  }
}
