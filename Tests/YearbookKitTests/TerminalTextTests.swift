import Foundation
import Testing

@testable import YearbookKit

/// Control characters from the content never reach the terminal raw: findings print them
/// escaped, while JSON carries them as JSON escapes.
@Suite(.serialized) struct TerminalTextTests {
  @Test func controlCharactersAndBidiMarksAreEscaped() {
    #expect(TerminalText.escaping("a\u{1B}[2Jb\u{0}c") == "a\\u{1B}[2Jb\\u{0}c")
    #expect(TerminalText.escaping("\u{7F}\u{85}\u{9B}31m\r") == "\\u{7F}\\u{85}\\u{9B}31m\\u{D}")
    #expect(TerminalText.escaping("abc\u{202E}fed\u{2066}x\u{2069}\u{200F}") == "abc\\u{202E}fed\\u{2066}x\\u{2069}\\u{200F}")
    // Tabs and line breaks, CJK text, emoji and a backslash stay as they are.
    let plain = "合计\t东部地区\nline two \\u{1B} é 😀"
    #expect(TerminalText.escaping(plain) == plain)
  }

  @Test func jsonGetsJSONEscapesThatReadBackTheSame() throws {
    let message = "a\u{1B}[2J\u{0}b\u{9B}31m\u{202E}c"
    let json = DiagnosticJSON.encode([Diagnostic(.error, at: SourceLocation(path: "x.csv", line: 1, column: 1), rule: "r", message)])
    #expect(json.contains(#""message" : "a\u001b[2J\u0000b\u009b31m\u202ec""#), "\(json)")
    let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    #expect(entries.first?["message"] as? String == message)
  }

  @Test func aFindingIsPrintedEscapedAndKeepsItsMessage() {
    let finding = Diagnostic(
      .error, at: SourceLocation(path: "Content/x\u{1B}.csv", line: 2, column: 3), rule: "bad-number", "'1\u{0}' is not a number")
    #expect(finding.description == "Content/x\\u{1B}.csv:2:3: error: '1\\u{0}' is not a number [bad-number]")
    #expect(finding.message == "'1\u{0}' is not a number")
  }

  /// A copy of the content with ESC[2J and NUL in a CSV cell and, written as YAML escapes, in
  /// a key of site.yaml.
  func hostileContent() throws -> URL {
    let dir = try CommandLineTests().copyOfContent()
    let content = dir.appendingPathComponent("Content")
    let csv = content.appendingPathComponent("data/appendix-03.csv")
    let table = try String(contentsOf: csv, encoding: .utf8)
    try Data(table.replacingOccurrences(of: ",5636.68,", with: ",56\u{1B}[2J\u{0}36,").utf8).write(to: csv)
    let site = content.appendingPathComponent("site.yaml")
    let yaml = try String(contentsOf: site, encoding: .utf8)
    try Data((yaml + "\"k\\e[2J\\0\": 1\n").utf8).write(to: site)
    return dir
  }

  func check(_ dir: URL, _ arguments: [String] = []) throws -> (status: Int32, stdout: String, stderr: String) {
    try CommandLineTests().run(
      [
        "check", "--content", dir.appendingPathComponent("Content").path, "--templates",
        Fixture.repository.appendingPathComponent("Templates").path,
      ]
        + arguments)
  }

  static let raw: Set<Unicode.Scalar> = ["\u{1B}", "\u{0}"]

  @Test func checkPrintsHostileCellsAndKeysEscaped() throws {
    let dir = try hostileContent()
    defer { try? FileManager.default.removeItem(at: dir) }
    let text = try check(dir)
    #expect(text.status == 1)
    #expect(!text.stderr.unicodeScalars.contains(where: Self.raw.contains))
    #expect(text.stderr.contains("'56\\u{1B}[2J\\u{0}36' in column 'amount'"), "\(text.stderr)")
    #expect(text.stderr.contains("unknown key 'k\\u{1B}[2J\\u{0}'"), "\(text.stderr)")

    let json = try check(dir, ["--format", "json"])
    #expect(json.status == 1)
    #expect(!json.stdout.unicodeScalars.contains(where: Self.raw.contains))
    #expect(json.stdout.contains("\\u001b[2J\\u0000"))
    let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    let messages = entries.compactMap { $0["message"] as? String }
    #expect(messages.contains { $0.contains("'56\u{1B}[2J\u{0}36' in column 'amount'") })
    #expect(messages.contains { $0.contains("unknown key 'k\u{1B}[2J\u{0}'") })
  }
}
