extension CheckMemo {
  /// Everything the table checks read: when none of it changed (a chapter edit), their
  /// findings are the last ones, without a look at each table.
  struct TablesKey: Equatable {
    var tables: [String: Table]
    var charts: [String: ChartSpec]
    var context: TranslationContext
  }

  /// What a table's translation findings read besides the table.
  struct TranslationContext: Equatable {
    var languages: [Language]
    var glossary: Glossary
  }

  /// The checks that read the tables: translations and arithmetic table by table, chart
  /// references chart by chart, cross-table measures quantity by quantity (`MeasureMemo`).
  /// Each part is made again only when what it reads changed.
  func tableChecks(_ report: Report) -> [Diagnostic] {
    guard remembers else {
      return Validator.translations(report) + Validator.chartReferences(report) + Validator.arithmetic(report) + Validator.measures(report)
    }
    return lock.withLock {
      let context = TranslationContext(languages: report.site.languages, glossary: report.glossary)
      let key = TablesKey(tables: report.tables, charts: report.charts, context: context)
      if let last = lastTableChecks, last.key == key { return last.findings }
      if context != translationContext {
        tableParts = [:]
        translationContext = context
      }
      let translators = context.languages.filter { $0 != .zh }.map { Translator(language: $0, glossary: context.glossary) }
      var findings: [Diagnostic] = []
      var tables: [String: (table: Table, findings: [Diagnostic])] = [:]
      tables.reserveCapacity(report.tables.count)
      for (id, table) in report.tables {
        var part = tableParts[id]
        if part?.table != table {
          part = (table, translators.flatMap { Validator.translations(of: table, $0) } + TableArithmetic.check(table))
        }
        tables[id] = part
        findings += part!.findings
      }
      tableParts = tables
      var charts: [String: (spec: ChartSpec, table: Table?, findings: [Diagnostic])] = [:]
      charts.reserveCapacity(report.charts.count)
      for (id, spec) in report.charts {
        let table = report.tables[spec.table]
        var part = chartParts[id]
        if part == nil || part!.spec != spec || part!.table != table {
          part = (spec, table, Validator.chartReferences(id, spec, table: table))
        }
        charts[id] = part
        findings += part!.findings
      }
      chartParts = charts
      findings += measureMemo.check(report)
      lastTableChecks = (key, findings)
      return findings
    }
  }
}
