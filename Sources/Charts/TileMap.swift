/// A tile grid map of China: every province-level region an equal square on a fixed grid
/// (see `TileMapLayout`), coloured by class on a sequential scale, labelled with its name
/// and value; regions without data are drawn as outlined empty tiles. Unknown keys are
/// ignored.
struct TileMap {
  let chart: Chart

  static let pitch = 72.0
  static let gap = 5.0
  static let margin = 10.0
  static var tileSize: Double { pitch - gap }

  /// One region's data.
  struct Region {
    var tile: TileMapLayout.Tile
    var label: String
    var value: Double?
    var text: String?
  }

  func regions() -> [Region] {
    let series = chart.series.first ?? Series(name: "", values: [], labels: [])
    return TileMapLayout.tiles.map { tile in
      guard let index = chart.categories.firstIndex(where: { $0.key == tile.key }) else {
        return Region(tile: tile, label: tile.key)
      }
      return Region(
        tile: tile, label: chart.categories[index].label, value: ValueLabels.value(series, index),
        text: ValueLabels.text(series, index, style: chart.numberStyle))
    }
  }

  var markup: String {
    let regions = regions()
    let breaks = ClassBreaks(regions.compactMap(\.value))
    let derived = chart.series.first?.isDerived ?? false
    let margin = TileMap.margin
    var tiles: [SVGNode] = []
    for region in regions {
      let x = margin + Double(region.tile.column) * TileMap.pitch
      let y = margin + Double(region.tile.row) * TileMap.pitch
      tiles.append(tile(region, x: x, y: y, breaks: breaks, derived: derived))
    }
    let mapSize = Double(TileMapLayout.columns) * TileMap.pitch - TileMap.gap
    var legend = TileLegend(
      chart: chart, breaks: breaks, showsNoData: regions.contains { $0.value == nil },
      derived: derived)
    let corner = 3 * TileMap.pitch - TileMap.gap
    let inCorner = legend.width <= corner && legend.height <= corner
    legend.x = margin
    legend.y = inCorner ? margin + 5 * TileMap.pitch : margin + mapSize + 12
    let height = inCorner ? margin + mapSize + margin : legend.y + legend.height + margin
    let body = SVGNode.group("tiles", tiles) + legend.nodes
    return SVGDocument(
      chart: chart, width: margin + mapSize + margin, height: height,
      defs: Hatch.defs(for: chart, needed: derived), body: body
    ).markup
  }

  /// One tile: square, name, value, and a `<title>` read on hover and by screen readers.
  private func tile(_ region: Region, x: Double, y: Double, breaks: ClassBreaks, derived: Bool)
    -> SVGNode
  {
    let size = TileMap.tileSize
    let geometry = [
      ("x", x.svg), ("y", y.svg), ("width", size.svg), ("height", size.svg), ("rx", "3"),
    ]
    var children: [SVGNode] = []
    let textColour: String
    if let value = region.value {
      let level = breaks.classIndex(of: value)
      let fill = Palette.sequential[TileLegend.paletteIndex(level, of: breaks.count)]
      textColour = Palette.textColor(on: fill)
      let name = "\(region.label): \(region.text ?? "") \(chart.unit)"
      children.append(.el("title", [], [.text(TileMap.trimmed(name))]))
      children += Marks.shape(
        "rect", geometry, series: 0, role: "tile-fill", derived: derived, chart: chart,
        className: "q\(TileLegend.paletteIndex(level, of: breaks.count))", fill: fill)
    } else {
      textColour = "currentColor"
      children.append(.el("title", [], [.text("\(region.label): \(chart.words.noData)")]))
      children.append(
        .el(
          "rect",
          geometry + [
            ("class", "tile-fill no-data"), ("fill", "none"), ("stroke", "currentColor"),
            ("stroke-opacity", "0.45"), ("stroke-dasharray", "3 2"),
          ]))
    }
    children += TileText(label: region.label, value: region.value == nil ? nil : region.text)
      .blocks(x: x, y: y, size: size, fill: textColour).map(\.node)
    return .el("g", [("class", "tile")], children)
  }

  private static func trimmed(_ text: String) -> String {
    var text = Substring(text)
    while text.last == " " { text.removeLast() }
    return String(text)
  }
}
