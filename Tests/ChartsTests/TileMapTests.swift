import Testing

@testable import Charts

@Suite struct TileMapTests {
  static let regions =
    "北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 台湾 香港 澳门"
    .split(separator: " ").map(String.init)

  @Test func placesEveryRegionOnItsOwnCell() {
    let tiles = TileMapLayout.tiles
    #expect(Set(tiles.map(\.key)) == Set(Self.regions))
    #expect(tiles.count == 34)
    #expect(Set(tiles.map { "\($0.column),\($0.row)" }).count == 34)
    #expect(tiles.allSatisfy { (0..<TileMapLayout.columns).contains($0.column) && (0..<TileMapLayout.rows).contains($0.row) })
    #expect(TileMapLayout.tile(for: "新疆")?.column == 0)
    #expect(TileMapLayout.tile(for: "黑龙江")?.row == 0)
    #expect(TileMapLayout.tile(for: "港澳台") == nil)
  }

  @Test func drawsATileForEveryRegionAndIgnoresUnknownKeys() {
    let svg = Fixtures.inspect(Fixtures.tilemap(english: false))
    #expect(svg.elements("g", class: "tile").count == 34)
    #expect(!svg.elements("text").contains { $0.text.contains("港澳台") })
  }

  @Test func namesEachTileInItsTitle() {
    let svg = Fixtures.inspect(Fixtures.tilemap(english: false))
    let titles = svg.elements("title").map(\.text)
    #expect(titles.contains("北京: 5695.28 亿元"))
    #expect(titles.contains("海南: 无数据"))
    let english = Fixtures.inspect(Fixtures.tilemap(english: true)).elements("title").map(\.text)
    #expect(english.contains("Beijing: 5,695.28 100 million yuan"))
    #expect(english.contains("Hong Kong: no data"))
  }

  @Test func outlinesRegionsWithoutData() {
    let svg = Fixtures.inspect(Fixtures.tilemap(english: false))
    let empty = svg.elements("rect", class: "no-data").filter { $0.attributes["class"]!.hasPrefix("tile") }
    #expect(empty.count == 4)
    #expect(empty.allSatisfy { $0.attributes["fill"] == "none" && $0.attributes["stroke"] == "currentColor" })
  }

  @Test func colourstilesInFiveClassesWithALegend() {
    let svg = Fixtures.inspect(Fixtures.tilemap(english: false))
    #expect(svg.elements("text", class: "legend").map(\.text) == ["< 73", "73–210", "210–480", "480–1300", "≥ 1300", "无数据"])
    let classes = Set(svg.elements("rect", class: "tile-fill").compactMap { $0.attributes["class"] })
    #expect(classes == ["tile-fill q0", "tile-fill q1", "tile-fill q2", "tile-fill q3", "tile-fill q4", "tile-fill no-data"])
  }

  @Test func tileTextContrastsWithItsTile() {
    let markup = SVGRenderer.svg(for: Fixtures.tilemap(english: true))
    let svg = SVGInspector(markup)
    var fill = ""
    for element in svg.elements {
      if element.name == "g" { fill = "" }
      guard element.depth >= 3 else { continue }
      if element.name == "rect", let colour = element.attributes["fill"], colour.hasPrefix("#") { fill = colour }
      if element.name == "text", fill.hasPrefix("#") {
        #expect(element.attributes["fill"] == Palette.textColor(on: fill))
        #expect(Palette.contrast(element.attributes["fill"]!, fill) >= 4.5)
      }
    }
  }

  @Test func fitsLongEnglishNamesInTheirTile() {
    let svg = Fixtures.inspect(Fixtures.tilemap(english: true))
    #expect(svg.elements("tspan").map(\.text).prefix(2) == ["Inner", "Mongolia"])
    #expect(svg.overlappingTexts().isEmpty)
    let heilongjiang = svg.elements("text").first { $0.text == "Heilongjiang" }!
    let size = Double(heilongjiang.attributes["font-size"]!)!
    #expect(TextMetrics.width(of: "Heilongjiang", fontSize: size) <= TileMap.tileSize - 2 * TileText.padding)
    #expect(svg.elements("tspan").map(\.text).suffix(2) == ["Hong", "Kong"])
  }

  @Test func classBreaksAreRoundedQuintiles() {
    let breaks = ClassBreaks((1...10).map(Double.init))
    #expect(breaks.breaks == [2.8, 4.6, 6.4, 8.2])
    #expect([1, 3, 5, 7, 10].map(breaks.classIndex) == [0, 1, 2, 3, 4])
    #expect((0..<5).map { breaks.label($0, grouping: ",") } == ["< 2.8", "2.8–4.6", "4.6–6.4", "6.4–8.2", "≥ 8.2"])
    #expect(ClassBreaks([5, 5, 5]).count == 1)
    #expect(ClassBreaks([5, 5, 5]).label(0, grouping: "") == "5")
    #expect(ClassBreaks([12345, 67890, 1000, 2000, 3000, 4000]).label(4, grouping: ",") == "≥ 12,000")
  }

  @Test func hatchesDerivedValues() {
    var chart = Fixtures.tilemap(english: false)
    chart.series[0].isDerived = true
    let svg = Fixtures.inspect(chart)
    #expect(svg.elements("rect", class: "hatch").count == 30 + 1)
    #expect(svg.elements("text", class: "legend").map(\.text).last == "2019（推算）")
  }

  @Test func drawsOnlyEmptyTilesWithoutAnyValue() {
    let chart = Fixtures.small(.tilemap, ["北京", "上海"], [[nil, nil]])
    let svg = Fixtures.inspect(chart)
    #expect(svg.elements("text", class: "legend").map(\.text) == ["无数据"])
    #expect(svg.elements("rect", class: "no-data").count == 34 + 1)
  }
}
