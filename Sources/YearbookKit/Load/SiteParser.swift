/// Parses `site.yaml`.
enum SiteParser {
  static func parse(_ file: SourceFile) -> (Site?, [Diagnostic]) {
    var reader = YAMLReader(path: file.path)
    guard let node = reader.root(of: file.text) else { return (nil, reader.diagnostics) }
    let root = YAMLFields(node)
    reader.rejectUnknownKeys(root, known: ["title", "subtitle", "year", "languages", "chapters", "key_figures"], in: "site.yaml")
    let codes = reader.strings(root, "languages") ?? []
    if codes.isEmpty { reader.error(root.node, "missing-key", "'languages' must list at least one language, e.g. [zh, en]") }
    // Each code names a folder of the site: one that is not a plain language code is
    // reported and left out, so that no path is ever made of it.
    var languages: [Language] = []
    for item in root["languages"]?.items ?? [] {
      guard let code = item.text else { continue }
      if let problem = PathName.problem(code, as: .language) {
        reader.error(item, "unsafe-name", "language '\(code)': \(problem)")
      } else if languages.contains(Language(code)) {
        reader.error(item, "duplicate-id", "language '\(code)' is listed twice")
      } else {
        languages.append(Language(code))
      }
    }
    let site = Site(
      title: reader.localized(root, "title", languages: languages, required: true) ?? Localized([:]),
      subtitle: reader.localized(root, "subtitle", languages: languages) ?? Localized([:]),
      year: reader.int(root, "year", required: true) ?? 0,
      languages: languages,
      chapterOrder: reader.strings(root, "chapters") ?? [],
      keyFigures: reader.string(root, "key_figures"),
      keyFiguresLocation: root["key_figures"].map { reader.location(of: $0) },
      location: SourceLocation(path: file.path))
    return (site, reader.diagnostics)
  }
}
