/// One file of the site before it is made: where it goes and what makes it. `build()` makes
/// every page; `IncrementalBuilder` makes only those whose inputs changed. One list for both,
/// so the two can never disagree on which files a site has.
struct PageSpec: Sendable {
  /// What kind of file, with what it is about.
  enum Kind: Sendable {
    /// A chapter page, with the chapter's placements.
    case chapter(Chapter, [Placement])
    /// A language's cover.
    case cover(Language)
    /// A language's list of revised figures (only when there are revisions).
    case revisions(Language)
    /// The root language chooser.
    case chooser
    /// 404.html.
    case notFound
    /// sitemap.xml.
    case sitemap
    /// A table's CSV download, by table id.
    case data(String)
    /// A static asset, by its path.
    case asset(String)
    /// A language's search index, made from its chapter pages (`SiteBuilder+Search`).
    case searchIndex(Language)
  }

  /// Path under the output root.
  var path: String
  /// What it is.
  var kind: Kind
}

extension PageSpec {
  /// About what making the file costs, counted in table cells rendered: pages are started
  /// costliest first (`concurrentMap(costliestFirst:)`), so that the last one to finish is a
  /// small one. Measured in a release build, a chart costs about as much as 300 cells and a
  /// page's templates as 500; copying a CSV or an asset costs next to nothing.
  func cost(in report: Report) -> Int {
    func cells(_ id: String) -> Int { report.tables[id]?.rows.reduce(0) { $0 + $1.cells.count } ?? 0 }
    switch kind {
    case .chapter(_, let placements):
      return placements.reduce(500) { total, placement in
        switch placement.kind {
        case .chart: total + 300 + (report.charts[placement.id].map { cells($0.table) } ?? 0)
        case .table, .timeline, .directory: total + cells(placement.id)
        }
      }
    case .cover, .chooser, .notFound, .revisions: return 500
    case .sitemap, .data, .asset, .searchIndex: return 0
    }
  }
}

/// What every page of one build shares: each chapter's placements and where every table and
/// chart is placed, for cross-references.
struct SitePlan: Sendable {
  /// Every file, sorted by path.
  var pages: [PageSpec]
  /// Where each placed table and chart is.
  var index: ReferenceIndex
}

extension SiteBuilder {
  /// Lists every file of the site, sorted by path, without making any.
  func plan() -> SitePlan {
    let chapters = report.chapters.filter(isPublished).map { ($0, PlacementPlanner.placements(in: $0, report: report)) }
    var pages = chapters.map { PageSpec(path: "\($0.0.language.code)/\($0.0.slug).html", kind: .chapter($0.0, $0.1)) }
    pages += languages.map { PageSpec(path: "\($0.code)/index.html", kind: .cover($0)) }
    if !report.revisions.isEmpty {
      pages += languages.map { PageSpec(path: "\($0.code)/revisions.html", kind: .revisions($0)) }
    }
    pages += languages.map { PageSpec(path: "\($0.code)/search-index.js", kind: .searchIndex($0)) }
    pages.append(PageSpec(path: "index.html", kind: .chooser))
    pages.append(PageSpec(path: "404.html", kind: .notFound))
    pages.append(PageSpec(path: "sitemap.xml", kind: .sitemap))
    pages += report.tables.keys.map { PageSpec(path: "data/\($0).csv", kind: .data($0)) }
    pages += report.assets.keys.map { PageSpec(path: $0, kind: .asset($0)) }
    // Only published chapters are indexed: a reference into a left-out draft would dangle.
    return SitePlan(pages: pages.sorted { $0.path < $1.path }, index: ReferenceIndex(plans: chapters))
  }

  /// Makes one file of `plan`, with the findings met while making it.
  func make(_ page: PageSpec, in plan: SitePlan) -> (file: OutputFile, diagnostics: [Diagnostic]) {
    switch page.kind {
    case .chapter(let chapter, let placements):
      let rendered = ChapterRenderer(report: report, index: plan.index, fragments: fragments).render(chapter, placements: placements)
      return (OutputFile(path: page.path, bytes: chapterPage(chapter, rendered).bytes), rendered.diagnostics)
    case .cover(let language):
      return (OutputFile(path: page.path, bytes: coverPage(language).bytes), [])
    case .revisions(let language):
      return (OutputFile(path: page.path, bytes: revisionsPage(language, index: plan.index).bytes), [])
    case .chooser:
      return (OutputFile(path: page.path, text: chooserPage()), [])
    case .notFound:
      return (OutputFile(path: page.path, bytes: notFoundPage().bytes), [])
    case .sitemap:
      return (OutputFile(path: page.path, text: sitemap()), [])
    case .data(let id):
      return (OutputFile(path: page.path, text: report.tables[id].map(DownloadCSV.text) ?? ""), [])
    case .asset(let path):
      return (OutputFile(path: page.path, bytes: report.assets[path] ?? []), [])
    case .searchIndex(let language):
      // Alone, the index renders its chapter pages again; `build()` and `IncrementalBuilder`
      // give it the pages they made instead (`makeAll`).
      return (searchIndexFile(language, path: page.path) { path in
        plan.pages.first { $0.path == path }.map { make($0, in: plan).file }
      }, [])
    }
  }

  /// True when `chapter` is part of this build.
  func isPublished(_ chapter: Chapter) -> Bool {
    options.includeDrafts || !chapter.isDraft
  }
}
