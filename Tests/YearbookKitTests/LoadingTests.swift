import Testing
@testable import YearbookKit

@Suite struct LoadingTests {
  @Test func loadsTheFixtureWithoutFindings() throws {
    let (report, diagnostics) = ReportParser.parse(Fixture.files())
    #expect(diagnostics == [])
    let r = try #require(report)
    #expect(r.site.languages == [.zh, .en])
    #expect(r.chapters.map { "\($0.slug).\($0.language)" } == ["overview.en", "overview.zh", "appendix.en", "appendix.zh"])
    let table = try #require(r.tables["types"])
    #expect(table.rows.map(\.role) == [.plain, .plain, .total])
    #expect(table.rows[1].cells[4].number == -28.89)
    let derived = table.rows[0].cells[5]
    #expect(derived.isDerived && derived.decimals == 2)
    #expect(abs(derived.number! - 5888.36) < 0.01)
    #expect(r.charts["types-pie"]?.table == "types")
  }

  @Test func anUnterminatedQuoteNamesFileLineAndColumn() {
    let (_, diagnostics) = ReportParser.parse(Fixture.files(csv: "item,role,count,amount,growth\n技术开发,,198105,\"7177.32,21.89\n"))
    #expect(diagnostics == [Diagnostic(.error, at: SourceLocation(path: "Content/data/types.csv", line: 2, column: 14), rule: "csv-syntax", "unterminated quoted field")])
  }

  @Test func everyBadCellIsReportedNotJustTheFirst() {
    let (_, diagnostics) = ReportParser.parse(Fixture.files(csv: "item,role,count,amount,growth\n技术开发,,19x,7177.32,21.89\n技术服务,oops,1.5,12418.08,1\n"))
    #expect(diagnostics == [
      Diagnostic(.error, at: SourceLocation(path: "Content/data/types.csv", line: 2, column: 7), rule: "bad-number", "'19x' in column 'count' (integer) is not a number"),
      Diagnostic(.error, at: SourceLocation(path: "Content/data/types.csv", line: 3, column: 6), rule: "bad-role", "unknown row role 'oops'; expected empty, total, group, subtotal, member, sub"),
      Diagnostic(.error, at: SourceLocation(path: "Content/data/types.csv", line: 3, column: 11), rule: "bad-number", "'1.5' in column 'count' is not a whole number"),
    ])
  }

  @Test func raggedRowsUnknownAndMissingColumns() {
    let (_, ragged) = ReportParser.parse(Fixture.files(csv: "item,role,count,amount,growth\n技术开发,,1,2\n"))
    #expect(ragged.map(\.description) == ["Content/data/types.csv:2:1: error: row has 4 fields, the header has 5 [csv-ragged]"])
    let (_, columns) = ReportParser.parse(Fixture.files(csv: "item,role,count,amount,extra\n"))
    #expect(columns.sorted().map(\.description) == [
      "Content/data/types.csv:1:1: error: column 'growth' declared in types.yaml is missing from the CSV [missing-column]",
      "Content/data/types.csv:1:24: error: column 'extra' is not declared in types.yaml [unknown-column]",
    ].sorted())
  }

  @Test func yamlSyntaxErrorsHaveALine() {
    let (_, diagnostics) = ReportParser.parse(Fixture.files(schema: "title: {zh: a, en: b\ncolumns: []\n"))
    #expect(diagnostics.count == 1, "\(diagnostics)")
    #expect(diagnostics.first?.rule == "yaml-syntax")
    #expect(diagnostics.first?.location.path == "Content/data/types.yaml")
    #expect((diagnostics.first?.location.line ?? 0) >= 1)
  }

  @Test func frontMatterErrorsPointIntoTheChapterFile() {
    let bad = Fixture.chapter("overview", "zh", title: "概述", body: "text\n", template: "nonsense", extra: "colour: red\n")
    let (_, diagnostics) = ReportParser.parse(Fixture.files(chapters: [bad, Fixture.overviewEN]))
    #expect(diagnostics.sorted().map(\.description) == [
      "Content/chapters/overview.zh.md:3:11: error: unknown template 'nonsense'; expected one of agencies, appendix, chronicle, composition, overview, regions [unknown-template]",
      "Content/chapters/overview.zh.md:5:1: error: unknown key 'colour' in the front matter; expected one of draft, numbering, part, summary, template, title, unsafe_html [unknown-key]",
    ])
  }
}
