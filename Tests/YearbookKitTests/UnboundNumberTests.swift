import Testing
@testable import YearbookKit

/// Figures typed in prose that a table prints are warned about, with the reference to write.
@Suite struct UnboundNumberTests {
  /// The `unbound-number` findings of the overview with `sentence` as its body's first
  /// paragraph in `lang`.
  func findings(_ sentence: String, _ lang: String = "zh") -> [String] {
    let placed = "\n\n```chart\ntypes-pie\n```\n\n```table\ntypes\n```\n"
    var files = Fixture.files()
    let chapter = Fixture.chapter(
      "overview", lang, title: lang == "zh" ? "概述" : "Overview", body: sentence + placed)
    files.chapters = files.chapters.map { $0.path == chapter.path ? chapter : $0 }
    return Yearbook.build(files).diagnostics.filter { $0.rule == "unbound-number" }.map(\.description)
  }

  func warning(_ message: String, _ lang: String = "zh", line: Int = 6) -> String {
    "Content/chapters/overview.\(lang).md:\(line): warning: \(message) [unbound-number]"
  }

  @Test func aTypedFigureOfATableIsAWarningNamingTheReference() {
    #expect(
      findings("全年共签订技术合同484077项。") == [
        warning(
          "484077 is a figure of table types: write it as [](#types/合计/count) so that it follows the table")
      ])
    #expect(
      findings("Turnover reached 22,398.39 (100 million yuan).", "en") == [
        warning("22398.39 is a figure of table types: write it as [](#types/合计/amount) so that it follows the table", "en")
      ])
  }

  @Test func aRoundedOrNegativeFigureNamesTheOptionsItNeeds() {
    #expect(
      findings("成交额约22398.4亿元，\n技术服务下降28.89%。") == [
        warning("22398.4 is a figure of table types: write it as [](#types/合计/amount \"decimals=1\") so that it follows the table"),
        warning("28.89 is a figure of table types: write it as [](#types/技术服务/growth \"abs\") so that it follows the table", line: 7),
      ])
  }

  /// The key figures print 484077 and 17.5 too, but the overview neither places nor quotes
  /// them: only the tables a chapter shows or quotes are compared with its prose.
  @Test func onlyTheTablesTheChapterShowsOrQuotesAreCompared() {
    #expect(findings("增长17.5%。") == [])
    #expect(findings("增长17.5%，共[](#keys/合同数/value)项。").count == 1)
  }

  @Test func yearsDatesSmallCountsAndOtherNumbersDoNotFire() {
    let sentences = [
      "2019年，31个省份中有10个排在前列，第1位为北京。",
      "In 2019, 31 provinces took part; 100 of them, on 3月8日.",
      "成交额12345.67亿元，合同198104项。",
      "见`484077`。",
      "共签订技术合同[](#types/合计/count)项。",
      "2018—2019年，增长约22398亿元。",
    ]
    for sentence in sentences {
      #expect(findings(sentence) == [], "\(sentence)")
    }
  }

  @Test func whichNumbersAreQuotable() {
    func quotable(_ text: String) -> Bool {
      NumberScanner.numbers(in: text).contains(where: PrintedFigures.isQuotable)
    }
    #expect(quotable("484077项"))
    #expect(quotable("2.5%"))
    #expect(quotable("1983家"))
    #expect(quotable("2,019 contracts"))
    #expect(quotable("105个"))
    #expect(!quotable("2019年"))
    #expect(!quotable("in 2019"))
    #expect(!quotable("2019—2020"))
    #expect(!quotable("31个"))
    #expect(!quotable("100项"))
    #expect(!quotable("12月"))
    #expect(!quotable("G20"))
  }
}
