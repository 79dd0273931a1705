import Testing

@testable import Charts

@Suite struct HorizontalBarChartTests {
  @Test func growsTallerWithEveryCategory() {
    let five = Fixtures.inspect(Fixtures.small(.hbar, ["a", "b", "c", "d", "e"], [[1, 2, 3, 4, 5]]))
    let ten = Fixtures.inspect(
      Fixtures.small(.hbar, ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"], [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]]))
    #expect(ten.viewBox.height - five.viewBox.height == 5 * HorizontalBarChart.minimumRow)
    #expect(five.viewBox.width == 640)
  }

  @Test func putsLabelsLeftAndValuesAtTheBarEnds() {
    let svg = Fixtures.inspect(Fixtures.small(.hbar, ["北京", "上海"], [[5695, 1422]]))
    let labels = svg.elements("text", class: "label").filter { !$0.attributes["class"]!.contains("value") }
    #expect(labels.map(\.text) == ["北京", "上海"])
    #expect(labels.allSatisfy { $0.attributes["text-anchor"] == "end" })
    let bars = svg.elements("rect", class: "bar")
    let values = svg.elements("text", class: "value")
    #expect(values.map(\.text) == ["5695", "1422"])
    for (bar, value) in zip(bars, values) {
      let end = Double(bar.attributes["x"]!)! + Double(bar.attributes["width"]!)!
      #expect(abs(Double(value.attributes["x"]!)! - end - 3) < 0.11)
    }
    #expect(Double(bars[0].attributes["width"]!)! > 3.9 * Double(bars[1].attributes["width"]!)!)
  }

  @Test func wrapsLongLabelsAndKeepsThemInside() {
    let svg = Fixtures.inspect(Fixtures.hbarFieldsEn)
    #expect(svg.elements("tspan").map(\.text).prefix(2) == ["Urban construction and", "social development"])
    #expect(svg.overlappingTexts().isEmpty)
    #expect(svg.textsOutsideViewBox().isEmpty)
  }

  @Test func drawsNegativeBarsLeftOfZeroWithTheirValueBeforeThem() {
    let svg = Fixtures.inspect(Fixtures.small(.hbar, ["增", "减"], [[30, -10]]))
    let bars = svg.elements("rect", class: "bar")
    let zero = Double(svg.elements("line", class: "baseline")[0].attributes["x1"]!)!
    #expect(Double(bars[0].attributes["x"]!)! == zero)
    #expect(abs(Double(bars[1].attributes["x"]!)! + Double(bars[1].attributes["width"]!)! - zero) < 0.11)
    let negative = svg.elements("text", class: "value")[1]
    #expect(negative.text == "\u{2212}10")
    #expect(negative.attributes["text-anchor"] == "end")
    #expect(svg.textsOutsideViewBox().isEmpty)
  }

  @Test func leavesMissingValuesEmpty() {
    let svg = Fixtures.inspect(Fixtures.small(.hbar, ["a", "b"], [[-3, nil]], english: true))
    #expect(svg.elements("rect", class: "bar").count == 1)
    #expect(svg.elements("text", class: "no-data").map(\.text) == ["no data"])
    #expect(svg.textsOutsideViewBox().isEmpty)
  }
}
