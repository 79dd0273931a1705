/// Horizontal bars for rankings and long labels: labels on the left (wrapped when long),
/// bars to the right, the value at each bar's end; the chart grows taller with every
/// category. With several series (a grouped chart on a phone) each row holds one thin bar
/// per series, one under the other, and a legend names them.
struct HorizontalBarChart {
  let chart: Chart
  /// The series drawn in each row, top to bottom: the first for bar and hbar charts.
  let seriesIndices: [Int]
  /// True when the legend names every series (grouped); else it shows only for derived values.
  let namesSeries: Bool

  static let margin = 10.0
  static let labelFontSize = 12.0
  static let valueFontSize = 11.0
  /// The bar's thickness when a row holds one bar.
  static let barThickness = 16.0
  /// Each bar's thickness, and the gap between them, when a row holds several.
  static let groupedThickness = 12.0
  static let groupedGap = 2.0
  static let minimumRow = 24.0
  static let minimumBarLength = 200.0
  /// The shortest bar area a compact chart keeps when labels are long.
  static let compactBarLength = 100.0
  static let gap = 6.0

  /// Draws `seriesIndices` of `chart` (the first series when nil).
  init(chart: Chart, seriesIndices: [Int]? = nil, namesSeries: Bool = false) {
    self.chart = chart
    self.seriesIndices = seriesIndices ?? (chart.series.isEmpty ? [] : [0])
    self.namesSeries = namesSeries
  }

  /// The series drawn, in order.
  var drawn: [Series] { seriesIndices.map { chart.series[$0] } }

  /// The thickness of one row's block of bars.
  var block: Double {
    let count = Double(max(1, seriesIndices.count))
    guard count > 1 else { return HorizontalBarChart.barThickness }
    return count * HorizontalBarChart.groupedThickness + (count - 1) * HorizontalBarChart.groupedGap
  }

  var markup: [UInt8] {
    let layout = Layout(self)
    let margin = HorizontalBarChart.margin
    let legend = Legend(
      items: namesSeries
        ? Legend.items(for: chart, seriesIndices: seriesIndices)
        : seriesIndices.first.map { Legend.items(forSingle: $0, of: chart) } ?? [])
    let legendWidth = layout.width - 2 * margin
    var top = margin + (legend.items.isEmpty ? 0 : legend.height(width: legendWidth) + 4)
    var body = SVGMarkup(capacity: 4096)
    legend.write(x: margin, y: margin, width: legendWidth, chart: chart, into: &body)
    if !chart.unit.isEmpty {
      top += 18
      let size = HorizontalBarChart.valueFontSize
      let fits = layout.barLeft + TextMetrics.width(of: chart.unit, fontSize: size) <= layout.width - margin
      let unit = TextBlock(
        lines: [chart.unit], x: fits ? layout.barLeft : margin, y: top - 6, fontSize: size,
        className: "axis-title")
      unit.write(into: &body)
    }
    var rows = Rows()
    var rowTop = top
    for index in chart.categories.indices {
      rowTop += row(index, top: rowTop, layout: layout, into: &rows)
    }
    body.group("categories", rows.labels)
    body.group("bars", rows.bars)
    let zero = layout.x(0)
    Marks.rule(
      x1: zero, y1: top, x2: zero, y2: rowTop, className: "baseline", opacity: 0.6, into: &body)
    body.group("values", rows.values)
    if layout.present.isEmpty {
      TextBlock(
        lines: [chart.words.noData], x: (layout.barLeft + layout.barRight) / 2, y: top + 16,
        anchor: .middle, fontSize: HorizontalBarChart.labelFontSize, className: "label no-data"
      ).write(into: &body)
    }
    let hatched = drawn.contains(where: \.needsHatch) || legend.items.contains(where: \.derived)
    return SVGDocument.markup(
      chart: chart, width: layout.width, height: rowTop + margin,
      defs: Hatch.defs(for: chart, needed: hatched), body: body)
  }
}
