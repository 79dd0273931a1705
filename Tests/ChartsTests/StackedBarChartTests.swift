import Testing

@testable import Charts

@Suite struct StackedBarChartTests {
  let chart = Fixtures.small(.stacked, ["2018", "2019"], [[100, 200], [50, nil], [-30, 40]])

  @Test func stacksTheFirstSeriesAtTheBottom() {
    let svg = Fixtures.inspect(chart)
    let bars = svg.elements("rect", class: "bar")
    #expect(bars.map { $0.attributes["class"]! } == ["bar s0", "bar s0", "bar s1", "bar s2", "bar s2"])
    let y = bars.map { Double($0.attributes["y"]!)! }
    let height = bars.map { Double($0.attributes["height"]!)! }
    #expect(abs(y[0] - (y[2] + height[2])) < 0.11)
    #expect(abs(y[1] - (y[4] + height[4])) < 0.11)
  }

  @Test func stacksNegativeValuesDownFromZero() {
    let svg = Fixtures.inspect(chart)
    let zero = Double(svg.elements("line", class: "baseline")[0].attributes["y1"]!)!
    let negative = svg.elements("rect", class: "bar").filter { $0.attributes["class"] == "bar s2" }[0]
    #expect(abs(Double(negative.attributes["y"]!)! - zero) < 0.11)
    #expect(svg.elements("text", class: "tick").map(\.text).first == "\u{2212}50")
  }

  @Test func writesTheTotalAtTheEndOfEachStack() {
    let svg = Fixtures.inspect(chart)
    let totals = svg.elements("text", class: "total")
    #expect(totals.map(\.text) == ["120", "240"])
    #expect(totals.allSatisfy { $0.attributes["font-weight"] == "bold" })
    let top = svg.elements("rect", class: "bar").filter { $0.attributes["class"] == "bar s2" }[1]
    #expect(Double(totals[1].attributes["y"]!)! < Double(top.attributes["y"]!)!)
  }

  @Test func labelsPartsInsideInAContrastingColourWhenTheyFit() {
    let svg = Fixtures.inspect(chart)
    let inside = svg.elements("text", class: "inside")
    #expect(inside.map(\.text) == ["100", "200", "50", "\u{2212}30", "40"])
    #expect(inside.map { $0.attributes["fill"]! } == ["#FFFFFF", "#FFFFFF", "#000000", "#000000", "#000000"])
  }

  @Test func hatchesTheDerivedSeriesAndLeavesItsPartsUnlabelled() {
    let svg = Fixtures.inspect(Fixtures.stackedEn)
    #expect(svg.elements("text", class: "legend").map(\.text).last == "Services (derived)")
    #expect(svg.elements("rect", class: "hatch").count == 3 + 1)
    #expect(svg.elements("text", class: "total").map(\.text) == ["13,424.2", "17,697.4", "22,398.4"])
    #expect(!svg.elements("text", class: "inside").contains { $0.text == "12,418.1" })
  }
}
