/// Turns the files read by `ContentReader` into a `Report`, collecting every finding.
/// Pure: values in, values out.
public enum ReportParser {
  /// Parses every file; returns nil only when `site.yaml` itself is unusable. `memo` (kept by
  /// `IncrementalBuilder`) returns the earlier parse of a file whose text did not change.
  public static func parse(_ files: ContentFiles, memo: ParseMemo = ParseMemo(remembers: false)) -> (Report?, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    guard let siteFile = files.site else {
      return (nil, [Diagnostic(.error, at: SourceLocation(path: "\(files.contentRoot)/site.yaml"), rule: "missing-file", "site.yaml is missing")])
    }
    let (parsedSite, siteDiagnostics) = memo.site(siteFile)
    diagnostics += siteDiagnostics
    guard let site = parsedSite, !site.languages.isEmpty else { return (nil, diagnostics) }

    // Every file parses on its own but a CSV, which needs only its own schema: the chapters,
    // each schema with its CSV, the glossary and the errata are parsed on every core at once,
    // the biggest first so that no core is left waiting on one big file at the end (three
    // rounds, one per kind of file, each ended that way). The results are then taken in file
    // order, as one loop would, so findings and tables come out the same.
    let languages = site.languages
    let csvIndex = Dictionary(files.tables.indices.map { (files.tables[$0].stem, $0) }, uniquingKeysWith: { first, _ in first })
    var jobs: [ParseJob] = files.chapters.indices.map { .chapter($0) }
    jobs += files.schemas.indices.map { .schema($0, csv: csvIndex[files.schemas[$0].stem]) }
    if files.glossary != nil { jobs.append(.glossary) }
    if files.errata != nil { jobs.append(.errata) }
    let done = jobs.concurrentMap(costliestFirst: { $0.size(in: files) }) { job -> ParseJob.Done in
      switch job {
      case .chapter(let i): return .chapter(i, memo.chapter(files.chapters[i], languages))
      case .schema(let i, let csv):
        let schema = memo.schema(files.schemas[i], languages)
        let table = csv.flatMap { csv in schema.0.schema.map { memo.table(files.tables[csv], $0) } }
        return .schema(i, schema, table: csv.map { ($0, table) })
      case .glossary: return .glossary(memo.glossary(files.glossary!))
      case .errata: return .errata(memo.errata(files.errata!, contentRoot: files.contentRoot, languages: languages))
      }
    }
    var parsedChapters = [(Chapter?, [Diagnostic])?](repeating: nil, count: files.chapters.count)
    var parsedSchemas = [(SchemaParser.Parsed, [Diagnostic])?](repeating: nil, count: files.schemas.count)
    var parsedTables = [(Table?, [Diagnostic])?](repeating: nil, count: files.tables.count)
    var glossary = Glossary()
    var glossaryDiagnostics: [Diagnostic] = []
    var errata: ([Erratum], [Diagnostic])?
    for result in done {
      switch result {
      case .chapter(let i, let parsed): parsedChapters[i] = parsed
      case .schema(let i, let parsed, let table):
        parsedSchemas[i] = parsed
        if let (csv, table) = table { parsedTables[csv] = table }
      case .glossary(let parsed): (glossary, glossaryDiagnostics) = parsed
      case .errata(let parsed): errata = parsed
      }
    }

    diagnostics += glossaryDiagnostics
    if files.glossary == nil {
      diagnostics.append(Diagnostic(.error, at: SourceLocation(path: "\(files.contentRoot)/glossary.csv"), rule: "missing-file", "glossary.csv is missing"))
    }
    var chapters: [Chapter] = []
    for (chapter, d) in parsedChapters.map({ $0! }) {
      diagnostics += d
      guard let chapter else { continue }
      if let problem = PathName.problem(chapter.slug, as: .name) {
        diagnostics.append(unsafeName("chapter slug", chapter.slug, problem, at: chapter.location))
        continue
      }
      chapters.append(chapter)
    }
    var order: [String: Int] = [:]
    for (i, slug) in site.chapterOrder.enumerated() where order[slug] == nil { order[slug] = i }
    chapters.sort { (order[$0.slug] ?? .max, $0.language.code) < (order[$1.slug] ?? .max, $1.language.code) }

    var schemas: [String: TableSchema] = [:]
    var charts: [String: ChartSpec] = [:]
    var brokenSchemas: Set<String> = []
    for (file, (parsed, d)) in zip(files.schemas, parsedSchemas.map { $0! }) {
      diagnostics += d
      if parsed.schema == nil && parsed.charts.isEmpty { brokenSchemas.insert(file.stem) }
      if let schema = parsed.schema {
        if let problem = PathName.problem(schema.id, as: .name) {
          diagnostics.append(unsafeName("table id", schema.id, problem, at: SourceLocation(path: file.path)))
          brokenSchemas.insert(file.stem)
          continue
        }
        schemas[schema.id] = schema
      }
      for chart in parsed.charts {
        if let problem = PathName.problem(chart.id, as: .name) {
          diagnostics.append(unsafeName("chart id", chart.id, problem, at: chart.location))
        } else if let first = charts[chart.id] {
          diagnostics.append(Diagnostic(.error, at: chart.location, rule: "duplicate-id", "chart id '\(chart.id)' is already declared at \(first.location)"))
        } else {
          charts[chart.id] = chart
        }
      }
    }
    var tables: [String: Table] = [:]
    var csvStems: Set<String> = []
    for (file, parsed) in zip(files.tables, parsedTables) {
      csvStems.insert(file.stem)
      // A CSV beside a schema of the same name was refused with it.
      if let problem = PathName.problem(file.stem, as: .name) {
        if parsed == nil { diagnostics.append(unsafeName("table id", file.stem, problem, at: SourceLocation(path: file.path))) }
        continue
      }
      guard let (table, d) = parsed else {
        if brokenSchemas.contains(file.stem) { continue }
        diagnostics.append(Diagnostic(.error, at: SourceLocation(path: file.path), rule: "missing-schema", "no schema \(file.stem).yaml beside this CSV"))
        continue
      }
      diagnostics += d
      if let table { tables[table.id] = table }
    }
    for (id, schema) in schemas where !csvStems.contains(id) {
      diagnostics.append(Diagnostic(.error, at: schema.location, rule: "missing-csv", "the table \(id) has no \(id).csv beside its schema"))
    }
    var assets = files.assets
    for name in assets.keys.sorted() {
      if let problem = PathName.problem(inRelativePath: name) {
        let path = "\(files.templatesRoot)/\(name)"
        diagnostics.append(Diagnostic(.error, at: SourceLocation(path: path), rule: "unsafe-name", "asset \(name) cannot be published: \(problem)"))
        assets[name] = nil
      }
    }
    var report = Report(
      site: site, glossary: glossary, chapters: chapters, tables: tables, charts: charts, templates: templateSources(files.templates),
      assets: assets)
    if let (errata, d) = errata {
      report.errata = errata
      diagnostics += d
    }
    if let file = files.revisions {
      let (revisions, d) = RevisionsParser.parse(file, languages: languages)
      report.revisions = revisions
      diagnostics += d
    }
    return (report, diagnostics)
  }
}

extension ReportParser {
  /// The finding for a name that cannot become part of a path (see `PathName`).
  static func unsafeName(_ what: String, _ name: String, _ problem: String, at location: SourceLocation) -> Diagnostic {
    Diagnostic(.error, at: location, rule: "unsafe-name", "\(what) '\(name)' cannot name a file of the site: \(problem)")
  }

  /// The templates by name (a file's stem), as the report holds them.
  static func templateSources(_ files: [SourceFile]) -> [String: TemplateSource] {
    var templates: [String: TemplateSource] = [:]
    for file in files { templates[file.stem] = TemplateSource(path: file.path, text: file.text) }
    return templates
  }
}

/// One piece of `ReportParser.parse`'s work, done on whichever core is free.
private enum ParseJob: Sendable {
  case chapter(Int)
  /// A schema, and the CSV of the same name (if any), parsed with it.
  case schema(Int, csv: Int?)
  case glossary
  case errata

  /// What a job made.
  enum Done: Sendable {
    case chapter(Int, (Chapter?, [Diagnostic]))
    case schema(Int, (SchemaParser.Parsed, [Diagnostic]), table: (Int, (Table?, [Diagnostic])?)?)
    case glossary((Glossary, [Diagnostic]))
    case errata(([Erratum], [Diagnostic]))
  }

  /// The bytes the job reads, which its time follows.
  func size(in files: ContentFiles) -> Int {
    switch self {
    case .chapter(let i): files.chapters[i].text.utf8.count
    case .schema(let i, let csv): files.schemas[i].text.utf8.count + (csv.map { files.tables[$0].text.utf8.count } ?? 0)
    case .glossary: files.glossary?.text.utf8.count ?? 0
    case .errata: files.errata?.text.utf8.count ?? 0
    }
  }
}
