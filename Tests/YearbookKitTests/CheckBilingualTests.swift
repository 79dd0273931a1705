import Testing
@testable import YearbookKit

@Suite struct CheckBilingualTests {
  func findings(zh: String, en: String) throws -> [Diagnostic] {
    let chapters = [
      Fixture.chapter("overview", "zh", title: "概述", body: zh), Fixture.chapter("overview", "en", title: "Overview", body: en),
    ]
    let report = try #require(ReportParser.parse(Fixture.files(chapters: chapters)).0)
    return Validator.bilingualNumbers(report)
  }

  @Test func numbersCarriedOverPass() throws {
    let zh = "全年共签订技术合同484077项，成交额22398.4亿元，增长26.6%。\n\n## 一、基本情况\n\n前10位中，江苏从第5位升至第3位，1月8日发布；1000万元以上的合同。\n"
    let en =
      "In the year 484,077 contracts were signed, worth 22,398.4 hundred million yuan, up 26.6%.\n\n## I. Main facts\n\nAmong the top ten, Jiangsu rose from fifth to third, published on 8 January; contracts of 10 million yuan or more.\n"
    #expect(try findings(zh: zh, en: en) == [])
  }

  @Test func aMissingNumberIsAWarningAtTheEnglishParagraph() throws {
    let zh = "## 一、基本情况\n\n第一段。\n\n成交额22398.4亿元，增长26.6%。\n"
    let en = "## I. Main facts\n\nFirst paragraph.\n\nTurnover reached 22,398.4 hundred million yuan, up 26.5%.\n"
    #expect(
      try findings(zh: zh, en: en) == [
        Diagnostic(
          .warning, at: CheckInput.at("Content/chapters/overview.en.md", 10, 0), rule: "bilingual-number",
          "26.6 is missing from this paragraph; its zh counterpart (Content/chapters/overview.zh.md:10) gives it")
      ])
  }

  @Test func paragraphsArePairedWithinSectionsAndACountMismatchIsNamed() throws {
    let zh = "## 一\n\n增长26.6%。\n\n## 二\n\n共5项。\n"
    let en = "## I\n\nUp 26.6%. Extra.\n\nAnother paragraph.\n\n## II\n\nFive in all.\n"
    #expect(
      try findings(zh: zh, en: en) == [
        Diagnostic(
          .warning, at: CheckInput.at("Content/chapters/overview.en.md", 6, 0), rule: "bilingual-paragraphs",
          "this section has 2 paragraphs in en but 1 in zh (Content/chapters/overview.zh.md:6); numbers are compared paragraph by paragraph, so some may be paired wrongly"
        )
      ])
  }

  @Test func theScannerReadsTheSourcesNotation() {
    #expect(NumberScanner.numbers(in: "成交额２２３９８.４亿元，484,077项，G20，R&D 3.5%").map(\.text) == ["22398.4", "484077", "3.5"])
    #expect(NumberWords.words(21) == ["twenty-one", "twenty-first"])
    #expect(NumberWords.words(12) == ["twelve", "twelfth"])
    #expect(NumberWords.words(40) == ["forty", "fortieth"])
  }
}
