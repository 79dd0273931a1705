import Testing

@testable import Charts

/// Per-value derived flags: only derived bars, slices and tiles are hatched; the legend names a
/// series as derived only when all its values are, says once what hatching means when only
/// some are, and never writes the marker twice.
@Suite struct DerivedValuesTests {
  static let widths = [640.0, 360]

  /// A chart of `kind` with one series whose values are flagged by `derived`.
  private func chart(_ kind: Chart.Kind, derived: [Bool], name: String = "成交额", width: Double) -> Chart {
    var chart = Fixtures.small(kind, ["甲", "乙", "丙"], [[30, 40, 50]])
    chart.series[0].name = name
    chart.series[0].derived = derived
    chart.width = width
    return chart
  }

  /// The `(x, y)` of every hatch overlay.
  private func hatches(_ svg: SVGInspector, _ shape: String = "rect") -> [String] {
    svg.elements(shape, class: "hatch").map { "\($0.attributes["x"] ?? ""),\($0.attributes["y"] ?? "")" }
  }

  @Test func flagsDefaultToTheSeriesFlag() {
    let series = Series(name: "a", values: [1, nil, 3], labels: ["1", nil, "3"], isDerived: true)
    #expect(series.derived == [true, true, true])
    #expect(Series(name: "a", values: [1], labels: ["1"]).derived == [false])
    let given = Series(name: "a", values: [1, 2], labels: ["1", "2"], derived: [false, true])
    #expect(given.derived == [false, true] && !given.isDerived)
    #expect(given.isPartlyDerived && !given.isDerivedThroughout)
    var flagged = Series(name: "a", values: [1, 2], labels: ["1", "2"])
    flagged.derived = [true, true]
    #expect(flagged == Series(name: "a", values: [1, 2], labels: ["1", "2"], derived: [true, true]))
    #expect(flagged != Series(name: "a", values: [1, 2], labels: ["1", "2"]))
  }

  @Test(arguments: [Chart.Kind.bar, .hbar], widths) func hatchesOnlyTheDerivedBar(kind: Chart.Kind, width: Double) {
    let svg = Fixtures.inspect(chart(kind, derived: [false, true, false], width: width))
    let bars = svg.elements("rect", class: "bar")
    let hatched = svg.elements("rect", class: "hatch")
    #expect(hatched.count == 2)  // the bar and the legend key's swatch
    #expect(hatched.contains { $0.attributes["x"] == bars[1].attributes["x"] && $0.attributes["y"] == bars[1].attributes["y"] })
    #expect(!hatched.contains { $0.attributes["y"] == bars[0].attributes["y"] && $0.attributes["x"] == bars[0].attributes["x"] })
    #expect(svg.elements("text", class: "legend").map(\.text) == ["推算"])
    #expect(svg.elements("rect", class: "key").count == 1)
  }

  @Test(arguments: [Chart.Kind.bar, .hbar], widths) func namesAWhollyDerivedSeriesWithoutAKey(kind: Chart.Kind, width: Double) {
    let svg = Fixtures.inspect(chart(kind, derived: [true, true, true], width: width))
    #expect(svg.elements("rect", class: "hatch").count == 3 + 1)
    #expect(svg.elements("text", class: "legend").map(\.text) == ["成交额（推算）"])
    #expect(svg.elements("rect", class: "key").isEmpty)
  }

  @Test(arguments: [Chart.Kind.bar, .hbar, .pie, .tilemap], widths) func needsNoLegendWithoutDerivedValues(kind: Chart.Kind, width: Double)
  {
    let svg = Fixtures.inspect(chart(kind, derived: [false, false, false], width: width))
    #expect(svg.elements("rect", class: "hatch").isEmpty)
    #expect(svg.elements("pattern").isEmpty)
    #expect(svg.elements("text", class: "legend").allSatisfy { $0.text != "推算" && !$0.text.contains("（推算）") })
  }

  @Test(arguments: widths) func aTransposedChartHatchesTheDerivedYearOnly(width: Double) {
    // Categories are years; each region's 2018 value is derived, its 2019 value printed.
    var chart = Fixtures.small(.grouped, ["2018年", "2019年"], [[4958, 5695], [1365, 2223]])
    chart.series = [
      Series(name: "北京", values: [4958, 5695], labels: ["4958", "5695"], derived: [true, false]),
      Series(name: "广东", values: [1365, 2223], labels: ["1365", "2223"]),
    ]
    chart.width = width
    let svg = Fixtures.inspect(chart)
    #expect(svg.elements("text", class: "legend").map(\.text) == ["北京", "广东", "推算"])
    let bars = svg.elements("rect", class: "bar")
    let derivedBar = bars.first { $0.attributes["class"] == "bar s0" }!
    let hatched = svg.elements("rect", class: "hatch")
    #expect(hatched.count == 2)
    #expect(hatched.contains { $0.attributes["x"] == derivedBar.attributes["x"] && $0.attributes["y"] == derivedBar.attributes["y"] })
  }

  @Test(arguments: widths) func neverWritesTheMarkerTwice(width: Double) {
    let zh = Fixtures.inspect(chart(.bar, derived: [true, true, true], name: "2018年成交额（推算）", width: width))
    #expect(zh.elements("text", class: "legend").map(\.text) == ["2018年成交额（推算）"])
    var english = chart(.grouped, derived: [true, true, true], name: "Turnover 2018 (derived)", width: width)
    english.words = Fixtures.enWords
    #expect(Fixtures.inspect(english).elements("text", class: "legend").map(\.text) == ["Turnover 2018 (derived)"])
    var tiles = Fixtures.tilemap(english: false)
    tiles.series[0].name = "2019年（推算）"
    tiles.series[0].isDerived = true
    tiles.width = width
    #expect(Fixtures.inspect(tiles).elements("text", class: "legend").map(\.text).last == "2019年（推算）")
    #expect(Legend.label("成交额", derived: true, words: Fixtures.zhWords) == "成交额（推算）")
    #expect(Legend.label("Turnover", derived: true, words: Fixtures.enWords) == "Turnover (derived)")
  }

  @Test(arguments: widths) func stackedLeavesOnlyDerivedPartsUnlabelled(width: Double) {
    var chart = Fixtures.small(.stacked, ["2018", "2019"], [[100, 200], [80, 90]])
    chart.series[1].derived = [true, false]
    chart.width = width
    let svg = Fixtures.inspect(chart)
    #expect(svg.elements("rect", class: "hatch").count == 1 + 1)
    #expect(svg.elements("text", class: "inside").map(\.text) == ["100", "200", "90"])
    #expect(svg.elements("text", class: "legend").map(\.text) == ["2018", "2019", "推算"])
  }

  @Test(arguments: [Chart.Kind.pie, .donut], widths) func hatchesOnlyDerivedSlicesAndSaysWhatHatchingMeans(kind: Chart.Kind, width: Double)
  {
    let svg = Fixtures.inspect(chart(kind, derived: [false, false, true], width: width))
    let slices = svg.elements("path", class: "slice")
    let hatched = svg.elements("path", class: "hatch")
    #expect(hatched.map { $0.attributes["d"] } == [slices[2].attributes["d"]])
    #expect(svg.elements("text", class: "legend").map(\.text).last == "推算")
    #expect(svg.overlappingTexts().isEmpty && svg.textsOutsideViewBox().isEmpty)
  }

  @Test func theMergedSliceIsHatchedWhenAnyMergedValueIsDerived() {
    let labels = (1...14).map { "第\($0)类" }
    var chart = Fixtures.small(.pie, labels, [[300, 250, 200, 150, 100, 90, 80, 70, 60, 50, 40, 30, 5, 1]])
    chart.series[0].derived = labels.indices.map { $0 == 13 }
    let pie = PieSlices(chart)
    #expect(pie.slices.last?.isOther == true && pie.slices.last?.derived == true)
    #expect(pie.slices.dropLast().allSatisfy { !$0.derived })
  }

  @Test(arguments: widths) func tileMapHatchesDerivedTilesAndAddsTheKey(width: Double) {
    var chart = Fixtures.tilemap(english: false)
    chart.series[0].derived = chart.categories.map { $0.key == "北京" || $0.key == "上海" }
    chart.width = width
    let svg = Fixtures.inspect(chart)
    #expect(svg.elements("rect", class: "hatch").count == 2 + 1)
    #expect(svg.elements("text", class: "legend").map(\.text).last == "推算")
  }

  @Test(arguments: widths) func lineDashesOnlyTheStretchesReachingADerivedValue(width: Double) {
    var chart = Fixtures.small(.line, ["2016", "2017", "2018", "2019"], [[1, 2, 3, 4]])
    chart.series[0].derived = [false, false, true, false]
    chart.width = width
    let svg = Fixtures.inspect(chart)
    let paths = svg.elements("path", class: "line")
    #expect(paths.count == 2)
    #expect(paths.map { $0.attributes["stroke-dasharray"] } == [nil, "6 4"])
    #expect(paths[0].attributes["d"]!.filter { $0 == "L" }.count == 1)
    #expect(paths[1].attributes["d"]!.filter { $0 == "L" }.count == 2)
    #expect(paths[1].attributes["d"]!.filter { $0 == "M" }.count == 1)
    #expect(svg.elements("text", class: "legend").map(\.text) == ["推算"])
    #expect(svg.elements("line", class: "key").first?.attributes["stroke-dasharray"] == "4 2")
  }
}
