import Foundation
import YearbookKit

/// Prints findings like a compiler: one line each on standard error, then a count.
enum FindingsOutput {
  static func print(_ diagnostics: [Diagnostic]) {
    for d in diagnostics { FileHandle.standardError.write(Data("\(d)\n".utf8)) }
  }

  /// What `build` prints: errors and warnings in full; notes (acknowledged errata and the
  /// like, which never stop a build) only counted, so a good build stays quiet.
  static func printForBuild(_ diagnostics: [Diagnostic]) {
    print(diagnostics.filter { $0.severity != .note })
    let notes = diagnostics.count(where: { $0.severity == .note })
    guard notes > 0 else { return }
    let line = "\(notes) note\(notes == 1 ? "" : "s") not shown (acknowledged findings); yearbook check lists them"
    FileHandle.standardError.write(Data("\(line)\n".utf8))
  }

  static func summary(_ diagnostics: [Diagnostic], action: String?) {
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.filter { $0.severity == .warning }.count
    let notes = diagnostics.filter { $0.severity == .note }.count
    var line = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"), \(notes) note\(notes == 1 ? "" : "s")"
    if let action { line += "; \(action)" }
    FileHandle.standardError.write(Data("\(line)\n".utf8))
  }
}
