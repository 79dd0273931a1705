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
  let isEnglish: Bool

  /// Draws `chart`.
  init(chart: Chart) {
    self.chart = chart
    isEnglish =
      !chart.categories.isEmpty
      && chart.categories.allSatisfy { !$0.label.unicodeScalars.contains(where: TextMetrics.isWide) }
  }

  /// True when tiles show codes rather than names (English on a phone).
  var usesCodes: Bool { chart.isCompact && isEnglish }

  func regions() -> [Region] {
    let series = chart.series.first ?? Series(name: "", values: [], labels: [])
    // A region the chart has no category for is named in the language of the others.
    let english = isEnglish
    // The first category of each key, looked up once per tile.
    let indices = Dictionary(
      chart.categories.indices.map { (chart.categories[$0].key, $0) }, uniquingKeysWith: { first, _ in first })
    return TileMapLayout.tiles.map { tile in
      guard let index = indices[tile.key] else {
        return Region(tile: tile, label: english ? tile.english : tile.key)
      }
      let value = ValueLabels.value(series, index)
      return Region(
        tile: tile, label: chart.categories[index].label, value: value,
        text: ValueLabels.text(series, index, style: chart.numberStyle),
        derived: value != nil && series.isDerived(at: index))
    }
  }

  var markup: [UInt8] {
    let regions = regions()
    let breaks = ClassBreaks(regions.compactMap(\.value))
    let series = chart.series.first
    let margin = TileMap.margin
    let pitch = pitch
    var tiles = SVGMarkup(capacity: 8192)
    for region in regions {
      let x = margin + Double(region.tile.column) * pitch
      let y = margin + Double(region.tile.row) * pitch
      writeTile(region, x: x, y: y, breaks: breaks, into: &tiles)
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
    var body = SVGMarkup(capacity: 16384)
    body.group("tiles", tiles)
    legend.write(into: &body)
    if usesCodes {
      let key = TileCodeKey(width: chart.width - 2 * margin)
      key.write(x: margin, y: bottom + 12, into: &body)
      bottom += 12 + key.height
    }
    return SVGDocument.markup(
      chart: chart, width: chart.isCompact ? chart.width : margin + mapSize + margin,
      height: bottom + margin, defs: Hatch.defs(for: chart, needed: series?.needsHatch ?? false),
      body: body)
  }

  /// One tile: square, name, value, and a `<title>` read on hover and by screen readers.
  private func writeTile(
    _ region: Region, x: Double, y: Double, breaks: ClassBreaks, into svg: inout SVGMarkup
  ) {
    let size = tileSize
    let box = MarkBox(x: x, y: y, width: size, height: size, cornerRadius: "3")
    svg.begin("g")
    svg.attribute("class", "tile")
    svg.beginChildren()
    svg.begin("title")
    let textColour: String
    if let value = region.value {
      let level = TileLegend.paletteIndex(breaks.classIndex(of: value), of: breaks.count)
      let fill = Palette.sequential[level]
      textColour = Palette.textColor(on: fill)
      svg.end("title", text: TileMap.trimmed("\(region.label): \(region.text ?? "") \(chart.unit)"))
      Marks.shape(
        "rect", box, series: 0, role: "tile-fill", derived: region.derived, chart: chart,
        className: Palette.levelClassName(level), fill: fill, outline: .faint, into: &svg)
    } else {
      textColour = "currentColor"
      svg.end("title", text: "\(region.label): \(chart.words.noData)")
      svg.begin("rect")
      box.write(into: &svg)
      svg.attribute("class", "tile-fill no-data")
      TileMap.writeEmptyStyle(into: &svg)
      svg.end()
    }
    let text = TileText(
      label: usesCodes ? region.tile.code : region.label,
      value: region.value == nil ? nil : region.text, number: region.value,
      compact: chart.isCompact, grouping: chart.numberStyle.groupingSeparator)
    for block in text.blocks(x: x, y: y, size: size, fill: textColour) { block.write(into: &svg) }
    svg.end("g")
  }

  /// The dashed outline, and no fill, of a tile or swatch without data.
  static func writeEmptyStyle(into svg: inout SVGMarkup) {
    svg.attribute("fill", "none")
    svg.attribute("stroke", "currentColor")
    svg.attribute("stroke-opacity", "0.45")
    svg.attribute("stroke-dasharray", "3 2")
  }

  private static func trimmed(_ text: String) -> String {
    var text = Substring(text)
    while text.last == " " { text.removeLast() }
    return String(text)
  }
}
