extension Validator {
  /// Every Chinese label and text cell has its English (glossary or `english` column), and
  /// every label has the same English everywhere.
  static func translations(_ report: Report) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for language in report.site.languages where language != .zh {
      let translator = Translator(language: language, glossary: report.glossary)
      for id in report.tables.keys.sorted() {
        diagnostics += translations(of: report.tables[id]!, translator)
      }
    }
    return diagnostics
  }

  /// The findings of `translations(_:)` about one table in `translator`'s language: they read
  /// that table and the glossary alone.
  static func translations(of table: Table, _ translator: Translator) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let language = translator.language
    let columns = table.schema.columns
    for (index, column) in columns.enumerated() where column.kind == .label || column.kind == .text {
      let english = columns.firstIndex { $0.kind == .english && $0.translates == column.key }
      for row in table.rows {
        let cell = row.cells[index]
        if let english, !row.cells[english].raw.isEmpty { continue }
        if !cell.raw.isEmpty, translator.label(cell.raw) == nil {
          diagnostics.append(Diagnostic(.error, at: cell.location, rule: "missing-translation", "'\(Translator.normalize(cell.raw))' has no \(language.code) translation in glossary.csv"))
        }
      }
    }
    for column in columns where column.kind == .english {
      if let of = column.translates, table.schema.column(of) == nil {
        diagnostics.append(Diagnostic(.error, at: column.location, rule: "unknown-column", "'\(column.key)' translates column '\(of)', which does not exist"))
      }
    }
    return diagnostics
  }
}
