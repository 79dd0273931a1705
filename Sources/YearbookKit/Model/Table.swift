/// The role a row plays in its table's structure (see the content format).
public enum RowRole: String, Sendable, CaseIterable {
  case plain = "", total, group, subtotal, member, sub
}

/// One cell: the text as printed, and its number where the column is numeric.
public struct Cell: Sendable, Equatable {
  /// Text as in the CSV (trimmed).
  public var raw: String
  /// The number, for numeric columns; nil when empty.
  public var number: Double?
  /// Decimals as printed.
  public var decimals: Int
  /// Computed by the build rather than printed.
  public var isDerived: Bool
  /// Where the cell is.
  public var location: SourceLocation

  /// Makes a cell.
  public init(raw: String, number: Double? = nil, decimals: Int = 0, isDerived: Bool = false, location: SourceLocation) {
    self.raw = raw
    self.number = number
    self.decimals = decimals
    self.isDerived = isDerived
    self.location = location
  }

  /// True when the source prints nothing here.
  public var isEmpty: Bool { raw.isEmpty && number == nil }
}

/// One row of a table.
public struct Row: Sendable, Equatable {
  /// Cells, one per schema column.
  public var cells: [Cell]
  /// Its structural role.
  public var role: RowRole
  /// Its CSV line.
  public var line: Int
}

/// A loaded table: schema, rows and the file it came from.
public struct Table: Sendable, Equatable {
  /// The schema.
  public var schema: TableSchema
  /// Rows in printed order.
  public var rows: [Row]
  /// The CSV text as read (published as the download).
  public var csv: String
  /// The CSV's path.
  public var csvPath: String

  /// The id.
  public var id: String { schema.id }
  /// The first label column (the row's name).
  public var labelColumn: Int? { schema.columns.firstIndex { $0.kind == .label } }
  /// The label of a row (its first label column), as printed.
  public func label(of row: Row) -> String {
    labelColumn.map { row.cells[$0].raw } ?? ""
  }
}
