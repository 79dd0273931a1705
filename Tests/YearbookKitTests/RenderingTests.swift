import Testing
@testable import YearbookKit

@Suite struct RenderingTests {
  func report() throws -> Report {
    try #require(ReportParser.parse(Fixture.files()).0)
  }

  @Test func tableHTMLIsExact() throws {
    let r = try report()
    let renderer = TableRenderer(translator: Translator(language: .en, glossary: r.glossary), rootPath: "../")
    let html = renderer.html(r.tables["types"]!, label: "Table 1-1", anchor: "table-types")
    try Snapshot.assert(html, named: "table-types.en.html")
  }

  @Test func chineseNumbersUngroupedEnglishGroupedWithARealMinus() throws {
    let r = try report()
    let zh = TableRenderer(translator: Translator(language: .zh, glossary: r.glossary), rootPath: "../").html(r.tables["types"]!, label: nil, anchor: "t")
    let en = TableRenderer(translator: Translator(language: .en, glossary: r.glossary), rootPath: "../").html(r.tables["types"]!, label: nil, anchor: "t")
    #expect(zh.contains("<td class=\"num\">484077</td>"))
    #expect(en.contains("<td class=\"num\">484,077</td>"))
    #expect(en.contains("<td class=\"num\">\u{2212}28.89</td>"))
    #expect(en.contains("<tr class=\"total\"><th scope=\"row\">Total</th>"))
    #expect(zh.contains("<th scope=\"row\">技术开发</th>"))
  }

  @Test func figuresAndTablesAreNumberedPerChapterIdenticallyInBothLanguages() throws {
    let r = try report()
    let zh = PlacementPlanner.placements(in: r.chapter("overview", .zh)!, report: r)
    let en = PlacementPlanner.placements(in: r.chapter("overview", .en)!, report: r)
    #expect(zh.map(\.label) == ["图 1–1", "表 1–1"])
    #expect(en.map(\.label) == ["Figure 1-1", "Table 1-1"])
    #expect(zh.map(\.anchor) == en.map(\.anchor))
    let appendix = PlacementPlanner.placements(in: r.chapter("appendix", .en)!, report: r)
    #expect(appendix.map(\.label) == ["Appendix Table 2"])
  }

  /// A placement's id is the first line of its block that is not empty, cut as
  /// `split(separator: "\n")` cuts it, a CRLF line ending included.
  @Test func aPlacementIdIsTheFirstLineThatIsNotEmpty() {
    for code in ["types\n", "\n\ntypes\nmore\n", "types", "", "\n\n", "表一\n", "types\r\nmore\r\n", "\r\ntypes\n", "a\u{301}\nb"] {
      #expect(PlacementPlanner.firstLine(of: code) == (code.split(separator: "\n").first.map(String.init) ?? ""), "\(code.debugDescription)")
    }
  }

  @Test func crossReferencesBecomeNumberedLinks() throws {
    let r = try report()
    let plans = r.chapters.map { ($0, PlacementPlanner.placements(in: $0, report: r)) }
    let renderer = ChapterRenderer(report: r, index: ReferenceIndex(plans: plans))
    let zh = renderer.render(r.chapter("overview", .zh)!, placements: plans[1].1)
    #expect(zh.diagnostics == [])
    #expect(zh.html.contains("<p>如<a class=\"xref\" href=\"#figure-types-pie\">图 1–1</a>所示。</p>"))
    #expect(zh.headings.map(\.text) == ["基本情况"])
    #expect(zh.html.contains("<svg"))
  }

  @Test func aDanglingReferenceIsAnErrorAtItsLine() throws {
    let bad = Fixture.chapter("overview", "zh", title: "概述", body: "见[](#nope)。\n\n```chart\ntypes-pie\n```\n\n```table\ntypes\n```\n")
    let result = Yearbook.build(Fixture.files(chapters: [bad, Fixture.overviewEN]))
    #expect(result.files.isEmpty)
    #expect(result.diagnostics.contains(Diagnostic(.error, at: SourceLocation(path: "Content/chapters/overview.zh.md", line: 6, column: 2), rule: "dangling-reference", "cross-reference to 'nope', which is no table or chart")))
  }

  @Test func aLabelWithoutEnglishIsAnError() {
    let result = Yearbook.build(Fixture.files(glossary: "zh,en\n合计,Total\n北京,Beijing\n项,contracts\n合同数,Contracts\n"))
    #expect(result.files.isEmpty)
    #expect(result.diagnostics.map(\.description).contains("Content/data/types.csv:2:1: error: '技术开发' has no en translation in glossary.csv [missing-translation]"))
  }

  @Test func subRowsAreTranslatedWithTheirPrefix() {
    let t = Translator(language: .en, glossary: Glossary(english: ["沈阳": "Shenyang"]))
    #expect(t.label("其中：沈阳") == "of which: Shenyang")
    #expect(t.label("北 京") == nil)
    #expect(Translator.normalize("北 京") == "北京")
    #expect(Translator.normalize("Inner Mongolia") == "Inner Mongolia")
    #expect(t.label("2019-04-05") == "2019-04-05")
  }
}

@Suite struct LanguageRunsTests {
  @Test func chineseRunsInEnglishPagesAreMarked() {
    #expect(LanguageRuns.html("The header reads 买方名称 (a misprint) & more", on: .en)
      == "The header reads <span lang=\"zh-Hans\">买方名称</span> (a misprint) &amp; more")
    #expect(LanguageRuns.html("中国 科学院", on: .en) == "<span lang=\"zh-Hans\">中国 科学院</span>")
    #expect(LanguageRuns.html("买方名称 <b>", on: .zh) == "买方名称 &lt;b&gt;")
  }
}
