import Foundation
import Testing
@testable import YearbookKit

/// The checks split into parts and remembered (`CheckMemo`, `MeasureMemo`) follow a sequence of
/// edits with exactly the findings of the whole checks at each step.
@Suite struct CheckMemoTests {
  /// A table of regions whose `amount` is the measure `output-turnover-2019`.
  func table(_ id: String, _ rows: String) -> CheckInput.TableFiles {
    let schema = """
      title: {zh: 表, en: Table}
      columns:
        - {key: item, label: {zh: 地区, en: Region}, kind: label}
        - {key: role, kind: role}
        - {key: amount, label: {zh: 成交额, en: Turnover}, kind: decimal, measure: output-turnover-2019}

      """
    return .init(id: id, schema: schema, csv: "item,role,amount\n" + rows)
  }

  /// Checks each report in turn with one remembering memo (and one parse memo, as
  /// `IncrementalBuilder` does), expecting the whole checks' findings every time; returns the
  /// cross-table findings of each step.
  func crossTableFindings(_ steps: [ContentFiles], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [[Diagnostic]] {
    let memo = CheckMemo()
    let parses = ParseMemo()
    var found: [[Diagnostic]] = []
    for files in steps {
      let report = try #require(ReportParser.parse(files, memo: parses).0)
      let whole = Validator.check(report) + TemplateKeys.check(report.templates)
      #expect(Set(memo.check(report, templates: report.templates)) == Set(whole), sourceLocation: sourceLocation)
      #expect(Set(memo.measureMemo.check(report)) == Set(Validator.measures(report)), sourceLocation: sourceLocation)
      found.append(Validator.measures(report).filter { $0.rule == "cross-table" })
    }
    return found
  }

  @Test func tableEditsThatMakeAndMendMismatches() throws {
    let steps = [
      [table("a", "北京,,5695.28\n技术开发,,1211.95\n"), table("b", "北京,,5695.3\n")],
      // a's Beijing mistyped: a mismatch.
      [table("a", "北京,,5659.28\n技术开发,,1211.95\n"), table("b", "北京,,5695.3\n")],
      // A third table agrees with b: the finding stays on a.
      [table("a", "北京,,5659.28\n技术开发,,1211.95\n"), table("b", "北京,,5695.3\n"), table("c", "北京,,5695.3\n技术开发,,1212.0\n")],
      // a mended.
      [table("a", "北京,,5695.28\n技术开发,,1211.95\n"), table("b", "北京,,5695.3\n"), table("c", "北京,,5695.3\n技术开发,,1212.0\n")],
      // b gone; c's development mistyped, against a alone.
      [table("a", "北京,,5695.28\n技术开发,,1211.95\n"), table("c", "北京,,5695.3\n技术开发,,1221.0\n")],
      // c's row renamed: its figure is another quantity (with no translation: a finding too).
      [table("a", "北京,,5695.28\n技术开发,,1211.95\n"), table("c", "北京,,5695.3\n技术推广,,1221.0\n")],
      [table("a", "北京,,5695.28\n技术开发,,1211.95\n")],
    ].map { CheckInput.files($0) }
    let found = try crossTableFindings(steps)
    #expect(found.map(\.count) == [0, 1, 1, 0, 1, 0, 0])
    #expect(
      found[2] == [
        Diagnostic(
          .error, at: CheckInput.at("Content/data/a.csv", 2, 5), rule: "cross-table",
          "北京 amount (output-turnover-2019) is 5659.28 here but 5695.3 in b (Content/data/b.csv:2:5)")
      ])
  }

  /// The real report, its first appendix table edited: the 2019 contract count (printed in a
  /// dozen tables) broken, then another figure of the table changed, then all mended.
  @Test func realTableEditsMakeAndMendMismatches() throws {
    let (files, _) = ContentReader.read(
      content: Fixture.repository.appendingPathComponent("Content").path,
      templates: Fixture.repository.appendingPathComponent("Templates").path)
    let index = try #require(files.tables.firstIndex { $0.path.hasSuffix("data/appendix-01.csv") })
    func editing(_ edit: (String) -> String) -> ContentFiles {
      var edited = files
      edited.tables[index].text = edit(edited.tables[index].text)
      return edited
    }
    let broken = editing { $0.replacingOccurrences(of: "484077", with: "484078") }
    let other = editing { $0.replacingOccurrences(of: "484077", with: "484078").replacingOccurrences(of: "6437.07", with: "6437.08") }
    let found = try crossTableFindings([files, broken, other, files])
    #expect(found[1].count > found[0].count)
    #expect(found[1].contains { $0.location.path.hasSuffix("data/appendix-01.csv") })
    #expect(found[2].contains { $0.location.path.hasSuffix("data/appendix-01.csv") })
    #expect(found[3] == found[0])
  }

  /// Links are checked against the pages of each build; the ids of pages that did not change
  /// are remembered, and a link broken then mended comes and goes.
  @Test func linkFindingsFollowEachBuild() throws {
    var builder = IncrementalBuilder(options: BuildOptions())
    let base = Fixture.files()
    func linking(_ target: String) -> ContentFiles {
      var files = base
      let index = files.chapters.firstIndex { $0.path.hasSuffix("overview.en.md") }!
      files.chapters[index].text += "\nSee [the table](appendix.html#\(target)).\n"
      return files
    }
    let anchor = "table-types"
    for (files, broken) in [(base, false), (linking("no-such-id"), true), (linking(anchor), false), (base, false)] {
      let incremental = builder.build(files).result.diagnostics
      #expect(incremental == Yearbook.build(files).diagnostics)
      #expect(incremental.contains { $0.rule == "broken-link" } == broken)
    }
  }
}
