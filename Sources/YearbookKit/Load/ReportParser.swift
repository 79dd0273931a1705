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

    var glossary = Glossary()
    if let file = files.glossary {
      let (g, d) = memo.glossary(file)
      glossary = g
      diagnostics += d
    } else {
      diagnostics.append(Diagnostic(.error, at: SourceLocation(path: "\(files.contentRoot)/glossary.csv"), rule: "missing-file", "glossary.csv is missing"))
    }

    // Files parse independently, so they are parsed on every core; the results are then taken
    // in file order, as one loop would, so findings and tables come out the same.
    let languages = site.languages
    var chapters: [Chapter] = []
    for (chapter, d) in files.chapters.concurrentMap({ memo.chapter($0, languages) }) {
      diagnostics += d
      if let chapter { chapters.append(chapter) }
    }
    var order: [String: Int] = [:]
    for (i, slug) in site.chapterOrder.enumerated() where order[slug] == nil { order[slug] = i }
    chapters.sort { (order[$0.slug] ?? .max, $0.language.code) < (order[$1.slug] ?? .max, $1.language.code) }

    var schemas: [String: TableSchema] = [:]
    var charts: [String: ChartSpec] = [:]
    var brokenSchemas: Set<String> = []
    let parsedSchemas = files.schemas.concurrentMap { memo.schema($0, languages) }
    for (file, (parsed, d)) in zip(files.schemas, parsedSchemas) {
      diagnostics += d
      if parsed.schema == nil && parsed.charts.isEmpty { brokenSchemas.insert(file.stem) }
      if let schema = parsed.schema { schemas[schema.id] = schema }
      for chart in parsed.charts {
        if let first = charts[chart.id] {
          diagnostics.append(Diagnostic(.error, at: chart.location, rule: "duplicate-id", "chart id '\(chart.id)' is already declared at \(first.location)"))
        } else {
          charts[chart.id] = chart
        }
      }
    }
    var tables: [String: Table] = [:]
    var csvStems: Set<String> = []
    let knownSchemas = schemas
    let parsedTables = files.tables.concurrentMap { file in knownSchemas[file.stem].map { memo.table(file, $0) } }
    for (file, parsed) in zip(files.tables, parsedTables) {
      csvStems.insert(file.stem)
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
    var report = Report(
      site: site, glossary: glossary, chapters: chapters, tables: tables, charts: charts, templates: templateSources(files.templates),
      assets: files.assets)
    if let file = files.errata {
      let (errata, d) = memo.errata(file, contentRoot: files.contentRoot, languages: site.languages)
      report.errata = errata
      diagnostics += d
    }
    return (report, diagnostics)
  }
}

extension ReportParser {
  /// The templates by name (a file's stem), as the report holds them.
  static func templateSources(_ files: [SourceFile]) -> [String: TemplateSource] {
    var templates: [String: TemplateSource] = [:]
    for file in files { templates[file.stem] = TemplateSource(path: file.path, text: file.text) }
    return templates
  }
}
