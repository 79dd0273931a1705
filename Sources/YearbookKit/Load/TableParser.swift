/// Reads a table's CSV against its schema: one cell per column, numbers parsed, roles read,
/// derived columns computed. Every problem names the CSV line and column.
enum TableParser {
  static func parse(_ file: SourceFile, schema: TableSchema) -> (Table?, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    func error(_ line: Int, _ column: Int, _ rule: String, _ message: String) {
      diagnostics.append(Diagnostic(.error, at: SourceLocation(path: file.path, line: line, column: column), rule: rule, message))
    }
    let records: [CSVRecord]
    switch CSVParser.parse(file.text) {
    case .failure(let problem):
      error(problem.line, problem.column, "csv-syntax", problem.message)
      return (nil, diagnostics)
    case .success(let r): records = r
    }
    guard let header = records.first else {
      error(1, 1, "csv-header", "the CSV is empty; its first line names the columns")
      return (nil, diagnostics)
    }
    var position: [String: Int] = [:]
    for (i, field) in header.fields.enumerated() {
      let key = field.text.trimmingSpaces()
      if position[key] != nil {
        error(header.line, field.column, "csv-header", "column '\(key)' appears twice")
      } else if schema.column(key) == nil {
        error(header.line, field.column, "unknown-column", "column '\(key)' is not declared in \(schema.id).yaml")
      }
      position[key] = i
    }
    for column in schema.columns where column.derive == nil && position[column.key] == nil {
      error(header.line, 1, "missing-column", "column '\(column.key)' declared in \(schema.id).yaml is missing from the CSV")
    }
    if diagnostics.hasErrors { return (nil, diagnostics) }

    // What the cells need of each column, read once rather than once per row: its field,
    // key and kind, and whether it is derived.
    let fieldIndex = schema.columns.map { position[$0.key] }
    let keys = schema.columns.map(\.key)
    let kinds = schema.columns.map(\.kind)
    let isDerived = schema.columns.map { $0.derive != nil }
    var rows: [Row] = []
    rows.reserveCapacity(records.count - 1)
    for record in records.dropFirst() {
      if record.fields.count != header.fields.count {
        error(record.line, 1, "csv-ragged", "row has \(record.fields.count) fields, the header has \(header.fields.count)")
        continue
      }
      var cells: [Cell] = []
      cells.reserveCapacity(schema.columns.count)
      var role = RowRole.plain
      for c in schema.columns.indices {
        let kind = kinds[c]
        guard let index = fieldIndex[c] else {
          cells.append(Cell(raw: "", location: SourceLocation(path: file.path, line: record.line, column: 1)))
          continue
        }
        let field = record.fields[index]
        let raw = field.text.trimmingSpaces()
        let at = SourceLocation(path: file.path, line: field.line, column: field.column)
        var cell = Cell(raw: raw, location: at)
        if isDerived[c], !raw.isEmpty {
          error(field.line, field.column, "derived-typed", "'\(keys[c])' is a derived column: it is computed by the build, so its cells must be empty, not '\(raw)'")
        } else if kind == .role {
          if let r = RowRole(rawValue: raw) { role = r } else {
            error(field.line, field.column, "bad-role", "unknown row role '\(raw)'; expected empty, \(RowRole.allCases.dropFirst().map(\.rawValue).joined(separator: ", "))")
          }
        } else if kind.isNumeric, !raw.isEmpty {
          if let (value, decimals) = NumberText.parse(raw) {
            if (kind == .integer || kind == .rank) && decimals > 0 {
              error(field.line, field.column, "bad-number", "'\(raw)' in column '\(keys[c])' is not a whole number")
            }
            cell.number = value
            cell.decimals = decimals
          } else {
            error(field.line, field.column, "bad-number", "'\(raw)' in column '\(keys[c])' (\(kind.rawValue)) is not a number")
          }
        }
        cells.append(cell)
      }
      rows.append(Row(cells: cells, role: role, line: record.line))
    }
    let derivedColumns = schema.columns.indices.filter { isDerived[$0] }
    if !derivedColumns.isEmpty {
      for r in rows.indices { derive(&rows[r], derivedColumns, schema: schema) }
    }
    return (Table(schema: schema, rows: rows, csv: file.text, csvPath: file.path), diagnostics)
  }

  /// Fills a row's derived cells (`columns`, in order) from its other cells.
  static func derive(_ row: inout Row, _ columns: [Int], schema: TableSchema) {
    for i in columns {
      let column = schema.columns[i]
      guard let expression = column.derive else { continue }
      let value = expression.evaluate { key in
        schema.index(of: key).flatMap { row.cells[$0].number }
      }
      row.cells[i].number = value
      row.cells[i].decimals = column.decimals ?? 2
      row.cells[i].isDerived = true
    }
  }
}
