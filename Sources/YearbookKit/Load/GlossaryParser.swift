/// Parses `glossary.csv` (`zh,en`).
enum GlossaryParser {
  static func parse(_ file: SourceFile) -> (Glossary, [Diagnostic]) {
    var glossary = Glossary()
    var diagnostics: [Diagnostic] = []
    switch CSVParser.parse(file.text) {
    case .failure(let problem):
      diagnostics.append(Diagnostic(.error, at: SourceLocation(path: file.path, line: problem.line, column: problem.column), rule: "csv-syntax", problem.message))
    case .success(let records):
      guard let header = records.first else { return (glossary, diagnostics) }
      if header.fields.map({ $0.text }) != ["zh", "en"] {
        diagnostics.append(Diagnostic(.error, at: SourceLocation(path: file.path, line: header.line, column: 1), rule: "csv-header", "the glossary's header must be 'zh,en'"))
        return (glossary, diagnostics)
      }
      // Room for every entry: growing rehashes every label.
      glossary.english.reserveCapacity(records.count)
      glossary.locations.reserveCapacity(records.count)
      for record in records.dropFirst() {
        let at = SourceLocation(path: file.path, line: record.line, column: 1)
        guard record.fields.count == 2 else {
          diagnostics.append(Diagnostic(.error, at: at, rule: "csv-ragged", "expected 2 fields (zh,en), found \(record.fields.count)"))
          continue
        }
        let zh = record.fields[0].text.trimmingSpaces()
        let key = TextKey(zh)
        let en = record.fields[1].text.trimmingSpaces()
        if en.isEmpty {
          diagnostics.append(Diagnostic(.error, at: SourceLocation(path: file.path, line: record.line, column: record.fields[1].column), rule: "missing-translation", "'\(zh)' has an empty English"))
          continue
        }
        if let previous = glossary.english[key], let first = glossary.locations[key] {
          let rule = previous == en ? "glossary-duplicate" : "glossary-conflict"
          diagnostics.append(Diagnostic(previous == en ? .warning : .error, at: at, rule: rule, "'\(zh)' is already in the glossary at line \(first.line) as '\(previous)'"))
          continue
        }
        glossary.english[key] = en
        glossary.locations[key] = at
      }
    }
    return (glossary, diagnostics)
  }
}
