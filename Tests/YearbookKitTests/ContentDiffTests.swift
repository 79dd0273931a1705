import Testing
@testable import YearbookKit

/// `yearbook diff`: what changed in the data between two content folders, and what it touches.
@Suite struct ContentDiffTests {
  func report(csv: String = Fixture.csv, schema: String = Fixture.schema, chapters: [SourceFile]? = nil) throws -> Report {
    try #require(ReportParser.parse(Fixture.files(chapters: chapters, csv: csv, schema: schema)).0)
  }

  @Test func aChangedCellAnAddedRowAndARemovedColumn() throws {
    let old = try report()
    let csv = "item,role,count,amount\n技术开发,,198105,7717.32\n技术服务,,237804,12418.08\n技术转让,,16953,2188.88\n合计,total,484077,22398.39\n"
    let schema = Fixture.schema
      .replacingOccurrences(of: "  - {key: growth, label: {zh: 增长, en: Growth}, kind: percent}\n", with: "")
      .replacingOccurrences(of: "amount / (1 + growth / 100)", with: "amount")
    let new = try report(csv: csv, schema: schema)
    let diff = ContentDiff(old: old, new: new)
    #expect(
      diff.changes.map { ($0.location.description, $0.table, $0.row, $0.column, "\($0.kind)") }.map { "\($0)" } == [
        "(\"Content/data/types.yaml:10:5\", \"types\", \"\", \"growth\", \"columnRemoved\")",
        "(\"Content/data/types.csv:2:14\", \"types\", \"技术开发\", \"amount\", \"figure(was: \\\"7177.32\\\", now: \\\"7717.32\\\")\")",
        "(\"Content/data/types.csv:4:1\", \"types\", \"技术转让\", \"\", \"rowAdded\")",
      ])
    let text = diff.text
    #expect(
      text.hasPrefix(
        "Content/data/types.yaml:10:5: types growth: column removed\nContent/data/types.csv:2:14: types 技术开发 amount: 7177.32 → 7717.32\n"))
    #expect(text.contains("  computed from it (1):\n    Content/data/types.csv:2:1: types 技术开发 amount_2018 =  (derived)\n"))
    #expect(text.contains("  charts (1):\n"))
    #expect(text.contains("    en/overview.html#table-types: Table 1-1 (table types)\n"))
    #expect(text.hasSuffix("Content/data/types.csv:4:1: types 技术转让: row added\n"))
  }

  @Test func aRemovedRowAndTablesAddedAndRemoved() throws {
    let old = try report()
    var files = Fixture.files(csv: "item,role,count,amount,growth\n技术开发,,198105,7177.32,21.89\n合计,total,198105,7177.32,26.56\n")
    files.schemas.removeAll { $0.path.hasSuffix("keys.yaml") }
    files.tables.removeAll { $0.path.hasSuffix("keys.csv") }
    files.schemas.append(SourceFile(path: "Content/data/more.yaml", text: Fixture.keysSchema))
    files.tables.append(SourceFile(path: "Content/data/more.csv", text: Fixture.keysCSV))
    let new = try #require(ReportParser.parse(files).0)
    let lines = ContentDiff(old: old, new: new).text.split(separator: "\n").filter { !$0.hasPrefix(" ") }
    #expect(
      lines == [
        "Content/data/keys.csv: keys: table removed",
        "Content/data/more.csv: more: table added",
        "Content/data/types.csv:3:10: types 合计 count: 484077 → 198105",
        "Content/data/types.csv:3:17: types 合计 amount: 22398.39 → 7177.32",
        "Content/data/types.csv:3:1: types 技术服务: row removed",
      ])
  }

  @Test func theSameContentHasNoChangesAndTheImpactListsQuotingSentences() throws {
    let body = "见[](#types/技术开发/amount \"unit\")。\n\n```chart\ntypes-pie\n```\n\n```table\ntypes\n```\n"
    let chapters = [
      Fixture.chapter("overview", "zh", title: "概述", body: body), Fixture.overviewEN,
      Fixture.chapter(
        "appendix", "en", title: "Appendix", body: "```table\ntypes\n```\n", template: "appendix", part: 6, extra: "numbering: appendix\n"),
      Fixture.chapter(
        "appendix", "zh", title: "附表", body: "```table\ntypes\n```\n", template: "appendix", part: 6, extra: "numbering: appendix\n"),
    ]
    let old = try report(chapters: chapters)
    #expect(ContentDiff(old: old, new: old).changes == [])
    let new = try report(csv: Fixture.csv.replacingOccurrences(of: "7177.32", with: "7177.33"), chapters: chapters)
    let change = try #require(ContentDiff(old: old, new: new).changes.first)
    #expect(
      change.impact?.quotes == [Impact.Entry(place: "Content/chapters/overview.zh.md:6:2", what: "quotes #types/技术开发/amount in prose")])
  }

  @Test func revisionsYAMLListsChangedFiguresWithTheReasonLeftEmpty() throws {
    let old = try report()
    let new = try report(csv: Fixture.csv.replacingOccurrences(of: "7177.32", with: "7717.32").replacingOccurrences(of: "－28.89", with: ""))
    let diff = ContentDiff(old: old, new: new)
    let entry = "- date: \n  table: \"types\"\n  row: \"技术开发\"\n  column: \"amount\"\n  was: 7177.32\n  reason: {zh: \"\", en: \"\"}\n"
    // A figure no longer printed is no revision of a figure.
    #expect(diff.revisionsYAML(date: nil) == entry)
    #expect(diff.revisionsYAML(date: "2021-03-15") == entry.replacingOccurrences(of: "- date: \n", with: "- date: 2021-03-15\n"))
    #expect(ContentDiff.quoted("a\"b\\c\u{1}") == "\"a\\\"b\\\\c\\x01\"")
    // Filled in, the entries are a revisions.yaml the build accepts.
    var files = Fixture.files(csv: Fixture.csv.replacingOccurrences(of: "7177.32", with: "7717.32"))
    files.revisions = SourceFile(
      path: "Content/revisions.yaml",
      text: diff.revisionsYAML(date: "2021-03-15").replacingOccurrences(of: "{zh: \"\", en: \"\"}", with: "{zh: 更正, en: Corrected}"))
    #expect(Yearbook.build(files).diagnostics.filter { $0.severity == .error } == [])
    files.revisions?.text = diff.revisionsYAML(date: "2021-03-15")
    #expect(
      Yearbook.build(files).diagnostics.map(\.message).contains(
        "a revision says why it was made in every language: the zh reason is empty"))
  }
}
