/// The arithmetic a table's schema declares under `checks:`, and how its rows are named across
/// tables (`aliases:`). `yearbook check` verifies each against the printed figures.
public struct TableChecks: Sendable, Equatable {
  /// A share column: its value is `of`'s value over the whole's value, times 100. The whole
  /// is the same column's total (see `TableArithmetic+Shares`), or, when `whole` is given,
  /// that column of the same row (`turnover_gdp: [turnover, gdp]`).
  public struct Share: Sendable, Equatable {
    /// The percent column.
    public var share: String
    /// The column it is a share of.
    public var of: String
    /// The column of the same row that is the whole, if not the total.
    public var whole: String? = nil
    /// Where it is declared.
    public var location: SourceLocation
  }

  /// A growth column: (this year / last year − 1) × 100.
  public struct Growth: Sendable, Equatable {
    /// The percent column.
    public var growth: String
    /// Last year's column.
    public var from: String
    /// This year's column.
    public var to: String
    /// Where it is declared.
    public var location: SourceLocation
  }

  /// A rank column: rank 1 is the largest value of `by`.
  public struct Rank: Sendable, Equatable {
    /// The rank column.
    public var rank: String
    /// The column it ranks.
    public var by: String
    /// Where it is declared.
    public var location: SourceLocation
  }

  /// One cell whose row is a quantity of its own, as in a table of key figures:
  /// `measures: {技术合同成交额: {value: turnover-2019 of 合计}}`.
  public struct RowMeasure: Sendable, Equatable {
    /// The row's printed label.
    public var row: String
    /// The column key.
    public var column: String
    /// The measure, e.g. `turnover-2019`.
    public var measure: String
    /// The row name it goes by, e.g. `合计`.
    public var name: String
    /// Where it is declared.
    public var location: SourceLocation
  }

  /// Columns whose total row is the sum of its rows and whose subtotals are the sums of their members.
  public var sums: [String] = []
  /// Share columns.
  public var shares: [Share] = []
  /// Growth columns.
  public var growths: [Growth] = []
  /// Rank columns.
  public var ranks: [Rank] = []
  /// The name a row goes by across tables, per printed label (`合计: 东部地区`).
  public var aliases: [String: String] = [:]
  /// Cells that measure a quantity of their own row (`measures:`).
  public var rowMeasures: [RowMeasure] = []

  /// Makes an empty declaration.
  public init() {}

  /// True when nothing is declared.
  public var isEmpty: Bool { sums.isEmpty && shares.isEmpty && growths.isEmpty && ranks.isEmpty && aliases.isEmpty && rowMeasures.isEmpty }
}
