import Foundation
import YearbookKit

/// What the preview tells open pages, as server-sent events.
enum ServerEvent: Sendable, Equatable {
  /// Sent first on every connection: which server process (a restarted server means every page
  /// may be stale), which build, and its errors if it failed.
  case hello(session: String, generation: Int, diagnostics: [Diagnostic])
  /// A good build changed these output paths.
  case reload(generation: Int, changed: [String])
  /// A build failed; the last good site is still served.
  case failure(generation: Int, diagnostics: [Diagnostic])
  /// Keeps idle connections open through proxies and finds closed ones.
  case ping

  /// The event in `text/event-stream` framing.
  var text: String {
    switch self {
    case .hello(let session, let generation, let diagnostics):
      return
        "retry: 1000\nevent: hello\ndata: \(Self.json(["session": session, "generation": generation, "diagnostics": Self.entries(diagnostics)]))\n\n"
    case .reload(let generation, let changed):
      return "event: reload\ndata: \(Self.json(["generation": generation, "changed": changed]))\n\n"
    case .failure(let generation, let diagnostics):
      return "event: failure\ndata: \(Self.json(["generation": generation, "diagnostics": Self.entries(diagnostics)]))\n\n"
    case .ping:
      return ": ping\n\n"
    }
  }

  /// The JSON of `/__yearbook/status`: the state a freshly loaded page starts from.
  static func status(session: String, generation: Int, diagnostics: [Diagnostic]) -> String {
    json(["session": session, "generation": generation, "diagnostics": entries(diagnostics)])
  }

  private static func entries(_ diagnostics: [Diagnostic]) -> [[String: Any]] {
    diagnostics.map {
      [
        "file": $0.location.path, "line": $0.location.line, "column": $0.location.column, "severity": $0.severity.rawValue,
        "rule": $0.rule, "message": $0.message, "text": $0.description,
      ]
    }
  }

  /// One line of JSON (an SSE `data:` field ends at a newline), keys sorted.
  private static func json(_ object: [String: Any]) -> String {
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self)
  }
}
