import Foundation
import Testing
@testable import YearbookKit

/// The real `Content/`: it passes every check with only acknowledged notes, and each fault put
/// into a copy of it fails with a finding that names the file and line.
@Suite(.serialized) struct CheckContentTests {
  static let root = Fixture.repository.path

  /// Runs the whole pipeline on `content` with the real templates.
  func check(_ content: String) -> [Diagnostic] {
    let (files, readDiagnostics) = ContentReader.read(content: content, templates: "\(CheckContentTests.root)/Templates")
    return readDiagnostics.hasErrors ? readDiagnostics : Yearbook.build(files).diagnostics
  }

  /// A fresh copy of `Content/` in a temporary folder, with `fault` applied to one file.
  func checkCopy(editing file: String, _ fault: (String) -> String) throws -> (content: String, findings: [Diagnostic]) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("yearbook-check-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let content = dir.appendingPathComponent("Content")
    try FileManager.default.copyItem(atPath: "\(CheckContentTests.root)/Content", toPath: content.path)
    let path = content.appendingPathComponent(file)
    let text = try String(contentsOf: path, encoding: .utf8)
    let changed = fault(text)
    #expect(changed != text, "the fault changed nothing in \(file)")
    try changed.write(to: path, atomically: true, encoding: .utf8)
    return (content.path, check(content.path))
  }

  /// True when some error of `rule` is at `file` (relative to the content folder) and `line`.
  func has(_ findings: [Diagnostic], _ rule: String, _ content: String, _ file: String, line: Int) -> Bool {
    findings.contains { $0.severity == .error && $0.rule == rule && $0.location.path == "\(content)/\(file)" && $0.location.line == line }
  }

  func replacing(_ old: String, with new: String) -> (String) -> String {
    { $0.replacingOccurrences(of: old, with: new) }
  }

  @Test func theRealContentHasNoErrorsNoWarningsAndOnlyAcknowledgedNotes() {
    let findings = check("\(CheckContentTests.root)/Content")
    #expect(findings.filter { $0.severity != .note } == [])
    #expect(findings.filter { !$0.message.contains("(acknowledged in ") } == [])
    #expect(findings.count >= 20)
  }

  @Test func aChangedCellDisagreesWithTheOtherTablesAndItsTotal() throws {
    // 陕西's output turnover in table 3-2 (line 5), also printed in 附表4 and table 4-4.
    let (content, findings) = try checkCopy(editing: "data/table-3-2-flows.csv", replacing("陕西,,52999,1467.4,", with: "陕西,,52999,1567.4,"))
    #expect(
      findings.contains(
        Diagnostic(
          .error, at: YearbookKit.SourceLocation(path: "\(content)/data/table-3-2-flows.csv", line: 5, column: 11), rule: "cross-table",
          "陕西 out_amount (output-turnover-2019) is 1567.4 here but 1467.35 in appendix-04 (\(content)/data/appendix-04.csv:41:31)")))
    #expect(has(findings, "sum", content, "data/table-3-2-flows.csv", line: 36))
    #expect(has(findings, "rank", content, "data/table-3-2-flows.csv", line: 5))
  }

  @Test func aBrokenCSVLineNamesItsLine() throws {
    let (content, findings) = try checkCopy(editing: "data/appendix-03.csv", replacing("农业,,22413,", with: "农业,,\"22413,"))
    #expect(has(findings, "csv-syntax", content, "data/appendix-03.csv", line: 8))
  }

  @Test func aMissingTranslationNamesEveryCellThatNeedsIt() throws {
    let (content, findings) = try checkCopy(editing: "glossary.csv") { text in
      text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("陕西,") }.joined(separator: "\n")
    }
    #expect(has(findings, "missing-translation", content, "data/table-3-2-flows.csv", line: 5))
  }

  @Test func aDanglingReferenceNamesItsChapterLine() throws {
    let (content, findings) = try checkCopy(
      editing: "chapters/provinces.en.md", replacing("([](#fig-3-1-registration-top10)", with: "([](#fig-3-1-nothing)"))
    let line = try #require(findings.first { $0.rule == "dangling-reference" }?.location.line)
    #expect(has(findings, "dangling-reference", content, "chapters/provinces.en.md", line: line))
    let text = try String(contentsOfFile: "\(CheckContentTests.root)/Content/chapters/provinces.en.md", encoding: .utf8)
    #expect(text.split(separator: "\n", omittingEmptySubsequences: false)[line - 1].contains("fig-3-1-registration-top10"))
  }

  @Test func aBrokenYAMLFileNamesItsLine() throws {
    let (content, findings) = try checkCopy(
      editing: "data/table-4-4-west.yaml", replacing("aliases: {合计: 西部地区}", with: "aliases: {合计: 西部地区"))
    let error = try #require(findings.first { $0.rule == "yaml-syntax" })
    #expect(error.location.path == "\(content)/data/table-4-4-west.yaml")
    #expect(error.location.line >= 54)
  }

  @Test func aStaleErratumIsAnError() throws {
    // Correct 附表2's slip: the four findings it caused go, so their errata are stale.
    let (content, findings) = try checkCopy(editing: "data/appendix-02.csv", replacing(",7717.32,", with: ",7177.32,"))
    #expect(findings.filter { $0.rule == "stale-erratum" }.map(\.location.line) == [6, 13, 18, 23])
    #expect(findings.allSatisfy { $0.rule == "stale-erratum" || $0.severity != .error })
    #expect(findings.allSatisfy { !($0.location.path == "\(content)/data/appendix-02.csv" && $0.severity == .error) })
  }
}
