import Testing
@testable import YearbookKit

/// `revisions.yaml`: a revised figure is marked wherever it is shown and listed, newest first,
/// on each language's revisions page; a revision naming no cell or whose `was` is the figure
/// printed now is an error.
@Suite struct RevisionTests {
  static let revisions = """
    - date: 2021-03-15
      table: types
      row: 技术开发
      column: amount
      was: 7717.32
      reason: {zh: 更正原表印刷错误, en: Corrects a misprint in the printed table}
    - date: 2021-06-01
      table: keys
      row: 合同数
      column: value
      was: 484000
      reason: {zh: 补充登记, en: Late registrations}
    """

  /// The fixture, with the revisions, and a sentence quoting the revised figure in both languages.
  func files(_ revisions: String = revisions) -> ContentFiles {
    var files = Fixture.files(chapters: [
      Fixture.chapter(
        "overview", "zh", title: "概述", body: "技术开发[](#types/技术开发/amount \"unit\")。\n\n```chart\ntypes-pie\n```\n\n```table\ntypes\n```\n"),
      Fixture.chapter(
        "overview", "en", title: "Overview",
        body: "Development [](#types/技术开发/amount \"unit\").\n\n```chart\ntypes-pie\n```\n\n```table\ntypes\n```\n"),
      Fixture.chapter(
        "appendix", "en", title: "Appendix", body: "```table\ntypes\n```\n", template: "appendix", part: 6, extra: "numbering: appendix\n"),
      Fixture.chapter(
        "appendix", "zh", title: "附表", body: "```table\ntypes\n```\n", template: "appendix", part: 6, extra: "numbering: appendix\n"),
    ])
    files.revisions = SourceFile(path: "Content/revisions.yaml", text: revisions)
    return files
  }

  func page(_ result: Yearbook.Result, _ path: String) throws -> String {
    try #require(result.files.first { $0.path == path }, "\(path)").text
  }

  static let zhMark = "<sup class=\"revision-mark\"><a href=\"revisions.html#revision-2\" title=\"2021-03-15修订，原为7717.32\">修</a></sup>"
  static let enMark =
    "<sup class=\"revision-mark\"><a href=\"revisions.html#revision-2\" title=\"Revised on 2021-03-15; was 7,717.32\">r</a></sup>"

  @Test func aRevisedFigureIsMarkedInTablesChartDataProseAndOnTheCover() throws {
    let result = Yearbook.build(files())
    #expect(result.diagnostics.filter { $0.severity != .note } == [])
    let zh = try page(result, "zh/overview.html")
    let en = try page(result, "en/overview.html")
    // The table, the chart's data table and the sentence: three marks on each page.
    #expect(zh.components(separatedBy: Self.zhMark).count - 1 == 3)
    #expect(en.components(separatedBy: Self.enMark).count - 1 == 3)
    #expect(zh.contains("<td class=\"num\">7177.32\(Self.zhMark)</td>"))
    #expect(en.contains("<td class=\"num\">7,177.32\(Self.enMark)</td>"))
    #expect(en.contains("<data value=\"7177.32\">7,177.32</data> 100 million yuan</a>\(Self.enMark)."))
    #expect(try page(result, "zh/appendix.html").contains("<td class=\"num\">7177.32\(Self.zhMark)</td>"))
    // Figures not revised are not marked.
    #expect(!zh.contains("12418.08<sup"))
    let cover = try page(result, "en/index.html")
    #expect(cover.contains("<p class=\"last-revised\"><a href=\"revisions.html\">Last revised: 2021-06-01</a></p>"))
    #expect(cover.contains("<span class=\"value\">484,077<sup class=\"revision-mark\"><a href=\"revisions.html#revision-1\""))
    #expect(try page(result, "zh/index.html").contains("最近修订：2021-06-01"))
  }

  @Test func bothRevisionsPagesListEveryRevisionNewestFirst() throws {
    let result = Yearbook.build(files())
    let zh = try page(result, "zh/revisions.html")
    let en = try page(result, "en/revisions.html")
    #expect(zh.contains("<html lang=\"zh-Hans\""))
    #expect(zh.contains("<h1>数据修订记录</h1>"))
    let first = try #require(en.range(of: "<li id=\"revision-1\">"))
    let second = try #require(en.range(of: "<li id=\"revision-2\">"))
    #expect(first.lowerBound < second.lowerBound)
    #expect(
      en.contains(
        "<time datetime=\"2021-03-15\">2021-03-15</time> <a href=\"overview.html#table-types\">Table 1-1</a> <span class=\"title\">Contract types</span>"
      ))
    #expect(en.contains("<dt>Row</dt><dd>Technology development</dd>"))
    #expect(en.contains("<dt>Was → now</dt><dd><del>7,717.32</del> → <ins>7,177.32</ins></dd>"))
    #expect(en.contains("<dd>Corrects a misprint in the printed table</dd>"))
    #expect(zh.contains("<dd><del>7717.32</del> → <ins>7177.32</ins></dd>"))
    #expect(zh.contains("<dd>更正原表印刷错误</dd>"))
    // The key figure is on the cover.
    #expect(zh.contains("<a href=\"index.html#key-figures-title\">主要数据</a>"))
    #expect(result.files.contains { $0.path == "sitemap.xml" && $0.text.contains("en/revisions.html") })
  }

  @Test func withoutRevisionsThereIsNoPageNoMarkAndNoCoverLine() throws {
    var files = files()
    files.revisions = nil
    let result = Yearbook.build(files)
    #expect(!result.files.contains { $0.path.hasSuffix("revisions.html") })
    #expect(!result.files.contains { $0.text.contains("revision-mark") || $0.text.contains("last-revised") })
  }

  @Test func aStaleRevisionIsAnError() {
    let stale = Self.revisions.replacingOccurrences(of: "was: 7717.32", with: "was: 7177.320")
    let result = Yearbook.build(files(stale))
    #expect(result.files.isEmpty)
    #expect(
      result.diagnostics.contains(
        Diagnostic(
          .error, at: SourceLocation(path: "Content/revisions.yaml", line: 1, column: 3), rule: "stale-revision",
          "this revision's 'was' (7177.320) is the figure types prints now (Content/data/types.csv:2:14): if the figure was not changed, remove the revision"
        )))
  }

  @Test func aDanglingRevisionIsAnError() {
    for (edit, message) in [
      ("table: types", "table: typo", "revision: no table 'typo': did you mean 'types'?"),
      ("row: 技术开发", "row: 技术研发", "revision: table types has no row '技术研发': did you mean '技术开发', '技术服务'?"),
      ("column: amount", "column: amounts", "revision: table types has no column of figures 'amounts': did you mean 'amount'?"),
    ].map({ (($0.0, $0.1), $0.2) }) {
      let result = Yearbook.build(files(Self.revisions.replacingOccurrences(of: edit.0, with: edit.1)))
      #expect(result.files.isEmpty)
      #expect(
        result.diagnostics.contains(
          Diagnostic(.error, at: SourceLocation(path: "Content/revisions.yaml", line: 1, column: 3), rule: "revision-target", message)),
        "\(message)")
    }
  }

  @Test func malformedEntriesAreErrorsAtTheirPlace() {
    let bad = """
      - date: 15.3.2021
        table: types
        row: 技术开发
        column: amount
        was: seven
        reason: {zh: 原因, en: Why}
        extra: 1
      - table: types
      """
    let found = Yearbook.build(files(bad)).diagnostics.filter { $0.location.path == "Content/revisions.yaml" }.map(\.description)
    #expect(found.contains { $0.contains("'date' is a day written YYYY-MM-DD, not '15.3.2021'") })
    #expect(found.contains { $0.contains("'was' is the figure as published before, a number, not 'seven'") })
    #expect(found.contains { $0.contains("unknown-key") || $0.contains("extra") })
    #expect(found.contains { $0.contains("missing key 'date'") })
    #expect(RevisionsParser.isDate("2021-03-15"))
    #expect(!RevisionsParser.isDate("2021-13-01") && !RevisionsParser.isDate("2021-3-15") && !RevisionsParser.isDate("２０２１-03-15"))
  }
}

extension RevisionTests {
  /// `serve`'s rebuilds: recording a revision, or changing a revised table, remakes the pages
  /// that show it, and what they make is what a full build makes.
  @Test func incrementalBuildsFollowRevisions() throws {
    var without = files()
    without.revisions = nil
    var builder = IncrementalBuilder(options: BuildOptions())
    #expect(!builder.build(without).result.diagnostics.hasErrors)
    let added = builder.build(files())
    #expect(added.made.contains("zh/revisions.html") && added.made.contains("en/overview.html") && added.made.contains("zh/index.html"))
    #expect(added.result.files == Yearbook.build(files()).files)
    var edited = files()
    let csv = try #require(edited.tables.firstIndex { $0.path == "Content/data/types.csv" })
    edited.tables[csv].text = edited.tables[csv].text.replacingOccurrences(of: "7177.32", with: "7177.42")
    let changed = builder.build(edited)
    #expect(changed.made.contains("en/revisions.html"))
    #expect(changed.result.files == Yearbook.build(edited).files)
    #expect(try page(changed.result, "en/revisions.html").contains("<ins>7,177.42</ins>"))
  }
}
