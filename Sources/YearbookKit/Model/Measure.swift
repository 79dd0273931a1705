/// One printing of a quantity: the cell of a column declared with `measure:` in one row.
/// The same measure and row name in two tables is the same quantity.
public struct MeasuredCell: Sendable, Equatable {
  /// The measure, e.g. `output-amount-2019`.
  public var measure: String
  /// The row's name across tables: its label (without `其中：`), its group's label for a
  /// subtotal, or its alias.
  public var name: String
  /// The table id.
  public var table: String
  /// The column key.
  public var column: String
  /// The row index in the table.
  public var row: Int
  /// The column's kind (counts are exact, decimals rounded).
  public var kind: ColumnKind
  /// The cell.
  public var cell: Cell

  /// The quantity this cell prints: `measure` of `name`.
  public var quantity: String { "\(measure) of \(name)" }
}
