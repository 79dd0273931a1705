/// A tile grid map of China: every province-level region an equal square on a fixed grid
/// (see `TileMapLayout`), coloured by class on a sequential scale, labelled with its name
/// and value; regions without data are drawn as outlined empty tiles. Unknown keys are
/// ignored. On a phone (compact width) the grid shrinks to the chart's width with text kept
/// at 11 or more: values lose decimals where they must, and English tiles show the regions'
/// two-letter codes, spelt out in a key under the map.
struct TileMap {
  let chart: Chart

  static let pitch = 72.0
  static let gap = 5.0
  static let compactGap = 3.0
  static let margin = 10.0
  static var tileSize: Double { pitch - gap }
  /// A faint edge in the text colour, so the lightest class shows on white and the darkest
  /// on a dark page.
  static let edge = [("stroke", "currentColor"), ("stroke-opacity", "0.3")]

  /// One region's data.
  struct Region {
    var tile: TileMapLayout.Tile
    var label: String
    var value: Double?
    var text: String?
    var derived = false
  }

  /// The distance between tiles' left edges: fixed when wide, the width shared out when compact.
  var pitch: Double {
    guard chart.isCompact else { return TileMap.pitch }
    return (chart.width - 2 * TileMap.margin + TileMap.compactGap) / Double(TileMapLayout.columns)
  }
  var gap: Double { chart.isCompact ? TileMap.compactGap : TileMap.gap }
  var tileSize: Double { pitch - gap }

  /// True when the chart's labels are English: the renderer is not told the language, but
  /// English labels carry no Chinese characters.
  var isEnglish: Bool {
    !chart.categories.isEmpty
      && chart.categories.allSatisfy { !$0.label.unicodeScalars.contains(where: TextMetrics.isWide) }
  }

  /// True when tiles show codes rather than names (English on a phone).
  var usesCodes: Bool { chart.isCompact && isEnglish }

  func regions() -> [Region] {
    let series = chart.series.first ?? Series(name: "", values: [], labels: [])
    // A region the chart has no category for is named in the language of the others.
    let english = isEnglish
    return TileMapLayout.tiles.map { tile in
      guard let index = chart.categories.firstIndex(where: { $0.key == tile.key }) else {
        return Region(tile: tile, label: english ? tile.english : tile.key)
      }
      let value = ValueLabels.value(series, index)
      return Region(
        tile: tile, label: chart.categories[index].label, value: value,
        text: ValueLabels.text(series, index, style: chart.numberStyle),
        derived: value != nil && series.isDerived(at: index))
    }
  }

  var markup: String {
    let regions = regions()
    let breaks = ClassBreaks(regions.compactMap(\.value))
    let series = chart.series.first
    let margin = TileMap.margin
    let pitch = pitch
    var tiles: [SVGNode] = []
    for region in regions {
      let x = margin + Double(region.tile.column) * pitch
      let y = margin + Double(region.tile.row) * pitch
      tiles.append(tile(region, x: x, y: y, breaks: breaks))
    }
    let mapSize = Double(TileMapLayout.columns) * pitch - gap
    var legend = TileLegend(
      chart: chart, breaks: breaks, showsNoData: regions.contains { $0.value == nil },
      derived: series.map { $0.isDerivedThroughout ? .throughout : $0.isPartlyDerived ? .partly : .none }
        ?? .none,
      row: chart.isCompact ? TileLegend.compactRow : TileLegend.row)
    let corner = 3 * pitch - gap
    let inCorner = legend.width <= corner && legend.height <= corner
    legend.x = margin
    legend.y = inCorner ? margin + 5 * pitch : margin + mapSize + 12
    var bottom = inCorner ? margin + mapSize : legend.y + legend.height
    var body = SVGNode.group("tiles", tiles) + legend.nodes
    if usesCodes {
      let key = TileCodeKey(width: chart.width - 2 * margin)
      body += key.nodes(x: margin, y: bottom + 12)
      bottom += 12 + key.height
    }
    return SVGDocument(
      chart: chart, width: chart.isCompact ? chart.width : margin + mapSize + margin,
      height: bottom + margin, defs: Hatch.defs(for: chart, needed: series?.needsHatch ?? false),
      body: body
    ).markup
  }

  /// One tile: square, name, value, and a `<title>` read on hover and by screen readers.
  private func tile(_ region: Region, x: Double, y: Double, breaks: ClassBreaks) -> SVGNode {
    let size = tileSize
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
        "rect", geometry, series: 0, role: "tile-fill", derived: region.derived, chart: chart,
        className: "q\(TileLegend.paletteIndex(level, of: breaks.count))", fill: fill,
        extra: TileMap.edge)
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
    let text = TileText(
      label: usesCodes ? region.tile.code : region.label,
      value: region.value == nil ? nil : region.text, number: region.value,
      compact: chart.isCompact, grouping: chart.numberStyle.groupingSeparator)
    children += text.blocks(x: x, y: y, size: size, fill: textColour).map(\.node)
    return .el("g", [("class", "tile")], children)
  }

  private static func trimmed(_ text: String) -> String {
    var text = Substring(text)
    while text.last == " " { text.removeLast() }
    return String(text)
  }
}
