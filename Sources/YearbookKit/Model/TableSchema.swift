import Charts

/// What a table column holds.
public enum ColumnKind: String, Sendable, CaseIterable {
  case label, integer, decimal, percent, rank, text, role, english

  /// True for columns of numbers.
  public var isNumeric: Bool {
    switch self {
    case .integer, .decimal, .percent, .rank: return true
    case .label, .text, .role, .english: return false
    }
  }
  /// True for columns shown as a column of the table.
  public var isShown: Bool { self != .role && self != .english }
}

/// One column of a table schema.
public struct Column: Sendable, Equatable {
  /// Key, as in the CSV header.
  public var key: String
  /// Header text.
  public var label: Localized
  /// What it holds.
  public var kind: ColumnKind
  /// Unit, shown in the header.
  public var unit: Localized?
  /// A spanning header over adjacent columns with the same group.
  public var group: Localized?
  /// For derived columns: how the value is computed from the row.
  public var derive: Expression?
  /// Decimals to print a derived value with.
  public var decimals: Int?
  /// For `english` columns: the key of the column it translates.
  public var translates: String?
  /// Where the column is declared.
  public var location: SourceLocation
  /// What the column measures (`output-amount-2019`): the same measure and row name in two
  /// tables is the same quantity, so the printed figures must agree.
  public var measure: String? = nil
}

/// One chart declared in a schema.
public struct ChartSpec: Sendable, Equatable {
  /// How categories are ordered.
  public enum Sort: String, Sendable { case descending, ascending }
  /// Unique id.
  public var id: String
  /// Chart kind.
  public var kind: Chart.Kind
  /// Title.
  public var title: Localized
  /// The table the data come from.
  public var table: String
  /// The label column giving categories.
  public var category: String?
  /// The value columns.
  public var series: [String]
  /// Only these rows, by label, in this order.
  public var rows: [String]?
  /// Sorting.
  public var sort: Sort?
  /// Keep the first N.
  public var limit: Int?
  /// A note under the chart.
  public var note: Localized?
  /// Series become categories and rows series.
  public var transpose: Bool
  /// Where it is declared.
  public var location: SourceLocation
}

/// A table's schema, from `data/<id>.yaml`.
public struct TableSchema: Sendable, Equatable {
  /// The id (file name without extension).
  public var id: String
  /// Title.
  public var title: Localized
  /// Number as an appendix table.
  public var number: Int?
  /// Table-wide unit.
  public var unit: Localized?
  /// Source note.
  public var source: Localized?
  /// Footnote.
  public var note: Localized?
  /// Columns in CSV order.
  public var columns: [Column]
  /// The schema file.
  public var location: SourceLocation
  /// The arithmetic it declares, and its rows' names across tables.
  public var checks = TableChecks()

  /// The column with `key`.
  public func column(_ key: String) -> Column? { columns.first { $0.key == key } }
  /// The index of the column with `key`.
  public func index(of key: String) -> Int? { columns.firstIndex { $0.key == key } }
}
