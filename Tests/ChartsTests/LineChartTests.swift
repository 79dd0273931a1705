import Testing

@testable import Charts

@Suite struct LineChartTests {
  @Test func breaksTheLineWhereAValueIsMissing() {
    let svg = Fixtures.inspect(Fixtures.small(.line, ["1", "2", "3", "4", "5"], [[1, 2, nil, 4, 5]]))
    let d = svg.elements("path", class: "line")[0].attributes["d"]!
    #expect(d.filter { $0 == "M" }.count == 2)
    #expect(d.filter { $0 == "L" }.count == 2)
    #expect(svg.elements("circle", class: "marker").count == 4)
    #expect(svg.elements("text", class: "value").map(\.text) == ["1", "2", "4", "5"])
  }

  @Test func dashesADerivedSeriesAndSaysSo() {
    let svg = Fixtures.inspect(Fixtures.small(.line, ["a", "b"], [[1, 2], [2, 3]], derived: [1], english: true))
    let lines = svg.elements("path", class: "line")
    #expect(lines.map { $0.attributes["stroke-dasharray"] } == [nil, "6 4"])
    #expect(lines.map { $0.attributes["fill"] } == ["none", "none"])
    #expect(svg.elements("text", class: "legend").map(\.text) == ["2018", "2019 (derived)"])
    #expect(svg.elements("line", class: "swatch").count == 2)
  }

  @Test func spreadsLabelsOfSeriesThatRunClose() {
    let svg = Fixtures.inspect(
      Fixtures.small(.line, ["a", "b", "c"], [[1000, 1010, 1020], [1005, 1015, 1025], [1002, 1012, 1022]]))
    #expect(svg.elements("text", class: "value").count == 9)
    #expect(svg.overlappingTexts().map { "\($0.0) × \($0.1)" } == [])
    #expect(svg.textsOutsideViewBox() == [])
  }

  @Test func labelsOnlyTheEndsWhenPointsAreCrowded() {
    let years = (1990...2019).map { "\($0)" }
    let values = years.indices.map { Double(100_000 + $0 * 1000) }
    let svg = Fixtures.inspect(Fixtures.small(.line, years, [values], english: true))
    #expect(svg.elements("text", class: "value").map(\.text) == ["100,000", "129,000"])
    #expect(svg.overlappingTexts().isEmpty)
    #expect(svg.textsOutsideViewBox().isEmpty)
  }

  @Test func handlesNegativeValues() {
    let svg = Fixtures.inspect(Fixtures.small(.line, ["a", "b", "c"], [[-10, 5, -20]]))
    #expect(svg.elements("text", class: "tick").map(\.text) == ["\u{2212}20", "\u{2212}15", "\u{2212}10", "\u{2212}5", "0", "5"])
    #expect(svg.overlappingTexts().isEmpty)
  }
}
