/// Parses `errata.yaml`: a list of acknowledged findings, each
/// `{rule, table, row, column | columns, reason}` or `{rule, at, reason}` (`at` a place as
/// findings print it, relative to the content folder: `chapters/overview.en.md:12`), with an
/// optional `message` (text the finding contains).
enum ErrataParser {
  static func parse(_ file: SourceFile, contentRoot: String, languages: [Language]) -> ([Erratum], [Diagnostic]) {
    var reader = YAMLReader(path: file.path)
    guard let root = reader.root(of: file.text) else { return ([], reader.diagnostics) }
    if root.pairs?.isEmpty == true { return ([], reader.diagnostics) }
    guard let items = root.items else {
      reader.error(root, "yaml-type", "errata.yaml is a list of errata, each '- rule: …'")
      return ([], reader.diagnostics)
    }
    var errata: [Erratum] = []
    for node in items {
      let item = YAMLFields(node)
      reader.rejectUnknownKeys(item, known: ["rule", "table", "row", "column", "columns", "at", "message", "reason"], in: "an erratum")
      let rule = reader.string(item, "rule", required: true)
      let reason = reader.localized(item, "reason", languages: languages, required: true)
      let target: Erratum.Target?
      if let at = reader.string(item, "at") {
        target = place(at, contentRoot: contentRoot)
        if target == nil { reader.error(item["at"], "yaml-type", "'at' is a place like chapters/overview.en.md:12 or data/x.csv:4:3") }
        if item["table"] != nil { reader.error(item["table"], "yaml-type", "an erratum names either 'at' or 'table', not both") }
      } else if let table = reader.string(item, "table") {
        let row = reader.string(item, "row", required: true) ?? ""
        var columns = reader.strings(item, "columns") ?? []
        if let column = reader.string(item, "column") { columns.append(column) }
        target = .cells(table: table, row: row, columns: columns)
      } else {
        reader.error(item.node, "missing-key", "an erratum names its place: 'table' and 'row' (and 'column'), or 'at'")
        target = nil
      }
      guard let rule, let reason, let target else { continue }
      errata.append(
        Erratum(
          rule: rule, target: target, message: reader.string(item, "message"), reason: reason,
          location: reader.location(of: item.node)))
    }
    return (errata, reader.diagnostics)
  }

  /// `path:line[:column]` relative to the content folder.
  static func place(_ text: String, contentRoot: String) -> Erratum.Target? {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 2 || parts.count == 3, !parts[0].isEmpty, let line = Int(parts[1]) else { return nil }
    var column: Int?
    if parts.count == 3 {
      guard let c = Int(parts[2]) else { return nil }
      column = c
    }
    return .place(path: "\(contentRoot)/\(parts[0])", line: line, column: column)
  }
}
