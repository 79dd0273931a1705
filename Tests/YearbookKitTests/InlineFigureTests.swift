import Testing
@testable import YearbookKit

/// Figures quoted in prose from table cells: `[](#types/合计/amount "decimals=1 unit sign")`.
@Suite struct InlineFigureTests {
  /// The overview's HTML in `lang` with `sentence` as its first paragraph, and the findings.
  func render(_ sentence: String, _ lang: String = "zh") throws -> (html: String, diagnostics: [Diagnostic]) {
    let report = try #require(ReportParser.parse(Fixture.files(chapters: chapters(overview: sentence, lang))).0)
    let plans = report.chapters.map { ($0, PlacementPlanner.placements(in: $0, report: report)) }
    let renderer = ChapterRenderer(report: report, index: ReferenceIndex(plans: plans))
    let (chapter, placements) = try #require(plans.first { $0.0.slug == "overview" && $0.0.language.code == lang })
    let rendered = renderer.render(chapter, placements: placements)
    return (rendered.html, rendered.diagnostics)
  }

  func chapters(overview sentence: String, _ lang: String) -> [SourceFile] {
    let placed = "\n\n```chart\ntypes-pie\n```\n\n```table\ntypes\n```\n"
    return [
      Fixture.chapter("overview", "zh", title: "概述", body: (lang == "zh" ? sentence : "概述。") + placed),
      Fixture.chapter("overview", "en", title: "Overview", body: (lang == "en" ? sentence : "Overview.") + placed),
      Fixture.chapter(
        "appendix", "en", title: "Appendix", body: "```table\ntypes\n```\n", template: "appendix", part: 6, extra: "numbering: appendix\n"),
      Fixture.chapter(
        "appendix", "zh", title: "附表", body: "```table\ntypes\n```\n", template: "appendix", part: 6, extra: "numbering: appendix\n"),
    ]
  }

  /// The figure's HTML in `lang`, with no findings.
  func figure(_ link: String, _ lang: String) throws -> String {
    let (html, diagnostics) = try render("x\(link)y", lang)
    #expect(diagnostics == [])
    let start = try #require(html.range(of: "<p>x"))
    let end = try #require(html.range(of: "y</p>", range: start.upperBound..<html.endIndex))
    return String(html[start.upperBound..<end.lowerBound])
  }

  func link(_ number: String, value: String, unit: String = "", href: String = "#table-types") -> String {
    "<a class=\"figure-ref\" href=\"\(href)\"><data value=\"\(value)\">\(number)</data>\(unit)</a>"
  }

  @Test func aCellPrintsAsTheTablePrintsItInEachLanguage() throws {
    #expect(try figure("[](#types/合计/amount)", "zh") == link("22398.39", value: "22398.39"))
    #expect(try figure("[](#types/合计/amount)", "en") == link("22,398.39", value: "22398.39"))
    #expect(try figure("[](#types/合计/count)", "en") == link("484,077", value: "484077"))
    #expect(try figure("[](#types/%E5%90%88%E8%AE%A1/count)", "en") == link("484,077", value: "484077"))
    #expect(try figure("[](#types/技术服务/growth)", "en") == link("\u{2212}28.89", value: "-28.89"))
  }

  @Test func decimalsRoundThePrintedFigureHalfAwayFromZero() throws {
    #expect(try figure("[](#types/合计/amount \"decimals=1\")", "zh") == link("22398.4", value: "22398.39"))
    #expect(try figure("[](#types/合计/amount \"decimals=1\")", "en") == link("22,398.4", value: "22398.39"))
    #expect(try figure("[](#types/合计/amount \"decimals=0\")", "en") == link("22,398", value: "22398.39"))
    #expect(try figure("[](#types/技术服务/growth \"decimals=1\")", "en") == link("\u{2212}28.9", value: "-28.89"))
    #expect(try figure("[](#types/合计/amount \"decimals=2\")", "zh") == link("22398.39", value: "22398.39"))
    #expect(InlineFigure.rounded(0.25, from: 2, to: 1) == 0.3)
    #expect(InlineFigure.rounded(-0.25, from: 2, to: 1) == -0.3)
    #expect(InlineFigure.rounded(2.675, from: 3, to: 2) == 2.68)
  }

  @Test func unitAppendsTheColumnsOrTheTablesUnitInTheLanguage() throws {
    #expect(try figure("[](#types/合计/count \"unit\")", "zh") == link("484077", value: "484077", unit: "项"))
    #expect(try figure("[](#types/合计/count \"unit\")", "en") == link("484,077", value: "484077", unit: " contracts"))
    #expect(try figure("[](#types/合计/amount \"unit\")", "zh") == link("22398.39", value: "22398.39", unit: "亿元"))
    #expect(try figure("[](#types/合计/amount \"unit\")", "en") == link("22,398.39", value: "22398.39", unit: " 100 million yuan"))
    #expect(try figure("[](#types/合计/growth \"unit\")", "en") == link("26.56", value: "26.56", unit: "%"))
  }

  @Test func signMarksAPositiveFigureOnly() throws {
    #expect(try figure("[](#types/合计/growth \"sign\")", "zh") == link("+26.56", value: "26.56"))
    #expect(try figure("[](#types/技术服务/growth \"sign unit\")", "en") == link("\u{2212}28.89", value: "-28.89", unit: "%"))
    #expect(try figure("[](#types/技术开发/growth \"decimals=1  unit sign\")", "en") == link("+21.9", value: "21.89", unit: "%"))
  }

  @Test func absDropsTheMinusForASentenceThatSaysTheFall() throws {
    #expect(try figure("[](#types/技术服务/growth \"abs unit\")", "zh") == link("28.89", value: "-28.89", unit: "%"))
    #expect(try figure("[](#types/技术服务/growth \"abs decimals=1\")", "en") == link("28.9", value: "-28.89"))
  }

  @Test func aFigureLinksToItsTableOnThisPageOrWhereItIsPlaced() throws {
    let body = "见[](#types/合计/count)项。\n\n```chart\ntypes-pie\n```\n"
    let files = Fixture.files(chapters: [
      Fixture.chapter("overview", "zh", title: "概述", body: body),
      Fixture.chapter(
        "overview", "en", title: "Overview", body: "See [](#types/技术开发/amount) and [](#types/合计/amount).\n\n```chart\ntypes-pie\n```\n"),
      Fixture.chapter(
        "appendix", "en", title: "Appendix", body: "```table\ntypes\n```\n", template: "appendix", part: 6, extra: "numbering: appendix\n"),
      Fixture.chapter(
        "appendix", "zh", title: "附表", body: "```table\ntypes\n```\n", template: "appendix", part: 6, extra: "numbering: appendix\n"),
    ])
    let result = Yearbook.build(files)
    #expect(result.diagnostics.filter { $0.severity == .error } == [])
    let zh = try #require(result.files.first { $0.path == "zh/overview.html" }).text
    let en = try #require(result.files.first { $0.path == "en/overview.html" }).text
    // The count is in no chart, nor is the total (a pie draws the parts): the table on the
    // appendix page. A part's amount is drawn here.
    #expect(zh.contains(link("484077", value: "484077", href: "appendix.html#table-types")))
    #expect(en.contains(link("7,177.32", value: "7177.32", href: "#figure-types-pie")))
    #expect(en.contains(link("22,398.39", value: "22398.39", href: "appendix.html#table-types")))
  }

  @Test func rowsAreNamedAsCheckNamesThem() throws {
    let csv =
      "item,role,count,amount,growth\n技术开发,group,,,\n其中：国内,sub,100,1.5,2\n其他,member,3,4.25,5\n技术服务,group,,,\n其他,member,6,7.75,8\n合计,total,109,13.5,9\n"
    var files = Fixture.files(csv: csv, glossary: Fixture.glossary + "其中：国内,of which: domestic\n其他,Other\n")
    files.chapters = chapters(overview: "[](#types/国内/count)、[](#types/技术服务/其他/amount)、[](#types/其中：国内/count)。", "zh")
    let report = try #require(ReportParser.parse(files).0)
    let table = try #require(report.tables["types"])
    #expect(CellLocator.rowNames(table, column: 2) == [nil, "国内", "技术开发/其他", nil, "技术服务/其他", "合计"])
    let html = try #require(Yearbook.build(files).files.first { $0.path == "zh/overview.html" }).text
    #expect(
      html.contains(
        "<data value=\"100\">100</data></a>、<a class=\"figure-ref\" href=\"#table-types\"><data value=\"7.75\">7.75</data></a>、"))
  }

  @Test func anAliasNamesItsRow() throws {
    let schema = Fixture.schema + "\naliases: {合计: 全部合同}\n"
    var files = Fixture.files(schema: schema)
    files.chapters = chapters(overview: "[](#types/全部合同/count)", "zh")
    let result = Yearbook.build(files)
    #expect(result.diagnostics.filter { $0.severity == .error } == [])
    let html = try #require(result.files.first { $0.path == "zh/overview.html" }).text
    #expect(html.contains("<data value=\"484077\">484077</data>"))
  }

  /// Each bad reference is an error at the link, with the names nearest to a misspelt one.
  @Test func aBadTargetIsAnErrorAtTheLink() throws {
    let cases: [(String, String)] = [
      ("[](#typo/合计/count)", "no table 'typo': did you mean 'types'?"),
      ("[](#types/总计/count)", "table types has no row '总计': did you mean '合计'?"),
      ("[](#types/合计/cont)", "table types has no column of figures 'cont': did you mean 'count'?"),
      ("[](#types/合计/item)", "table types has no column of figures 'item'"),
      ("[](#types/count)", "'#types/count' is not #<table>/<row>/<column>"),
      ("[](#types//count)", "'#types//count' is not #<table>/<row>/<column>: a part is empty"),
      ("[](#types/合计/count \"bold\")", "unknown option 'bold' (options are decimals=N, unit, sign, abs)"),
      ("[](#types/合计/count \"decimals=x\")", "'decimals=x': decimals is a whole number from 0 to 6"),
      ("[](#types/合计/count \"decimals=1\")", "decimals=1: the table prints this figure with 0"),
      ("[](#keys/合同数/value \"unit\")", "'unit': column 'value' and its table declare no unit"),
    ]
    for (link, message) in cases {
      let (html, diagnostics) = try render("句子\(link)。", "zh")
      #expect(
        diagnostics == [
          Diagnostic(
            .error, at: SourceLocation(path: "Content/chapters/overview.zh.md", line: 6, column: 3), rule: "figure-reference", message)
        ],
        "\(link)")
      #expect(html.contains("<span class=\"xref broken\">??</span>"))
    }
  }

  @Test func aCellThatPrintsNothingIsAnError() throws {
    let csv = Fixture.csv.replacingOccurrences(of: "技术开发,,198105,7177.32,21.89", with: "技术开发,,198105,,21.89")
    var files = Fixture.files(csv: csv)
    files.chapters = chapters(overview: "见[](#types/技术开发/amount)", "en")
    let result = Yearbook.build(files)
    #expect(
      result.diagnostics.contains(
        Diagnostic(
          .error, at: SourceLocation(path: "Content/chapters/overview.en.md", line: 6, column: 2), rule: "figure-reference",
          "table types prints no figure in row '技术开发', column 'amount'")))
    #expect(result.files.isEmpty)
  }

  @Test func aFigureOfAnUnplacedTableIsAnErrorUnlessTheCoverShowsIt() throws {
    #expect(try figure("[](#keys/合同数/value)", "en") == link("484,077", value: "484077", href: "index.html#key-figures-title"))
    var files = Fixture.files(schema: Fixture.schema)
    files.schemas.append(SourceFile(path: "Content/data/loose.yaml", text: Fixture.keysSchema))
    files.tables.append(SourceFile(path: "Content/data/loose.csv", text: Fixture.keysCSV))
    files.chapters = chapters(overview: "见[](#loose/合同数/value)", "zh")
    #expect(
      Yearbook.build(files).diagnostics.contains(
        Diagnostic(
          .error, at: SourceLocation(path: "Content/chapters/overview.zh.md", line: 6, column: 2), rule: "figure-reference",
          "no zh page shows table loose or a chart of this figure")))
  }

  @Test func hostileReferencesNeverCrash() throws {
    let long = String(repeating: "长", count: 5000)
    for link in [
      "[](#/)", "[](#//)", "[](#///)", "[](#a/\(long)/b)", "[](#types/\(long)/count)",
      "[](#types/合计/count \"decimals=99999999999999999999\")",
      "[](<#types/a b/count>)", "[](#types/合计/count \"decimals=-1\")",
    ] {
      let (_, diagnostics) = try render("x\(link)", "en")
      #expect(diagnostics.count == 1 && diagnostics[0].rule == "figure-reference", "\(link.prefix(40))")
    }
  }

  /// A page quoting a table it does not place is remade when the table changes (`serve`
  /// reloads it), and only then.
  @Test func aPageQuotingATableIsRemadeWhenTheTableChanges() throws {
    var before = Fixture.files()
    let path = "Content/chapters/appendix.en.md"
    let index = try #require(before.chapters.firstIndex { $0.path == path })
    before.chapters[index].text += "\nContracts: [](#keys/合同数/value).\n"
    var after = before
    let keys = try #require(after.tables.firstIndex { $0.path == "Content/data/keys.csv" })
    after.tables[keys].text = after.tables[keys].text.replacingOccurrences(of: "484077", with: "484078")
    var builder = IncrementalBuilder(options: BuildOptions())
    #expect(!builder.build(before).result.diagnostics.hasErrors)
    let second = builder.build(after)
    #expect(second.made.contains("en/appendix.html"))
    #expect(!second.made.contains("zh/appendix.html"))
    let page = try #require(second.result.files.first { $0.path == "en/appendix.html" }).text
    #expect(page.contains("<data value=\"484078\">484,078</data>"))
  }
}
