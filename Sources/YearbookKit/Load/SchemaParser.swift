import Charts

/// Parses `data/<id>.yaml`: a table schema with its charts, or a chart collection.
enum SchemaParser {
  struct Parsed {
    var schema: TableSchema?
    var charts: [ChartSpec]
  }

  // The keys each mapping may have, made once rather than for every mapping read; few enough
  // that a search is cheaper than hashing.
  private static let schemaKeys = ["title", "number", "unit", "source", "note", "columns", "charts", "checks", "aliases", "measures"]
  private static let columnKeys = ["key", "label", "kind", "unit", "group", "derive", "decimals", "of", "measure"]
  private static let chartKeys = ["id", "kind", "title", "table", "category", "series", "rows", "sort", "limit", "note", "transpose"]
  static let checksKeys = ["sum", "share", "growth", "rank"]

  static func parse(_ file: SourceFile, languages: [Language]) -> (Parsed, [Diagnostic]) {
    let id = file.stem
    var reader = YAMLReader(path: file.path)
    guard let node = reader.root(of: file.text) else { return (Parsed(schema: nil, charts: []), reader.diagnostics) }
    let root = YAMLFields(node)
    reader.rejectUnknownKeys(root, known: schemaKeys, in: "a table schema")
    var schema: TableSchema?
    if root["columns"] != nil {
      // Read in this order, for the findings' order; the schema made once, whole.
      let title = reader.localized(root, "title", languages: languages, required: true) ?? Localized([:])
      let number = reader.int(root, "number")
      let unit = reader.localized(root, "unit", languages: languages)
      let source = reader.localized(root, "source", languages: languages)
      let note = reader.localized(root, "note", languages: languages)
      let columns = columns(root, reader: &reader, languages: languages)
      schema = TableSchema(
        id: id, title: title, number: number, unit: unit, source: source, note: note, columns: columns,
        location: SourceLocation(path: file.path, line: 1, column: 1), checks: checks(root, columns: columns, reader: &reader))
    }
    var charts: [ChartSpec] = []
    if let list = root["charts"] {
      if let items = list.items {
        for item in items {
          if let chart = chart(item, table: schema == nil ? nil : id, reader: &reader, languages: languages) { charts.append(chart) }
        }
      } else {
        reader.error(list, "yaml-type", "'charts' must be a list")
      }
    }
    if schema == nil && charts.isEmpty {
      reader.error(root.node, "missing-key", "a schema needs 'columns' (a table) or 'charts' (a chart collection)")
    }
    return (Parsed(schema: schema, charts: charts), reader.diagnostics)
  }

  private static func columns(_ root: YAMLFields, reader: inout YAMLReader, languages: [Language]) -> [Column] {
    guard let items = root["columns"]?.items else {
      reader.error(root["columns"], "yaml-type", "'columns' must be a list")
      return []
    }
    var result: [Column] = []
    result.reserveCapacity(items.count)
    for node in items {
      let item = YAMLFields(node)
      reader.rejectUnknownKeys(item, known: columnKeys, in: "a column")
      guard let key = reader.string(item, "key", required: true) else { continue }
      let kindText = reader.string(item, "kind", required: true) ?? "text"
      guard let kind = ColumnKind(rawValue: kindText) else {
        reader.error(item["kind"], "unknown-kind", "unknown column kind '\(kindText)'; expected one of \(ColumnKind.allCases.map(\.rawValue).joined(separator: ", "))")
        continue
      }
      var derive: Expression?
      if let text = reader.string(item, "derive") {
        switch Expression.parse(text) {
        case .success(let e): derive = e
        case .failure(let problem):
          var at = reader.location(of: item["derive"])
          at.column += problem.position - 1
          reader.appendDiagnostic(Diagnostic(.error, at: at, rule: "derive-syntax", "derived column '\(key)': \(problem.message)"))
        }
      }
      let label = kind.isShown ? reader.localized(item, "label", languages: languages, required: true) : nil
      let of = reader.string(item, "of", required: kind == .english)
      result.append(Column(
        key: key, label: label ?? Localized([:]), kind: kind,
        unit: reader.localized(item, "unit", languages: languages),
        group: reader.localized(item, "group", languages: languages),
        derive: derive, decimals: reader.int(item, "decimals"), translates: of,
        location: reader.location(of: item.node), measure: reader.string(item, "measure")))
    }
    return result
  }

  private static func chart(_ node: YAMLNode, table: String?, reader: inout YAMLReader, languages: [Language]) -> ChartSpec? {
    let item = YAMLFields(node)
    reader.rejectUnknownKeys(item, known: chartKeys, in: "a chart")
    guard let id = reader.string(item, "id", required: true) else { return nil }
    let kindText = reader.string(item, "kind", required: true) ?? ""
    guard let kind = Chart.Kind(rawValue: kindText) else {
      reader.error(item["kind"] ?? node, "unknown-kind", "chart '\(id)': unknown kind '\(kindText)'; expected one of \(Chart.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
      return nil
    }
    guard let source = reader.string(item, "table") ?? table else {
      reader.error(node, "missing-key", "chart '\(id)' in a chart collection must name its 'table'")
      return nil
    }
    var sort: ChartSpec.Sort?
    if let text = reader.string(item, "sort") {
      sort = ChartSpec.Sort(rawValue: text)
      if sort == nil { reader.error(item["sort"], "yaml-type", "'sort' is 'descending' or 'ascending'") }
    }
    let series = reader.strings(item, "series") ?? []
    if series.isEmpty { reader.error(node, "missing-key", "chart '\(id)' needs 'series': the value columns to draw") }
    return ChartSpec(
      id: id, kind: kind,
      title: reader.localized(item, "title", languages: languages, required: true) ?? Localized([:]),
      table: source, category: reader.string(item, "category"), series: series,
      rows: reader.strings(item, "rows"), sort: sort, limit: reader.int(item, "limit"),
      note: reader.localized(item, "note", languages: languages),
      transpose: reader.bool(item, "transpose"),
      location: reader.location(of: node))
  }
}
