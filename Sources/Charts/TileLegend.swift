/// The tile map's legend: the unit, one swatch and range per class, and swatches for
/// "no data" and derived values when the map has them.
struct TileLegend {
  /// Which of the map's values are derived.
  enum Derived { case none, partly, throughout }

  let chart: Chart
  let breaks: ClassBreaks
  let showsNoData: Bool
  let derived: Derived
  /// The height of one row.
  var row = TileLegend.row
  var x = 0.0
  var y = 0.0

  static let fontSize = 11.0
  static let row = 18.0
  /// Compact maps pack the rows tighter so the legend fits the empty south-west corner.
  static let compactRow = 17.0
  static let swatch = 13.0
  static let swatchGap = 6.0

  /// The palette colour of class `level` when there are `count` classes, spread over the ramp.
  static func paletteIndex(_ level: Int, of count: Int) -> Int {
    let last = Palette.sequential.count - 1
    guard count > 1 else { return last / 2 }
    return Int((Double(level * last) / Double(count - 1)).rounded())
  }

  private var texts: [String] {
    let grouping = chart.numberStyle.groupingSeparator
    var texts = (0..<breaks.count).map { breaks.label($0, grouping: grouping) }
    if showsNoData { texts.append(chart.words.noData) }
    switch derived {
    case .none: break
    case .partly: texts.append(chart.words.derived)
    case .throughout:
      texts.append(Legend.label(chart.series.first?.name ?? "", derived: true, words: chart.words))
    }
    return texts
  }

  private var headingHeight: Double { chart.unit.isEmpty ? 0 : row }

  var width: Double {
    let rows = texts.map {
      TileLegend.swatch + TileLegend.swatchGap + TextMetrics.width(of: $0, fontSize: TileLegend.fontSize)
    }
    return max(rows.max() ?? 0, TextMetrics.width(of: chart.unit, fontSize: TileLegend.fontSize))
  }

  var height: Double { headingHeight + Double(texts.count) * row }

  /// Writes the legend.
  func write(into svg: inout SVGMarkup) {
    var legend = SVGMarkup(capacity: 2048)
    let size = TileLegend.swatch
    if !chart.unit.isEmpty {
      TextBlock(
        lines: [chart.unit], x: x, y: y + row / 2 + TileLegend.fontSize * 0.35,
        fontSize: TileLegend.fontSize, className: "axis-title"
      ).write(into: &legend)
    }
    for (index, text) in texts.enumerated() {
      let middle = y + headingHeight + (Double(index) + 0.5) * row
      let box = MarkBox(x: x, y: middle - size / 2, width: size, height: size, cornerRadius: "2")
      if index < breaks.count {
        let level = TileLegend.paletteIndex(index, of: breaks.count)
        legend.begin("rect")
        box.write(into: &legend)
        legend.attribute("class", "swatch", Palette.levelClassName(level))
        legend.attribute("fill", Palette.sequential[level])
        Marks.write(.faint, into: &legend)
        legend.end()
      } else if showsNoData && index == breaks.count {
        legend.begin("rect")
        box.write(into: &legend)
        legend.attribute("class", "swatch no-data")
        TileMap.writeEmptyStyle(into: &legend)
        legend.end()
      } else {
        let level = TileLegend.paletteIndex(breaks.count / 2, of: breaks.count)
        Marks.shape(
          "rect", box, series: 0, role: "swatch", derived: true, chart: chart,
          className: Palette.levelClassName(level), fill: Palette.sequential[level], into: &legend)
      }
      TextBlock(
        lines: [text], x: x + size + TileLegend.swatchGap,
        y: TextBlock.baseline(centering: 1, fontSize: TileLegend.fontSize, on: middle),
        fontSize: TileLegend.fontSize, className: "legend"
      ).write(into: &legend)
    }
    svg.group("legend", legend)
  }
}
