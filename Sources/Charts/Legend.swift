/// The legend above a chart: one swatch and name per series, flowing onto more rows when
/// the names do not fit one.
struct Legend {
  /// How a series is drawn, so the swatch matches it.
  enum Swatch { case box, line }

  /// One entry.
  struct Item {
    var name: String
    var seriesIndex: Int
    var derived: Bool
    var className: String? = nil
    var fill: String? = nil
  }

  static let fontSize = 12.0
  static let swatchSize = 12.0
  static let rowHeight = 20.0
  private static let itemGap = 18.0
  private static let swatchGap = 6.0

  var items: [Item]
  var swatch: Swatch = .box

  /// Legend items for the series of `chart` (all of them unless `seriesIndices` says which):
  /// a series is marked "(derived)" only when all its values are; when some series is only
  /// partly derived, one more item says what the hatching means.
  static func items(for chart: Chart, seriesIndices: [Int]? = nil) -> [Item] {
    let indices = seriesIndices ?? Array(chart.series.indices)
    var items = indices.map { index in
      let series = chart.series[index]
      return Item(
        name: label(series.name, derived: series.isDerivedThroughout, words: chart.words),
        seriesIndex: index, derived: series.isDerivedThroughout)
    }
    if indices.contains(where: { chart.series[$0].isPartlyDerived }) { items.append(key(chart)) }
    return items
  }

  /// The legend of a chart drawing one series, which needs none unless values are derived:
  /// the series' name marked "(derived)" when all are, the hatching key when only some are.
  static func items(forSingle index: Int, of chart: Chart) -> [Item] {
    guard index < chart.series.count else { return [] }
    let series = chart.series[index]
    if series.isDerivedThroughout {
      return items(for: chart, seriesIndices: [index])
    }
    return series.isPartlyDerived ? [key(chart)] : []
  }

  /// The item explaining the hatching (or dashes): a neutral swatch named `words.derived`.
  static func key(_ chart: Chart) -> Item {
    Item(name: chart.words.derived, seriesIndex: 0, derived: true, className: "key", fill: Palette.other)
  }

  /// "name (derived)", with full-width brackets when the marker word is Chinese; the name
  /// alone when it is not derived or already says so (a column labelled "…（推算）").
  static func label(_ name: String, derived: Bool, words: ChartWords) -> String {
    guard derived, !words.derived.isEmpty, !name.contains(words.derived) else { return name }
    let chinese = words.derived.unicodeScalars.contains(where: TextMetrics.isWide)
    return chinese ? "\(name)（\(words.derived)）" : "\(name) (\(words.derived))"
  }

  /// The height the legend takes when it may be `width` wide (0 when empty).
  func height(width: Double) -> Double {
    items.isEmpty ? 0 : Double(rows(width: width).count) * Legend.rowHeight
  }

  /// Writes the legend from (`x`, `y`), top-left, within `width`.
  func write(x: Double, y: Double, width: Double, chart: Chart, into svg: inout SVGMarkup) {
    var legend = SVGMarkup()
    for (row, entries) in rows(width: width).enumerated() {
      var left = x
      let middle = y + Double(row) * Legend.rowHeight + Legend.rowHeight / 2
      for item in entries {
        writeSwatch(item, x: left, middle: middle, chart: chart, into: &legend)
        let text = TextBlock(
          lines: [item.name], x: left + Legend.swatchSize + Legend.swatchGap,
          y: TextBlock.baseline(centering: 1, fontSize: Legend.fontSize, on: middle),
          fontSize: Legend.fontSize, className: "legend")
        text.write(into: &legend)
        left += Legend.itemWidth(item)
      }
    }
    svg.group("legend", legend)
  }

  private static func itemWidth(_ item: Item) -> Double {
    swatchSize + swatchGap + TextMetrics.width(of: item.name, fontSize: fontSize) + itemGap
  }

  private func rows(width: Double) -> [[Item]] {
    var rows: [[Item]] = []
    var current: [Item] = []
    var used = 0.0
    for item in items {
      let itemWidth = Legend.itemWidth(item)
      if !current.isEmpty && used + itemWidth - Legend.itemGap > width {
        rows.append(current)
        current = []
        used = 0
      }
      current.append(item)
      used += itemWidth
    }
    if !current.isEmpty { rows.append(current) }
    return rows
  }

  private func writeSwatch(_ item: Item, x: Double, middle: Double, chart: Chart, into svg: inout SVGMarkup) {
    let size = Legend.swatchSize
    switch swatch {
    case .box:
      Marks.shape(
        "rect", MarkBox(x: x, y: middle - size / 2, width: size, height: size),
        series: item.seriesIndex, role: "swatch", derived: item.derived, chart: chart,
        className: item.className, fill: item.fill, into: &svg)
    case .line:
      let style = Marks.style(item.seriesIndex)
      svg.begin("line")
      svg.attribute("class", "swatch line", item.className ?? style.className)
      svg.attribute("x1", x)
      svg.attribute("y1", middle)
      svg.attribute("x2", x + size)
      svg.attribute("y2", middle)
      svg.attribute("stroke", item.fill ?? style.fill)
      svg.attribute("stroke-width", "2.5")
      if item.derived { svg.attribute("stroke-dasharray", "4 2") }
      svg.end()
    }
  }
}
