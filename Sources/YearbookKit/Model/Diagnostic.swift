/// A finding about the content: where, how bad, which rule, and what.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// How bad a finding is.
  public enum Severity: String, Sendable, Hashable, Comparable {
    case error, warning, note
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
  }

  /// Where.
  public var location: SourceLocation
  /// How bad.
  public var severity: Severity
  /// The rule's id, e.g. `csv-syntax`, `sum`.
  public var rule: String
  /// What, in one sentence.
  public var message: String

  /// Makes a finding.
  public init(_ severity: Severity, at location: SourceLocation, rule: String, _ message: String) {
    self.location = location
    self.severity = severity
    self.rule = rule
    self.message = message
  }

  /// `path:line:col: error: message [rule]`, like a compiler; what comes from the content
  /// (names, cells) is shown with its control characters escaped (`TerminalText`).
  public var description: String { TerminalText.escaping("\(location): \(severity.rawValue): \(message) [\(rule)]") }

  public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
    (a.location, a.severity, a.rule, a.message) < (b.location, b.severity, b.rule, b.message)
  }
}

extension Array where Element == Diagnostic {
  /// True when any finding is an error.
  public var hasErrors: Bool { contains { $0.severity == .error } }
}
