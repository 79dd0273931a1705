extension Validator {
  /// Every chart names an existing table, label column and numeric series columns, and every
  /// `rows:` label exists in the table.
  static func chartReferences(_ report: Report) -> [Diagnostic] {
    report.charts.keys.sorted().flatMap { id in
      let spec = report.charts[id]!
      return chartReferences(id, spec, table: report.tables[spec.table])
    }
  }

  /// The findings of `chartReferences(_:)` about chart `id`: they read its spec and the table
  /// it names (nil when there is none) alone.
  static func chartReferences(_ id: String, _ spec: ChartSpec, table: Table?) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    func error(_ message: String) {
      diagnostics.append(Diagnostic(.error, at: spec.location, rule: "chart-reference", "chart '\(id)': \(message)"))
    }
    guard let table else {
      error("no table '\(spec.table)'")
      return diagnostics
    }
    if let category = spec.category, table.schema.column(category)?.kind != .label {
      error("'category: \(category)' is not a label column of \(spec.table)")
    }
    for key in spec.series {
      guard let column = table.schema.column(key) else {
        error("no column '\(key)' in \(spec.table)")
        continue
      }
      if !column.kind.isNumeric { error("column '\(key)' is \(column.kind.rawValue), not numbers") }
    }
    if let rows = spec.rows {
      var everyRow = spec
      everyRow.rows = nil
      let labels = Set(ChartBuilder.selectRows(everyRow, table).map(\.label) + ChartBuilder.rowLabels(spec, table))
      for row in rows where !labels.contains(Translator.normalize(row)) {
        error("no row '\(row)' in \(spec.table)")
      }
    }
    return diagnostics
  }
}
