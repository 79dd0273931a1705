import Markdown

/// For every file of the site, the values it is made from. Comparing the graph of one build with
/// the previous one says which files an edit touches: a chapter edit, that chapter's page (and,
/// if its title changed, every page of that language whose navigation shows it); a CSV edit, the
/// pages that place that table or its charts, and its download.
public struct DependencyGraph: Sendable, Equatable {
  /// Inputs per output path.
  public private(set) var inputs: [String: [Dependency]]

  /// Reads what each page of `plan` is made from.
  init(_ builder: SiteBuilder, plan: SitePlan) {
    let report = builder.report
    let first = builder.languages[0]
    inputs = [:]
    for page in plan.pages {
      switch page.kind {
      case .chapter(let chapter, let placements):
        inputs[page.path] = Self.chapterInputs(chapter, placements, builder: builder, index: plan.index)
      case .cover(let language):
        let keys = Set([report.site.keyFigures].compactMap { $0 })
        inputs[page.path] = [.report(report.projection(languages: [language], summaries: true, tables: keys, glossary: !keys.isEmpty))]
      case .revisions(let language):
        // The revised tables, and where they are placed (each entry links to its table).
        let revised = Set(report.revisions.map(\.table))
        inputs[page.path] =
          [.report(report.projection(languages: [language], tables: revised, glossary: true))]
          + revised.sorted().map { .reference($0, plan.index.targets[language]?[$0] ?? []) }
      case .chooser:
        inputs[page.path] = [.report(report.projection(languages: []))]
      case .notFound:
        inputs[page.path] = [.report(report.projection(languages: [first]))]
      case .sitemap:
        inputs[page.path] = [.report(report.projection(languages: builder.languages))]
      case .data(let id):
        // The download is the CSV, with text cells made formula-safe by their columns' kinds.
        let kinds = report.tables[id].map { $0.schema.columns.map { "\($0.key):\($0.kind.rawValue)" }.joined(separator: ",") }
        inputs[page.path] = [.bytes(Array((report.tables[id]?.csv ?? "").utf8)), .bytes(Array((kinds ?? "").utf8))]
      case .asset(let path):
        inputs[page.path] = [.bytes(report.assets[path] ?? [])]
      case .searchIndex:
        break
      }
    }
    // A language's search index is made from its chapter pages and cover: it reads what they
    // read, so an edit that remakes one of them remakes the index too.
    for page in plan.pages {
      guard case .searchIndex(let language) = page.kind else { continue }
      inputs[page.path] = builder.searchedPages(language).flatMap { path -> [Dependency] in
        [.bytes(Array(path.utf8))] + (inputs[path] ?? [])
      }
    }
  }

  /// The paths whose inputs differ from those in `old`, and the paths `old` did not have.
  public func stale(comparedTo old: DependencyGraph?) -> Set<String> {
    guard let old else { return Set(inputs.keys) }
    return Set(inputs.compactMap { path, list in old.inputs[path] == list ? nil : path })
  }

  private static func chapterInputs(_ chapter: Chapter, _ placements: [Placement], builder: SiteBuilder, index: ReferenceIndex)
    -> [Dependency]
  {
    let report = builder.report
    var tables = Set(placements.map(\.id))
    var charts: Set<String> = []
    for placement in placements where placement.kind == .chart {
      charts.insert(placement.id)
      if let table = report.charts[placement.id]?.table { tables.insert(table) }
    }
    var references = crossReferences(in: chapter.body)
    // A quoted figure (`#table/row/column`) reads its table's cell, and links to the table or
    // to a chart drawing from it: those are read, and where they are placed.
    let quoted = Set(references.filter(FigureReference.isFigure).compactMap { $0.dropFirst().split(separator: "/").first.map(String.init) })
    if !quoted.isEmpty {
      references = references.filter { !FigureReference.isFigure($0) }
      references += quoted.sorted()
      references += report.charts.keys.sorted().filter { quoted.contains(report.charts[$0]!.table) }
    }
    // A reference shows the target's number, or its title: the table or chart is read too.
    tables.formUnion(references.filter { report.tables[$0] != nil })
    charts.formUnion(references.filter { report.charts[$0] != nil })
    // The navigation reads only the chapters it lists, and how many there are (where it leaves gaps).
    let (published, entries) = builder.navigation(chapter.language, current: chapter.slug)
    var listed: Set<String> = []
    for case .chapter(let index) in entries { listed.insert(published[index].slug) }
    let projection = report.projection(
      languages: [chapter.language], chapter: chapter, tables: tables, charts: charts, glossary: !placements.isEmpty,
      navigation: listed)
    let other = builder.languages.first { $0 != chapter.language }
    var list: [Dependency] = [
      .report(projection),
      .counterpart(exists: other.flatMap { report.chapter(chapter.slug, $0) }.map(builder.isPublished) ?? false),
      .navigationLength(published.count),
    ]
    for id in references { list.append(.reference(id, index.targets[chapter.language]?[id] ?? [])) }
    return list
  }

  /// Every `#id` link destination in a chapter, in order.
  private static func crossReferences(in node: MarkdownNode) -> [String] {
    switch node {
    case .link(let destination, _, let children, _):
      let own = destination.hasPrefix("#") ? [FigureReference.isFigure(destination) ? destination : String(destination.dropFirst())] : []
      return own + children.flatMap(crossReferences)
    case .document(let c), .blockQuote(let c, _), .item(let c, _), .paragraph(let c, _), .heading(_, let c, _),
      .emphasis(let c), .strong(let c), .image(_, _, let c), .list(_, _, _, let c, _):
      return c.flatMap(crossReferences)
    case .codeBlock, .htmlBlock, .thematicBreak, .text, .softBreak, .lineBreak, .code, .htmlInline:
      return []
    }
  }
}

