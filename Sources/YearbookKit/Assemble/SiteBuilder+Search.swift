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
      for path in searchedPages(index.language) where byPath[path] == nil { byPath[path] = reused(path) }
    }
    let known = byPath
    let files = indexes.concurrentMap { index in
      searchIndexFile(index.language, path: index.path) { known[$0] }
    }
    var all = made + files.map { ($0, [Diagnostic]()) }
    all.sort { $0.file.path < $1.file.path }
    return all
  }

  /// The search index of `language` at `path`, made from its published chapter pages in
  /// reading order and then its cover (key figures, chapter summaries), read through `page(path)`.
  func searchIndexFile(_ language: Language, path: String, page: (String) -> OutputFile?) -> OutputFile {
    let pages = searchedPages(language).compactMap { path -> (name: String, html: [UInt8])? in
      page(path).map { (String(path.dropFirst(language.code.count + 1)), $0.bytes) }
    }
    return OutputFile(path: path, bytes: SearchIndex.make(language: language.code, pages: pages).scriptBytes)
  }

  /// The pages the search index of `language` is made from, in order.
  func searchedPages(_ language: Language) -> [String] {
    published(language).map { "\(language.code)/\($0.slug).html" } + ["\(language.code)/index.html"]
  }
}
