/// The checks that need the whole report: translations, references, both languages alike,
/// the arithmetic each table declares and the quantities tables share.
/// Pure: a report in, findings out. Each family of rules lives in its own extension.
public enum Validator {
  /// Every finding about `report`.
  public static func check(_ report: Report) -> [Diagnostic] {
    translations(report) + chartReferences(report) + chapters(report) + arithmetic(report) + measures(report) + bilingualNumbers(report)
      + unboundNumbers(report) + RevisionIndex.check(report)
  }

  /// The arithmetic each table declares under `checks:`.
  static func arithmetic(_ report: Report) -> [Diagnostic] {
    report.tables.keys.sorted().flatMap { TableArithmetic.check(report.tables[$0]!) }
  }
}
