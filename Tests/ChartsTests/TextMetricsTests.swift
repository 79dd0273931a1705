import Testing

@testable import Charts

@Suite struct TextMetricsTests {
  @Test func chineseIsFullWidthAndDigitsAreAboutHalf() {
    #expect(TextMetrics.width(of: "北京", fontSize: 12) == 24)
    #expect(TextMetrics.width(of: "（推算）", fontSize: 10) == 40)
    #expect(TextMetrics.width(of: "2019", fontSize: 10) == 22)
    #expect(abs(TextMetrics.width(of: "2019年", fontSize: 10) - 32) < 1e-9)
  }

  @Test func latinLettersVaryAroundAHalfEm() {
    #expect(abs(TextMetrics.width(of: "Beijing", fontSize: 10) - 32.3) < 1e-9)
    #expect(abs(TextMetrics.width(of: "Inner Mongolia", fontSize: 10) - 69) < 1e-9)
    #expect(TextMetrics.width(of: "", fontSize: 12) == 0)
    #expect(TextMetrics.width(of: ["北京", "Beijing"], fontSize: 10) == 32.3)
  }

  @Test func measuresASCIIFromItsTableAsFromTheGeneralRules() {
    for byte in UInt8(0)..<0x80 {
      #expect(TextMetrics.asciiEm(byte) == TextMetrics.measuredEm(Unicode.Scalar(byte)), "\(byte)")
    }
  }

  @Test func linesAreAQuarterEmApart() {
    #expect(TextMetrics.height(lines: 2, fontSize: 12) == 30)
  }

  @Test func breaksChineseBetweenCharactersButNotBeforePunctuation() {
    #expect(TextMetrics.breakablePieces("生物、医药") == ["生", "物、", "医", "药"])
    #expect(TextMetrics.breakablePieces("Inner Mongolia") == ["Inner ", "Mongolia"])
    #expect(TextMetrics.breakablePieces("2019年") == ["2019", "年"])
    #expect(TextMetrics.breakablePieces("（推算）") == ["（推", "算）"])
  }

  @Test func wrapsOntoTwoEvenLinesOnlyWhenNeeded() {
    #expect(TextMetrics.wrap("北京", maxWidth: 30, fontSize: 12, maxLines: 2) == ["北京"])
    #expect(
      TextMetrics.wrap("城市建设与社会发展", maxWidth: 60, fontSize: 12, maxLines: 2)
        == ["城市建设", "与社会发展"])
    #expect(
      TextMetrics.wrap("Inner Mongolia", maxWidth: 60, fontSize: 12, maxLines: 2)
        == ["Inner", "Mongolia"])
    #expect(TextMetrics.wrap("Heilongjiang", maxWidth: 40, fontSize: 12, maxLines: 2) == nil)
    #expect(TextMetrics.wrap("城市建设与社会发展", maxWidth: 40, fontSize: 12, maxLines: 2) == nil)
    #expect(
      TextMetrics.wrap("城市建设与社会发展", maxWidth: 40, fontSize: 12, maxLines: 3)
        == ["城市建", "设与社", "会发展"])
  }

  @Test func greedyLinesKeepWordsWhole() {
    #expect(
      TextMetrics.greedyLines("Urban construction and social development", maxWidth: 130, fontSize: 12)
        == ["Urban construction", "and social", "development"])
    #expect(
      TextMetrics.balancedSplit("Environmental protection and resource utilization", fontSize: 12)
        == ["Environmental protection", "and resource utilization"])
  }
}
