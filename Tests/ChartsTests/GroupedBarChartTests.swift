import Testing

@testable import Charts

@Suite struct GroupedBarChartTests {
  let chart = Fixtures.small(.grouped, ["北京", "广东", "江苏"], [[4958, 1365, 991], [5695, 2223, nil]])

  @Test func drawsTheSeriesSideBySideInTheirColours() {
    let svg = Fixtures.inspect(chart)
    let bars = svg.elements("rect", class: "bar")
    #expect(bars.map { $0.attributes["class"]! } == ["bar s0", "bar s0", "bar s0", "bar s1", "bar s1"])
    #expect(bars.map { $0.attributes["fill"]! } == ["#0072B2", "#0072B2", "#0072B2", "#D55E00", "#D55E00"])
    let first = bars[0], second = bars[3]
    let firstRight = Double(first.attributes["x"]!)! + Double(first.attributes["width"]!)!
    #expect(abs(Double(second.attributes["x"]!)! - firstRight - GroupedBarChart.innerGap) < 0.11)
  }

  @Test func hasALegendWithEverySeries() {
    let svg = Fixtures.inspect(chart)
    #expect(svg.elements("text", class: "legend").map(\.text) == ["2018", "2019"])
    #expect(svg.elements("rect", class: "swatch").map { $0.attributes["class"]! } == ["swatch s0", "swatch s1"])
  }

  @Test func leavesAMissingBarOut() {
    let svg = Fixtures.inspect(chart)
    #expect(svg.elements("rect", class: "s1").filter { $0.attributes["class"]!.hasPrefix("bar") }.count == 2)
    #expect(svg.elements("text", class: "value").map(\.text) == ["4958", "1365", "991", "5695", "2223"])
  }

  @Test func handlesGrowthRatesBelowZero() {
    let svg = Fixtures.inspect(Fixtures.groupedGrowthEn)
    #expect(svg.elements("text", class: "tick").map(\.text).first == "\u{2212}75")
    let zero = Double(svg.elements("line", class: "baseline")[0].attributes["y1"]!)!
    let nuclear = svg.elements("rect", class: "bar").filter { Double($0.attributes["y"]!)! >= zero - 0.05 }
    #expect(nuclear.count == 3)
    #expect(svg.overlappingTexts().isEmpty)
  }
}
