/// A published revision of one figure (`Content/revisions.yaml`): when it was published, the
/// cell (named as a figure reference names it), the figure as it stood before, and why. The
/// figure is then marked wherever it is shown and listed on `<lang>/revisions.html`.
public struct Revision: Sendable, Equatable {
  /// The day the revision was published, `YYYY-MM-DD`.
  public var date: String
  /// The table id.
  public var table: String
  /// The row, named as `check` names rows.
  public var row: String
  /// The column key.
  public var column: String
  /// The figure as published before, as written.
  public var was: String
  /// Why the figure changed, in every language.
  public var reason: Localized
  /// Where the entry is written.
  public var location: SourceLocation

  /// Makes a revision.
  public init(date: String, table: String, row: String, column: String, was: String, reason: Localized, location: SourceLocation) {
    self.date = date
    self.table = table
    self.row = row
    self.column = column
    self.was = was
    self.reason = reason
    self.location = location
  }
}
