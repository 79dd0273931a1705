extension SiteBuilder {
  /// Makes `pages` of `plan`, sorted by path as given: every page but the search indexes side
  /// by side, then each language's index from its chapter pages, those just made or, for the
  /// ones not in `pages`, `reused(path)` (what `IncrementalBuilder` kept from the last build).
  func makeAll(_ pages: [PageSpec], in plan: SitePlan, reused: (String) -> OutputFile?)
    -> [(file: OutputFile, diagnostics: [Diagnostic])]
  {
    let others = pages.filter { if case .searchIndex = $0.kind { false } else { true } }
    let made = others.concurrentMap(costliestFirst: { $0.cost(in: report) }) { make($0, in: plan) }
    guard others.count < pages.count else { return made }
    var byPath: [String: OutputFile] = [:]
    for entry in made { byPath[entry.file.path] = entry.file }
    let indexes = pages.compactMap { page -> (path: String, language: Language)? in
      if case .searchIndex(let language) = page.kind { return (page.path, language) }
      return nil
    }
    for index in indexes {
      for chapter in published(index.language) {
        let path = "\(index.language.code)/\(chapter.slug).html"
        if byPath[path] == nil { byPath[path] = reused(path) }
      }
    }
    let known = byPath
    let files = indexes.concurrentMap { index in
      searchIndexFile(index.language, path: index.path) { known[$0] }
    }
    var all = made + files.map { ($0, [Diagnostic]()) }
    all.sort { $0.file.path < $1.file.path }
    return all
  }

  /// The search index of `language` at `path`, made from its published chapter pages, read
  /// through `page(path)`, in reading order.
  func searchIndexFile(_ language: Language, path: String, page: (String) -> OutputFile?) -> OutputFile {
    let pages = published(language).compactMap { chapter -> (name: String, html: [UInt8])? in
      page("\(language.code)/\(chapter.slug).html").map { ("\(chapter.slug).html", $0.bytes) }
    }
    return OutputFile(path: path, text: SearchIndex.make(language: language.code, pages: pages).script)
  }
}
