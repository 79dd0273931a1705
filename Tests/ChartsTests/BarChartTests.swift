import Testing

@testable import Charts

@Suite struct BarChartTests {
  let chart = Fixtures.small(.bar, ["甲", "乙", "丙"], [[10, nil, -5]])

  @Test func drawsBarsFromTheZeroLine() {
    let markup = SVGRenderer.svg(for: chart)
    #expect(markup.contains(##"<rect x="66.2" y="44.8" width="124.4" height="160" class="bar s0" fill="#0072B2"/>"##))
    #expect(markup.contains(##"<rect x="467.5" y="204.8" width="124.4" height="80" class="bar s0" fill="#0072B2"/>"##))
    #expect(markup.contains(##"<line class="baseline" x1="28.1" y1="204.8" x2="630" y2="204.8""##))
  }

  @Test func missingValuesAreGapsWithANoteNotZeroBars() {
    let svg = Fixtures.inspect(chart)
    #expect(svg.elements("rect", class: "bar").count == 2)
    let note = svg.elements("text", class: "no-data")
    #expect(note.map(\.text) == ["无数据"])
    #expect(note.first?.attributes["x"] == "329.1")
  }

  @Test func labelsNegativeBarsBelowTheirEnd() {
    let svg = Fixtures.inspect(chart)
    let values = svg.elements("text", class: "value")
    #expect(values.map(\.text) == ["10", "\u{2212}5"])
    #expect(values.map { $0.attributes["y"] } == ["39", "297.1"])
  }

  @Test func ticksAreNiceAndWrittenInTheReadersStyle() {
    let svg = Fixtures.inspect(Fixtures.small(.bar, ["a", "b"], [[1200, 5600]], english: true))
    #expect(svg.elements("text", class: "tick").map(\.text) == ["0", "1,000", "2,000", "3,000", "4,000", "5,000", "6,000"])
    #expect(svg.elements("text", class: "axis-title").map(\.text) == ["亿元"])
  }

  @Test func wrapsLongChineseLabelsWithoutOverlap() {
    let svg = Fixtures.inspect(Fixtures.barFieldsZh)
    let labels = svg.elements("text", class: "label").filter { !$0.attributes.keys.contains("transform") }
    #expect(labels.count == 11 + 11)
    #expect(svg.elements("tspan").map(\.text).prefix(5) == ["城市建", "设与社", "会发展", "生物、医", "药和医疗"])
    #expect(svg.overlappingTexts().isEmpty)
    #expect(svg.textsOutsideViewBox().isEmpty)
  }

  @Test func turnsLabelsWhenEvenTwoLinesDoNotFit() {
    let provinces = Fixtures.provinces.dropLast()
    let chinese = Fixtures.inspect(
      Fixtures.small(.bar, provinces.map(\.0), [provinces.map { $0.3 }]))
    let english = Fixtures.inspect(
      Fixtures.chart(
        .bar, id: "p", english: true, categories: provinces.map { ($0.0, $0.1) },
        series: [Fixtures.series("2019", provinces.map { $0.3 }, decimals: 2, grouping: ",")],
        unit: "100 million yuan"))
    for svg in [chinese, english] {
      #expect(svg.overlappingTexts().map { "\($0.0) × \($0.1)" } == [])
      #expect(svg.textsOutsideViewBox() == [])
    }
    #expect(chinese.elements("text", class: "label").contains { $0.attributes["transform"] == nil && $0.text == "内蒙古" } == false)
    #expect(english.elements("text", class: "label").allSatisfy { $0.attributes["transform"]?.hasPrefix("rotate(-") ?? true })
    #expect(english.elements("text", class: "value").first?.attributes["transform"]?.hasPrefix("rotate(-90") == true)
  }

  @Test func hatchesADerivedSeriesAndSaysSoInTheLegend() {
    let svg = Fixtures.inspect(Fixtures.small(.bar, ["甲", "乙"], [[3, 4]], derived: [0]))
    #expect(svg.elements("pattern").map { $0.attributes["id"] } == ["c-hatch"])
    #expect(svg.elements("rect", class: "hatch").count == 3)
    #expect(svg.elements("rect", class: "hatch").allSatisfy { $0.attributes["fill"] == "url(#c-hatch)" })
    #expect(svg.elements("text", class: "legend").map(\.text) == ["2018（推算）"])
    #expect(Fixtures.inspect(Fixtures.small(.bar, ["甲"], [[3]])).elements("g", class: "legend").isEmpty)
  }
}
