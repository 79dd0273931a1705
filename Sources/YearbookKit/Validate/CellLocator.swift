/// Finds the cell a figure reference or a revision names: the table by id, the column by key,
/// the row by the name `check` gives it (see `MeasureIndex`): its label without `其中：`, a
/// subtotal by its group's label, `group/label` where a label repeats, then the schema's
/// `aliases:`; the printed label and any `group/label` are accepted too. Pure.
public struct CellLocator: Sendable {
  /// A found cell.
  public struct Found: Sendable, Equatable {
    /// Its table.
    public var table: Table
    /// Row index.
    public var row: Int
    /// Column index.
    public var column: Int
    /// The cell.
    public var cell: Cell { table.rows[row].cells[column] }
  }

  /// Everything loaded.
  public let report: Report

  /// Makes a locator.
  public init(report: Report) { self.report = report }

  /// The cell of `table`, `row`, `column`, or why there is none. `printed`: the cell must
  /// hold a figure.
  public func find(table id: String, row name: String, column key: String, printed: Bool = true) -> Result<Found, ReferenceProblem> {
    guard let table = report.tables[id] else {
      return .failure(ReferenceProblem("no table '\(id)'\(Self.suggestion(id, among: report.tables.keys.sorted()))"))
    }
    guard let column = table.schema.index(of: key), table.schema.columns[column].kind.isNumeric else {
      let keys = table.schema.columns.filter(\.kind.isNumeric).map(\.key)
      return .failure(ReferenceProblem("table \(id) has no column of figures '\(key)'\(Self.suggestion(key, among: keys))"))
    }
    let names = Self.rowNames(table, column: column)
    let normal = Translator.normalize(name)
    var rows = table.rows.indices.filter { names[$0] == normal }
    if rows.isEmpty { rows = RowStructure(table.rows).rows(named: normal, in: table, for: key) }
    guard rows.count == 1, let row = rows.first else {
      if rows.isEmpty {
        return .failure(ReferenceProblem("table \(id) has no row '\(name)'\(Self.suggestion(normal, among: names.compactMap { $0 }))"))
      }
      return .failure(ReferenceProblem("table \(id) has \(rows.count) rows '\(name)': name one as group/label"))
    }
    if printed, table.rows[row].cells[column].number == nil {
      return .failure(ReferenceProblem("table \(id) prints no figure in row '\(name)', column '\(key)'"))
    }
    return .success(Found(table: table, row: row, column: column))
  }

  /// Each row's name as `check` gives it for the column at `column` (nil for a group heading).
  public static func rowNames(_ table: Table, column: Int) -> [String?] {
    let columns = table.schema.columns
    guard let labelIndex = columns[..<column].lastIndex(where: { $0.kind == .label }) ?? table.labelColumn else {
      return table.rows.map { _ in nil }
    }
    let structure = RowStructure(table.rows)
    var names: [String?] = table.rows.indices.map { row in
      let r = table.rows[row]
      if r.role == .group { return nil }
      if r.role == .subtotal, let g = structure.groupOf[row], let name = structure.name(of: g, in: table) { return name }
      var label = Translator.normalize(r.cells[labelIndex].raw)
      if label.hasPrefix(Translator.subRowPrefix) { label = String(label.dropFirst(Translator.subRowPrefix.count)) }
      return label
    }
    var counts: [String: Int] = [:]
    for name in names.compactMap({ $0 }) { counts[name, default: 0] += 1 }
    let aliases = table.schema.checks.aliases
    for row in names.indices {
      guard var name = names[row] else { continue }
      if counts[name, default: 0] > 1, table.rows[row].role == .member, let g = structure.groupOf[row],
        let group = structure.name(of: g, in: table)
      {
        name = "\(group)/\(name)"
      }
      names[row] = aliases[name] ?? name
    }
    return names
  }

  /// The name of row `row` for column `column`, as a reference writes it.
  public static func rowName(_ table: Table, row: Int, column: Int) -> String {
    rowNames(table, column: column)[row] ?? Translator.normalize(table.label(of: table.rows[row]))
  }

  /// ": did you mean …?" with the names of `candidates` nearest to `name`, or "".
  static func suggestion(_ name: String, among candidates: [String]) -> String {
    let target = Array(name)
    guard target.count <= 200 else { return "" }
    let scored = Set(candidates.filter { $0.count <= 200 }).map { ($0, distance(target, Array($0))) }
      .filter { $0.1 <= max(2, target.count / 3) || $0.0.contains(name) || name.contains($0.0) }
      .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
      .prefix(3)
    guard !scored.isEmpty else { return "" }
    return ": did you mean " + scored.map { "'\($0.0)'" }.joined(separator: ", ") + "?"
  }

  /// Edit distance (insertions, deletions, substitutions) between two character lists, both
  /// bounded by the names of one table.
  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
