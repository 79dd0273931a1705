/// What changed in the data between two content folders (an earlier one, as published, and
/// the current one): every figure that differs, rows and columns added and removed, tables
/// added and removed. Rows are matched by the name `check` gives them, columns by key. Pure.
public struct ContentDiff: Sendable, Equatable {
  /// One change.
  public struct Change: Sendable, Equatable {
    /// What changed.
    public enum Kind: Sendable, Equatable {
      /// A figure: as it was and as it is ("" where none is printed).
      case figure(was: String, now: String)
      /// A row, column or table that only the current content has, or only the old one.
      case rowAdded, rowRemoved, columnAdded, columnRemoved, tableAdded, tableRemoved
    }
    /// Where: the cell, row or column in the current content (in the old one when removed).
    public var location: SourceLocation
    /// The table id.
    public var table: String
    /// The row name (empty for a column or table).
    public var row: String
    /// The column key (empty for a row or table).
    public var column: String
    /// What changed.
    public var kind: Kind
    /// For a changed figure: what it touches in the current content (nil when it is gone).
    public var impact: Impact?
  }

  /// The changes, tables in id order, then rows and columns in order.
  public private(set) var changes: [Change] = []

  /// Compares the tables of `old` with those of `new`.
  public init(old: Report, new: Report) {
    for id in Set(old.tables.keys).union(new.tables.keys).sorted() {
      switch (old.tables[id], new.tables[id]) {
      case (nil, let table?):
        changes.append(Change(location: SourceLocation(path: table.csvPath), table: id, row: "", column: "", kind: .tableAdded))
      case (let table?, nil):
        changes.append(Change(location: SourceLocation(path: table.csvPath), table: id, row: "", column: "", kind: .tableRemoved))
      case (let before?, let after?):
        compare(before, after, in: new)
      case (nil, nil):
        continue
      }
    }
  }

  /// The changes of one table present in both.
  private mutating func compare(_ before: Table, _ after: Table, in report: Report) {
    let id = after.id
    let oldKeys = before.schema.columns.map(\.key)
    let newKeys = after.schema.columns.map(\.key)
    for column in after.schema.columns where !oldKeys.contains(column.key) {
      changes.append(Change(location: column.location, table: id, row: "", column: column.key, kind: .columnAdded))
    }
    for column in before.schema.columns where !newKeys.contains(column.key) {
      changes.append(Change(location: column.location, table: id, row: "", column: column.key, kind: .columnRemoved))
    }
    let oldRows = Self.rowKeys(before)
    let newRows = Self.rowKeys(after)
    let oldIndex = Dictionary(oldRows.enumerated().compactMap { i, key in key.map { ($0, i) } }, uniquingKeysWith: { first, _ in first })
    let newIndex = Dictionary(newRows.enumerated().compactMap { i, key in key.map { ($0, i) } }, uniquingKeysWith: { first, _ in first })
    for (r, key) in newRows.enumerated() {
      guard let key else { continue }
      guard let o = oldIndex[key] else {
        changes.append(
          Change(
            location: SourceLocation(path: after.csvPath, line: after.rows[r].line, column: 1), table: id, row: key, column: "",
            kind: .rowAdded))
        continue
      }
      for (c, column) in after.schema.columns.enumerated() where column.kind.isNumeric && column.derive == nil {
        guard let oc = before.schema.index(of: column.key) else { continue }
        let was = before.rows[o].cells[oc]
        let now = after.rows[r].cells[c]
        guard was.plainFigure != now.plainFigure else { continue }
        let name = CellLocator.rowName(after, row: r, column: c)
        changes.append(
          Change(
            location: now.location, table: id, row: name, column: column.key,
            kind: .figure(was: was.plainFigure, now: now.plainFigure), impact: Impact.of(now.location, in: report)))
      }
    }
    for (r, key) in oldRows.enumerated() {
      guard let key, newIndex[key] == nil else { continue }
      changes.append(
        Change(
          location: SourceLocation(path: before.csvPath, line: before.rows[r].line, column: 1), table: id, row: key, column: "",
          kind: .rowRemoved))
    }
  }

  /// Each row's name for matching (nil for group headings): as `check` names it in the
  /// first column of figures.
  static func rowKeys(_ table: Table) -> [String?] {
    let column = table.schema.columns.firstIndex { $0.kind.isNumeric } ?? table.labelColumn
    guard let column else { return table.rows.indices.map { "\($0 + 1)" } }
    return CellLocator.rowNames(table, column: column)
  }

  /// True for a day written `YYYY-MM-DD`, as `revisions.yaml` dates its entries.
  public static func isDate(_ text: String) -> Bool { RevisionsParser.isDate(text) }
}
