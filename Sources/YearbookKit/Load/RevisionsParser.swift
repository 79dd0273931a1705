/// Parses `revisions.yaml`: a list of published revisions, each
/// `{date, table, row, column, was, reason: {zh, en}}`; `date` is `YYYY-MM-DD` and `was` a
/// number.
enum RevisionsParser {
  static func parse(_ file: SourceFile, languages: [Language]) -> ([Revision], [Diagnostic]) {
    var reader = YAMLReader(path: file.path)
    guard let root = reader.root(of: file.text) else { return ([], reader.diagnostics) }
    if root.pairs?.isEmpty == true { return ([], reader.diagnostics) }
    guard let items = root.items else {
      reader.error(root, "yaml-type", "revisions.yaml is a list of revisions, each '- date: …'")
      return ([], reader.diagnostics)
    }
    var revisions: [Revision] = []
    for node in items {
      let item = YAMLFields(node)
      reader.rejectUnknownKeys(item, known: ["date", "table", "row", "column", "was", "reason"], in: "a revision")
      let date = reader.string(item, "date", required: true)
      let table = reader.string(item, "table", required: true)
      let row = reader.string(item, "row", required: true)
      let column = reader.string(item, "column", required: true)
      let was = reader.string(item, "was", required: true)
      let reason = reader.localized(item, "reason", languages: languages, required: true)
      if let date, !isDate(date) { reader.error(item["date"], "yaml-type", "'date' is a day written YYYY-MM-DD, not '\(date)'") }
      if let reason, let empty = languages.first(where: { reason.text($0).trimmingSpaces().isEmpty }) {
        reader.error(item["reason"], "missing-key", "a revision says why it was made in every language: the \(empty.code) reason is empty")
      }
      if let was, NumberText.parse(was) == nil {
        reader.error(item["was"], "yaml-type", "'was' is the figure as published before, a number, not '\(was)'")
      }
      guard let date, isDate(date), let table, let row, let column, let was, NumberText.parse(was) != nil, let reason else { continue }
      revisions.append(
        Revision(date: date, table: table, row: row, column: column, was: was, reason: reason, location: reader.location(of: item.node)))
    }
    return (revisions, reader.diagnostics)
  }

  /// True for `YYYY-MM-DD` with a month 01–12 and a day 01–31.
  static func isDate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
      let month = Int(parts[1]), let day = Int(parts[2])
    else { return false }
    return (1...12).contains(month) && (1...31).contains(day)
  }
}
