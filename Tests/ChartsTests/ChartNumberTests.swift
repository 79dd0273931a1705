import Testing

@testable import Charts

@Suite struct ChartNumberTests {
  @Test func writesNumbersWithoutTheLocale() {
    #expect(ChartNumber.format(22398.39, decimals: 2, grouping: ",") == "22,398.39")
    #expect(ChartNumber.format(22398.39, decimals: 2, grouping: "") == "22398.39")
    #expect(ChartNumber.format(1234567, decimals: 0, grouping: ",") == "1,234,567")
    #expect(ChartNumber.format(-18.29, decimals: 2, grouping: "") == "\u{2212}18.29")
    #expect(ChartNumber.format(-0.001, decimals: 1, grouping: "") == "0.0")
    #expect(ChartNumber.format(0.05, decimals: 2, grouping: "") == "0.05")
    #expect(ChartNumber.format(2.50, decimals: 2, grouping: "", trimZeros: true) == "2.5")
    #expect(ChartNumber.format(3, decimals: 2, grouping: "", trimZeros: true) == "3")
  }

  @Test func readsDecimalsFromPrintedLabels() {
    #expect(ChartNumber.decimals(in: "22,398.39") == 2)
    #expect(ChartNumber.decimals(in: "484077") == 0)
    #expect(ChartNumber.decimals(in: "1.23456") == 2)
  }

  @Test func writesShares() {
    #expect(ChartNumber.percent(0.2517) == "25.2%")
    #expect(ChartNumber.percent(1) == "100.0%")
    #expect(ChartNumber.percent(0.0001) == "<0.1%")
  }

  @Test func writesCoordinatesWithOneDecimalAtMost() {
    #expect(SVGWriter.number(3.14159) == "3.1")
    #expect(SVGWriter.number(12) == "12")
    #expect(SVGWriter.number(-0.04) == "0")
    #expect(SVGWriter.number(-2.25) == "-2.3")
    #expect(SVGWriter.number(.nan) == "0")
    #expect(SVGWriter.number(0.125, decimals: 2) == "0.13")
  }

  @Test func escapesTheFiveXMLCharacters() {
    #expect(SVGWriter.escape("R&D <\"a\"> 'b'") == "R&amp;D &lt;&quot;a&quot;&gt; &apos;b&apos;")
    #expect(SVGWriter.escape("a\u{0}b\u{1B}c\nd") == "abc\nd")
  }
}
