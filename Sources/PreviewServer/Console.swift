import Foundation
import YearbookKit

/// The terminal: progress on standard output, findings and errors on standard error, each
/// line written at once (a pipe would otherwise hold them back), with any control character
/// from the content (a file name, a cell) escaped.
struct Console: Sendable {
  /// Writes a line to standard output.
  func line(_ text: String) {
    FileHandle.standardOutput.write(Data((TerminalText.escaping(text) + "\n").utf8))
  }

  /// Writes a line to standard error.
  func error(_ text: String) {
    FileHandle.standardError.write(Data((TerminalText.escaping(text) + "\n").utf8))
  }

  /// A short list of paths for a progress line: three names, then a count.
  static func names(_ paths: [String]) -> String {
    paths.count <= 3 ? paths.joined(separator: ", ") : paths.prefix(3).joined(separator: ", ") + " and \(paths.count - 3) more"
  }
}
