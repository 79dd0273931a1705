/// The checks that need the whole report: translations, references, both languages alike.
/// Pure: a report in, findings out. Each family of rules lives in its own extension.
public enum Validator {
  /// Every finding about `report`.
  public static func check(_ report: Report) -> [Diagnostic] {
    translations(report) + chartReferences(report) + chapters(report)
  }
}
