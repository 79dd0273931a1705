import Foundation

/// Findings as JSON for tools: an array of {file, line, column, severity, rule, message}.
public enum DiagnosticJSON {
  struct Entry: Encodable {
    var file: String
    var line: Int
    var column: Int
    var severity: String
    var rule: String
    var message: String
  }

  /// The JSON text (keys sorted, so the output is stable), with no control character or
  /// bidirectional mark unescaped.
  public static func encode(_ diagnostics: [Diagnostic]) -> String {
    let entries = diagnostics.map {
      Entry(file: $0.location.path, line: $0.location.line, column: $0.location.column, severity: $0.severity.rawValue, rule: $0.rule, message: $0.message)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(entries)).map { TerminalText.escaping(json: String(decoding: $0, as: UTF8.self)) } ?? "[]"
  }
}
