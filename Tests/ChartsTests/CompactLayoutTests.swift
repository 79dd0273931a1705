import Testing

@testable import Charts

/// The phone layouts (`Chart.width` below `Chart.compactWidth`): text at its normal size,
/// nothing overlapping or leaving the viewBox, and the layout each kind turns into.
@Suite struct CompactLayoutTests {
  static func narrow(_ chart: Chart) -> Chart {
    var chart = chart
    chart.width = 360
    return chart
  }

  /// Harder cases than the samples: long labels, many categories, gaps, negative values.
  static var stress: [(name: String, chart: Chart)] {
    let long = [
      "Technology development contracts commissioned by enterprises",
      "Supercalifragilisticexpialidocious", "A", "Transfer of patent application rights",
    ]
    let years = (1990...2019).map { "\($0)" }
    return [
      ("hbar-long-labels", Fixtures.small(.hbar, long, [[1200, -300, 45, nil]], english: true)),
      ("bar-thirty-years", Fixtures.small(.bar, years, [years.indices.map { Double(1000 + $0 * 37) }], english: true)),
      ("line-thirty-years", Fixtures.small(.line, years, [years.indices.map { Double(100_000 + $0 * 1000) }], english: true)),
      (
        "line-three-series-ending-apart",
        Fixtures.small(.line, ["2016", "2017", "2018", "2019"], [[10, 12, 14, 15], [11, 13, 14.5, nil], [9, 12, 15, 15.2]])
      ),
      ("grouped-three-series", Fixtures.small(.grouped, ["北京", "上海", "广东"], [[1, 2, 3], [4, nil, 6], [-7, 8, 9]])),
      ("stacked-negative", Fixtures.small(.stacked, ["2018", "2019", "2020"], [[100, 200, nil], [50, nil, nil], [-30, 40, nil]])),
      (
        "pie-twelve-english",
        Fixtures.chart(
          .pie, id: "p", english: true, categories: Array(Fixtures.fields.prefix(11)) + [("其他", "Other")],
          series: [Fixtures.series("2019", Fixtures.fieldTurnover + [80], decimals: 2, grouping: ",")], unit: "")
      ),
      ("donut-one-slice", Fixtures.small(.donut, ["甲"], [[5]])),
      ("tilemap-derived", Fixtures.small(.tilemap, ["北京", "上海", "西藏"], [[5695.28, 1422.35, 0.96]], derived: [0])),
    ]
  }

  static let samples = Fixtures.narrow.map(\.name)
  static let stressNames = stress.map(\.name)

  private func chart(_ name: String) -> Chart {
    if let sample = Fixtures.narrow.first(where: { $0.name == name }) { return sample.chart }
    return Self.narrow(Self.stress.first { $0.name == name }!.chart)
  }

  @Test(arguments: samples + stressNames) func keepsEveryTextAtElevenOrMore(name: String) {
    let svg = Fixtures.inspect(chart(name))
    let texts = svg.elements("text")
    #expect(!texts.isEmpty)
    let small = texts.filter { (Double($0.attributes["font-size"] ?? "") ?? 0) < 11 }
    #expect(small.map { "\($0.text) at \($0.attributes["font-size"] ?? "?")" } == [])
  }

  @Test(arguments: samples + stressNames) func isExactlyTheChartsWidth(name: String) {
    #expect(Fixtures.inspect(chart(name)).viewBox.width == 360)
  }

  @Test(arguments: stressNames) func hardCasesNeitherOverlapNorSpill(name: String) {
    let svg = Fixtures.inspect(chart(name))
    #expect(svg.error == nil)
    #expect(svg.overlappingTexts().map { "\($0.0) × \($0.1)" } == [])
    #expect(svg.textsOutsideViewBox() == [])
  }

  @Test func widthDefaultsTo640AndOnlyNarrowWidthsAreCompact() {
    #expect(Fixtures.barZh.width == 640)
    #expect(Fixtures.inspect(Fixtures.barZh).viewBox.width == 640)
    var wider = Fixtures.barZh
    wider.width = 720
    #expect(Fixtures.inspect(wider).viewBox.width == 720)
    #expect(!wider.isCompact && Self.narrow(wider).isCompact)
  }

  @Test func barsWithManyCategoriesTurnHorizontal() {
    let svg = Fixtures.inspect(Self.narrow(Fixtures.barZh))
    let bars = svg.elements("rect", class: "bar")
    #expect(bars.count == 9)
    #expect(bars.allSatisfy { $0.attributes["height"] == "16" })
    #expect(Set(bars.map { $0.attributes["x"]! }).count == 1)
    let labels = svg.elements("text").filter { $0.attributes["class"] == "label" }
    #expect(labels.map(\.text) == Fixtures.years.map(\.0))
    #expect(labels.allSatisfy { $0.attributes["text-anchor"] == "end" })
    #expect(svg.elements("text", class: "tick").isEmpty)
  }

  @Test func fewShortCategoriesStayVertical() {
    let svg = Fixtures.inspect(Self.narrow(Fixtures.small(.bar, ["甲", "乙", "丙"], [[10, 20, 30]])))
    let bars = svg.elements("rect", class: "bar")
    #expect(Set(bars.map { $0.attributes["x"]! }).count == 3)
    #expect(svg.elements("text", class: "tick").count > 2)
    #expect(svg.elements("text", class: "value").allSatisfy { $0.attributes["font-size"] == "11" })
  }

  @Test func fewLongCategoriesTurnHorizontal() {
    let labels = ["Environmental protection and resource utilization", "Biology, medicine and medical devices", "Aerospace"]
    let svg = Fixtures.inspect(Self.narrow(Fixtures.small(.bar, labels, [[1623, 1058, 540]], english: true)))
    #expect(Set(svg.elements("rect", class: "bar").map { $0.attributes["x"]! }).count == 1)
    #expect(svg.elements("text", class: "tick").isEmpty)
  }

  @Test func groupedRowsHoldOneThinBarPerSeriesUnderALegend() {
    let svg = Fixtures.inspect(Self.narrow(Fixtures.groupedZh))
    let bars = svg.elements("rect", class: "bar")
    #expect(bars.count == 16)
    #expect(bars.allSatisfy { $0.attributes["height"] == "12" })
    #expect(bars.prefix(2).map { $0.attributes["class"]! } == ["bar s0", "bar s1"])
    let y = bars.prefix(2).map { Double($0.attributes["y"]!)! }
    #expect(abs(y[1] - y[0] - 14) < 0.11)
    let legend = svg.elements("text", class: "legend")
    #expect(legend.map(\.text) == ["2018年", "2019年"])
    #expect(legend.allSatisfy { Double($0.attributes["y"]!)! < y[0] })
    #expect(svg.elements("text", class: "value").count == 16)
  }

  @Test func horizontalLabelsWrapWithinFortyPercentOfTheWidth() {
    let svg = Fixtures.inspect(Self.narrow(Fixtures.hbarFieldsEn))
    let labels = svg.elements("text").filter { $0.attributes["class"] == "label" }
    #expect(labels.count == 11)
    let layout = HorizontalBarChart.Layout(HorizontalBarChart(chart: Self.narrow(Fixtures.hbarFieldsEn)))
    #expect(layout.labelLines.allSatisfy { $0.count <= 2 })
    #expect(layout.labelLines.joined().allSatisfy { TextMetrics.width(of: $0, fontSize: 12) <= 144 })
    #expect(svg.elements("tspan").map(\.text).prefix(2) == ["Urban construction and", "social development"])
    #expect(labels.allSatisfy { Double($0.attributes["x"]!)! <= 10 + 144 })
    #expect(svg.viewBox.height > Fixtures.inspect(Fixtures.hbarFieldsEn).viewBox.height)
  }

  @Test func stackedBarsLieHorizontally() {
    let svg = Fixtures.inspect(Self.narrow(Fixtures.stackedEn))
    let bars = svg.elements("rect", class: "bar")
    #expect(bars.count == 12)
    #expect(bars.allSatisfy { $0.attributes["height"] == "20" })
    let totals = svg.elements("text", class: "total")
    #expect(totals.map(\.text) == ["13,424.2", "17,697.4", "22,398.4"])
    #expect(totals.allSatisfy { $0.attributes["font-weight"] == "bold" && $0.attributes["text-anchor"] == nil })
    #expect(svg.elements("text", class: "legend").map(\.text).last == "Services (derived)")
    #expect(!svg.elements("text", class: "inside").contains { $0.text == "12,418.1" })
  }

  @Test func pieListsItsSlicesUnderThePieInsteadOfLabellingAround() {
    let svg = Fixtures.inspect(Self.narrow(Fixtures.pieZh))
    #expect(svg.elements("polyline", class: "leader").isEmpty)
    #expect(svg.elements("text", class: "label").isEmpty)
    let names = svg.elements("text").filter { $0.attributes["class"] == "legend" }
    #expect(names.map(\.text) == Fixtures.fields.map(\.0))
    #expect(svg.elements("text", class: "share").first?.text == "25.2%")
    #expect(svg.elements("text", class: "value").first?.text == "5636.68")
    #expect(svg.elements("rect", class: "swatch").count == 11)
    let first = svg.elements("path", class: "slice")[0].attributes["d"]!
    #expect(first.hasPrefix("M180,14A110,110 "))
    #expect(names.allSatisfy { Double($0.attributes["y"]!)! > 14 + 220 })
  }

  @Test func donutKeepsItsTotalInTheHole() {
    let svg = Fixtures.inspect(Self.narrow(Fixtures.donutEn))
    #expect(svg.elements("text", class: "total").map(\.text) == ["22,398.4"])
    #expect(svg.elements("text", class: "share").map(\.text) == ["32.0%", "9.8%", "2.7%", "55.4%"])
  }

  @Test func lineHasFewerTicksThinnedLabelsAndOnlyEndValues() {
    let wide = Fixtures.inspect(Fixtures.lineEn)
    let svg = Fixtures.inspect(Self.narrow(Fixtures.lineEn))
    #expect(svg.elements("text", class: "value").map(\.text) == ["22,398.4", "21,737.0"])
    #expect(svg.elements("text", class: "tick").count < wide.elements("text", class: "tick").count)
    let categories = svg.elements("text").filter { $0.attributes["class"] == "label" && !$0.text.isEmpty }
    #expect(categories.map(\.text) == ["2011", "2013", "2015", "2017", "2019"])
    let lastMarker = svg.elements("circle", class: "s0").last!
    let label = svg.elements("text", class: "value")[0]
    #expect(Double(label.attributes["x"]!)! > Double(lastMarker.attributes["cx"]!)!)
  }

  @Test func englishTileMapShowsCodesSpeltOutInAKey() {
    let svg = Fixtures.inspect(Self.narrow(Fixtures.tilemap(english: true)))
    let tileLabels = svg.elements("text").filter { $0.attributes["class"] == "label" }.map(\.text)
    #expect(tileLabels.count == 34)
    #expect(tileLabels.allSatisfy { $0.count == 2 && $0.uppercased() == $0 })
    let key = svg.elements("text", class: "code").map(\.text)
    #expect(key.count == 34)
    #expect(key.prefix(3) == ["AH Anhui", "BJ Beijing", "CQ Chongqing"])
    #expect(svg.elements("title").map(\.text).contains("Beijing: 5,695.28 100 million yuan"))
  }

  @Test func chineseTilesKeepNamesOnOneLineAndShortenValuesOnlyWhenTheyMust() {
    let svg = Fixtures.inspect(Self.narrow(Fixtures.tilemap(english: false)))
    #expect(svg.elements("tspan").isEmpty)
    let values = svg.elements("text", class: "value").map(\.text)
    #expect(values.contains("5695.3"))
    #expect(values.contains("7.82"))
    #expect(svg.elements("title").map(\.text).contains("北京: 5695.28 亿元"))
    #expect(svg.elements("text", class: "code").isEmpty)
  }
}
