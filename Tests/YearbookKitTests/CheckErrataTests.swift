import Testing
@testable import YearbookKit

@Suite struct CheckErrataTests {
  /// The fixture, its `types` total declared a sum (7177.32 + 12418.08 ≠ 22398.39: a finding).
  func build(errata: String?) -> Yearbook.Result {
    var files = Fixture.files(schema: Fixture.schema + "\nchecks:\n  sum: [amount]\n")
    files.errata = errata.map { SourceFile(path: "Content/errata.yaml", text: $0) }
    return Yearbook.build(files)
  }

  let sumFinding = "total row 合计 is 22398.39 but its rows add up to 19595.40"
  let reason = "reason: {zh: 原表如此。, en: As printed in the source.}"

  @Test func withoutAnErratumTheFindingFailsTheBuild() {
    let result = build(errata: nil)
    #expect(result.diagnostics == [Diagnostic(.error, at: CheckInput.at("Content/data/types.csv", 4, 17), rule: "sum", sumFinding)])
    #expect(result.files.isEmpty)
  }

  @Test func anAcknowledgedFindingIsANoteAndTheTableShowsTheReason() throws {
    let result = build(errata: "- rule: sum\n  table: types\n  row: 合计\n  column: amount\n  \(reason)\n")
    #expect(
      result.diagnostics == [
        Diagnostic(
          .note, at: CheckInput.at("Content/data/types.csv", 4, 17), rule: "sum", sumFinding + " (acknowledged in Content/errata.yaml:1:3)")
      ])
    let en = try #require(result.files.first { $0.path == "en/overview.html" }).text
    let zh = try #require(result.files.first { $0.path == "zh/overview.html" }).text
    #expect(en.contains("<p>Inconsistency in the source: As printed in the source.</p>"))
    #expect(zh.contains("<p>原资料数据不一致：原表如此。</p>"))
  }

  @Test func anErratumByPlaceWorksToo() {
    let result = build(errata: "- rule: sum\n  at: data/types.csv:4:17\n  message: rows add up\n  \(reason)\n")
    #expect(result.diagnostics.map(\.severity) == [.note])
  }

  @Test func anErratumThatAnswersNoFindingIsAnError() {
    let result = build(
      errata:
        "- rule: sum\n  table: types\n  row: 合计\n  column: amount\n  \(reason)\n- rule: sum\n  table: types\n  row: 合计\n  column: count\n  \(reason)\n"
    )
    #expect(
      result.diagnostics.filter { $0.severity == .error } == [
        Diagnostic(
          .error, at: CheckInput.at("Content/errata.yaml", 6, 3), rule: "stale-erratum",
          "this erratum answers no 'sum' finding at types row 合计 column count: if the figures were corrected, remove it")
      ])
  }

  @Test func anErratumNamingNoSuchPlaceIsAnError() {
    let result = build(
      errata:
        "- rule: sum\n  table: types\n  row: 上海\n  \(reason)\n- rule: sum\n  table: nothing\n  row: 合计\n  \(reason)\n- rule: sum\n  \(reason)\n"
    )
    #expect(
      result.diagnostics.filter { $0.severity == .error && $0.rule != "sum" } == [
        Diagnostic(.error, at: CheckInput.at("Content/errata.yaml", 1, 3), rule: "erratum-target", "erratum: table types has no row '上海'"),
        Diagnostic(.error, at: CheckInput.at("Content/errata.yaml", 5, 3), rule: "erratum-target", "erratum: no table 'nothing'"),
        Diagnostic(
          .error, at: CheckInput.at("Content/errata.yaml", 9, 3), rule: "missing-key",
          "an erratum names its place: 'table' and 'row' (and 'column'), or 'at'"),
      ])
  }

  @Test func theImpactOfAFigureFollowsItsMeasureToEveryTableChartAndPage() throws {
    var files = Fixture.files(
      schema: Fixture.schema.replacingOccurrences(of: "kind: decimal}", with: "kind: decimal, measure: turnover-2019}")
        + "\nchecks:\n  sum: [amount]\n")
    files.schemas.append(
      SourceFile(
        path: "Content/data/other.yaml",
        text:
          "title: {zh: 表, en: Table}\ncolumns:\n  - {key: item, label: {zh: 类别, en: Type}, kind: label}\n  - {key: amount, label: {zh: 成交额, en: Turnover}, kind: decimal, measure: turnover-2019}\n"
      ))
    files.tables.append(SourceFile(path: "Content/data/other.csv", text: "item,amount\n技术开发,7177.3\n"))
    let report = try #require(ReportParser.parse(files).0)
    let impact = try #require(Impact.of(CheckInput.at("Content/data/types.csv", 2, 15), in: report))
    #expect(
      impact
        == Impact(
          figure: .init(place: "Content/data/types.csv:2:14", what: "types 技术开发 amount = 7177.32"),
          quantity: "turnover-2019 of 技术开发",
          cells: [
            .init(place: "Content/data/types.csv:2:14", what: "types 技术开发 amount = 7177.32"),
            .init(place: "Content/data/other.csv:2:6", what: "other 技术开发 amount = 7177.3"),
          ],
          dependents: [
            .init(place: "Content/data/types.csv:4:17", what: "types 合计 amount = 22398.39 (total: sum)"),
            .init(place: "Content/data/types.csv:2:1", what: "types 技术开发 amount_2018 =  (derived)"),
          ],
          charts: [.init(place: "Content/data/types.yaml:13:5", what: "chart types-pie: 合同类型构成 (from types)")],
          pages: [
            .init(place: "en/overview.html#figure-types-pie", what: "Figure 1-1 (chart types-pie)"),
            .init(place: "en/overview.html#table-types", what: "Table 1-1 (table types)"),
            .init(place: "zh/overview.html#figure-types-pie", what: "图 1–1 (chart types-pie)"),
            .init(place: "zh/overview.html#table-types", what: "表 1–1 (table types)"),
            .init(place: "en/appendix.html#table-types", what: "Appendix Table 2 (table types)"),
            .init(place: "zh/appendix.html#table-types", what: "附表 2 (table types)"),
          ]))
    #expect(Impact.of(CheckInput.at("Content/data/types.csv", 9, 1), in: report) == nil)
  }
}
