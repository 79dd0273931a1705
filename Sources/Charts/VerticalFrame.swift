/// The layout shared by the vertical charts (bar, grouped, stacked, line): legend and unit
/// caption on top, value axis on the left, categories along the bottom. Margins grow to fit
/// the longest tick and category labels, so no text leaves the viewBox.
struct VerticalFrame {
  /// Space a chart needs beyond the highest and lowest marks for its value labels.
  struct Room {
    var above = 0.0
    var below = 0.0
  }

  static let margin = 10.0
  static let plotHeight = 240.0
  /// The plot's height in compact layouts, where the chart is only 360 wide.
  static let compactPlotHeight = 200.0
  static let tickFontSize = 11.0
  private static let unitRow = 18.0

  let chart: Chart
  let scale: Scale
  /// The tick values' labels, in the reader's style.
  let tickLabels: [String]
  let legend: Legend
  let categoryLabels: CategoryLabels
  let plotLeft: Double
  let plotRight: Double
  let plotTop: Double
  let plotBottom: Double
  let room: Room
  let height: Double

  /// The viewBox width: the chart's.
  var width: Double { chart.width }

  /// Lays out `chart` for values from `minimum` to `maximum`; `room` says, for a band
  /// width, how much space value labels need. `tickCount` is the number of intervals the
  /// value axis aims at (and, when compact, does not exceed); `rightRoom` is kept free right of the plot (for end labels);
  /// `thinLabels` lets a compact chart label only every few categories (the last always).
  init(
    chart: Chart, minimum: Double, maximum: Double, legend: Legend, tickCount: Int = 5,
    rightRoom: Double = 0, thinLabels: Bool = false, room: (Double) -> Room
  ) {
    self.chart = chart
    self.legend = legend
    let scale = Scale(
      covering: minimum, maximum, tickCount: tickCount,
      maximumIntervals: chart.isCompact ? tickCount : nil)
    self.scale = scale
    let tickLabels = scale.labels(grouping: chart.numberStyle.groupingSeparator)
    self.tickLabels = tickLabels
    let tickWidth = TextMetrics.width(of: tickLabels, fontSize: VerticalFrame.tickFontSize)
    var left = VerticalFrame.margin + tickWidth + 6
    var right = chart.width - VerticalFrame.margin - rightRoom
    let count = max(1, chart.categories.count)
    let names = chart.categories.map { BreakableText($0.label) }
    func layOut(_ band: Double) -> CategoryLabels {
      VerticalFrame.categoryLabels(names, bandWidth: band, compact: chart.isCompact, thin: thinLabels)
    }
    var labels = layOut((right - left) / Double(count))
    // Narrow the plot until the outermost labels stay inside the margins.
    for _ in 0..<4 {
      let band = (right - left) / Double(count)
      let centres = (0..<chart.categories.count).map { left + band * (Double($0) + 0.5) }
      let leftmost = zip(centres.indices, centres).map { $1 - labels.leftReach($0) }.min() ?? left
      let rightmost = zip(centres.indices, centres).map { $1 + labels.rightReach($0) }.max() ?? right
      let limit = chart.width - VerticalFrame.margin
      guard leftmost < VerticalFrame.margin - 1e-9 || rightmost > limit + 1e-9 else { break }
      if leftmost < VerticalFrame.margin { left += VerticalFrame.margin - leftmost }
      if rightmost > limit { right -= rightmost - limit }
      labels = layOut((right - left) / Double(count))
    }
    self.categoryLabels = labels
    self.plotLeft = left
    self.plotRight = right
    let room = room((right - left) / Double(count))
    self.room = room
    let legendHeight =
      legend.items.isEmpty
      ? 0 : legend.height(width: chart.width - 2 * VerticalFrame.margin) + 4
    let unitHeight = chart.unit.isEmpty ? 6 : VerticalFrame.unitRow
    self.plotTop = VerticalFrame.margin + legendHeight + unitHeight + room.above
    self.plotBottom =
      plotTop + (chart.isCompact ? VerticalFrame.compactPlotHeight : VerticalFrame.plotHeight)
    self.height = plotBottom + room.below + labels.height + VerticalFrame.margin
  }

  /// The category labels for bands `bandWidth` wide. Thinned labels leave all but every
  /// k-th category (counting back from the last) blank, with the smallest k that lets the
  /// rest lie flat.
  private static func categoryLabels(
    _ names: [BreakableText], bandWidth: Double, compact: Bool, thin: Bool
  ) -> CategoryLabels {
    guard thin && compact, names.count > 2 else {
      return CategoryLabels(labels: names, bandWidth: bandWidth, compact: compact)
    }
    let blank = BreakableText("")
    for step in 1..<names.count {
      let last = names.count - 1
      let shown = names.indices.map { (last - $0) % step == 0 ? names[$0] : blank }
      let labels = CategoryLabels(labels: shown, bandWidth: bandWidth * Double(step), compact: compact)
      if labels.isFlat { return labels }
    }
    return CategoryLabels(labels: names, bandWidth: bandWidth, compact: compact)
  }

  /// The width of one category band.
  var bandWidth: Double { (plotRight - plotLeft) / Double(max(1, chart.categories.count)) }

  /// The centre of band `index`.
  func center(_ index: Int) -> Double { plotLeft + bandWidth * (Double(index) + 0.5) }

  /// The y of `value`.
  func y(_ value: Double) -> Double { scale.position(of: value, from: plotBottom, to: plotTop) }

  /// Writes the legend, unit caption, grid, tick labels and category labels.
  func writeAxes(into svg: inout SVGMarkup) {
    legend.write(
      x: VerticalFrame.margin, y: VerticalFrame.margin,
      width: chart.width - 2 * VerticalFrame.margin, chart: chart, into: &svg)
    if !chart.unit.isEmpty {
      let unit = TextBlock(
        lines: [chart.unit], x: VerticalFrame.margin, y: plotTop - room.above - 7,
        fontSize: VerticalFrame.tickFontSize, className: "axis-title")
      unit.write(into: &svg)
    }
    var grid = SVGMarkup()
    var ticks = SVGMarkup()
    for (value, label) in zip(scale.ticks, tickLabels) {
      let y = y(value)
      if value != 0 {
        Marks.rule(
          x1: plotLeft, y1: y, x2: plotRight, y2: y, className: "grid", opacity: 0.15, into: &grid)
      }
      let tick = TextBlock(
        lines: [label], x: plotLeft - 6, y: y + VerticalFrame.tickFontSize * 0.35, anchor: .end,
        fontSize: VerticalFrame.tickFontSize, className: "tick")
      tick.write(into: &ticks)
    }
    svg.group("grid", grid)
    svg.group("ticks", ticks)
    var labels = SVGMarkup()
    let centers = chart.categories.indices.map(center)
    for block in categoryLabels.blocks(centers: centers, top: plotBottom + room.below)
    where !block.lines.allSatisfy(\.isEmpty) {
      block.write(into: &labels)
    }
    svg.group("categories", labels)
  }

  /// Writes the zero line, drawn over the marks.
  func writeBaseline(into svg: inout SVGMarkup) {
    let y = y(0)
    Marks.rule(
      x1: plotLeft, y1: y, x2: plotRight, y2: y, className: "baseline", opacity: 0.6, into: &svg)
  }

  /// Writes a "no data" note in the middle of the plot.
  func writeNoData(into svg: inout SVGMarkup) {
    TextBlock(
      lines: [chart.words.noData], x: (plotLeft + plotRight) / 2,
      y: (plotTop + plotBottom) / 2, anchor: .middle, fontSize: 12, className: "label no-data"
    ).write(into: &svg)
  }

  /// The whole SVG of a bar chart drawn in this frame, in paint order: legend and axes, the
  /// bars, the zero line over them, the values (and the stacks' totals) above it, and the
  /// "no data" note when `empty`. Shared by the bar, grouped and stacked charts.
  func document(
    bars: borrowing SVGMarkup, values: borrowing SVGMarkup, totals: borrowing SVGMarkup = SVGMarkup(),
    empty: Bool, defs: borrowing SVGMarkup
  ) -> [UInt8] {
    var body = SVGMarkup(capacity: 4096)
    writeAxes(into: &body)
    body.group("bars", bars)
    writeBaseline(into: &body)
    body.group("values", values)
    body.group("totals", totals)
    if empty { writeNoData(into: &body) }
    return SVGDocument.markup(chart: chart, width: width, height: height, defs: defs, body: body)
  }
}
