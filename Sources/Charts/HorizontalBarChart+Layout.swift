/// The horizontal bar chart's columns and rows.
extension HorizontalBarChart {
  /// Label column, bar area and width: wide enough for the longest label and for the value
  /// labels beyond the longest bars on either side of zero. A compact chart is exactly the
  /// chart's width, its labels wrapped within about 40% of it.
  struct Layout {
    let labelLines: [[String]]
    let labelColumn: Double
    let present: [Double]
    let barLeft: Double
    let barRight: Double
    let width: Double
    private let low: Double
    private let high: Double

    init(_ chart: HorizontalBarChart) {
      let valueSize = HorizontalBarChart.valueFontSize
      let gap = HorizontalBarChart.gap
      let margin = HorizontalBarChart.margin
      let drawn = chart.drawn
      let count = chart.chart.categories.count
      let values = drawn.flatMap { series in (0..<count).map { ValueLabels.value(series, $0) } }
      let texts = drawn.flatMap { series in
        (0..<count).map { ValueLabels.text(series, $0, style: chart.chart.numberStyle) }
      }
      func reach(_ negative: Bool) -> Double {
        zip(values, texts).compactMap { value, text -> Double? in
          guard let value, let text, (value < 0) == negative else { return nil }
          return TextMetrics.width(of: text, fontSize: valueSize)
        }.max().map { $0 + gap } ?? 0
      }
      present = values.compactMap { $0 }
      let noDataReach =
        values.contains { $0 == nil } && !present.isEmpty
        ? TextMetrics.width(of: chart.chart.words.noData, fontSize: valueSize) + gap : 0
      let leftReach = reach(true)
      let rightReach = max(reach(false), noDataReach)
      low = min(0, present.min() ?? 0)
      high = max(0, present.max() ?? 0)
      let compact = chart.chart.isCompact
      let available = chart.chart.width - 2 * margin - gap - leftReach - rightReach
      let wrapLimit =
        compact
        ? max(60, min(chart.chart.width * 0.4, available - HorizontalBarChart.compactBarLength))
        : chart.chart.width * 0.38
      labelLines = chart.chart.categories.map {
        HorizontalBarChart.wrapLabel($0.label, within: wrapLimit)
      }
      labelColumn = labelLines.map { TextMetrics.width(of: $0, fontSize: HorizontalBarChart.labelFontSize) }.max() ?? 0
      barLeft = margin + labelColumn + gap + leftReach
      width =
        compact
        ? chart.chart.width
        : max(chart.chart.width, barLeft + HorizontalBarChart.minimumBarLength + rightReach + margin)
      barRight = width - margin - rightReach
    }

    /// The x of `value`.
    func x(_ value: Double) -> Double {
      high == low ? barLeft : barLeft + (value - low) / (high - low) * (barRight - barLeft)
    }
  }

  /// A category label on as few lines as fit `limit` (up to three), else broken greedily.
  static func wrapLabel(_ label: String, within limit: Double) -> [String] {
    let size = labelFontSize
    return TextMetrics.wrap(label, maxWidth: limit, fontSize: size, maxLines: 3)
      ?? TextMetrics.greedyLines(label, maxWidth: limit, fontSize: size)
  }

  /// The markup of all rows, by layer.
  struct Rows: ~Copyable {
    var labels = SVGMarkup()
    var bars = SVGMarkup()
    var values = SVGMarkup()
  }

  /// Draws category `index` in the row starting at `top`; returns the row's height.
  func row(_ index: Int, top: Double, layout: Layout, into rows: inout Rows) -> Double {
    let labelSize = HorizontalBarChart.labelFontSize
    let lines = layout.labelLines[index]
    let height = max(
      HorizontalBarChart.minimumRow, TextMetrics.height(lines: lines.count, fontSize: labelSize) + 8,
      block + 8)
    let middle = top + height / 2
    TextBlock(
      lines: lines, x: HorizontalBarChart.margin + layout.labelColumn,
      y: TextBlock.baseline(centering: lines.count, fontSize: labelSize, on: middle), anchor: .end,
      fontSize: labelSize, className: "label"
    ).write(into: &rows.labels)
    let thickness =
      seriesIndices.count > 1 ? HorizontalBarChart.groupedThickness : HorizontalBarChart.barThickness
    for (position, seriesIndex) in seriesIndices.enumerated() {
      let barTop =
        middle - block / 2 + Double(position) * (thickness + HorizontalBarChart.groupedGap)
      bar(index, series: seriesIndex, top: barTop, thickness: thickness, layout: layout, into: &rows)
    }
    return height
  }

  /// One bar of category `index` from the top edge `top`, with its value at the end.
  private func bar(
    _ index: Int, series seriesIndex: Int, top: Double, thickness: Double, layout: Layout,
    into rows: inout Rows
  ) {
    let valueSize = HorizontalBarChart.valueFontSize
    let gap = HorizontalBarChart.gap
    let series = chart.series[seriesIndex]
    let valueBaseline = TextBlock.baseline(centering: 1, fontSize: valueSize, on: top + thickness / 2)
    let zero = layout.x(0)
    guard let value = ValueLabels.value(series, index) else {
      if !layout.present.isEmpty {
        var note = TextBlock(
          lines: [chart.words.noData], x: zero + gap / 2, y: valueBaseline, fontSize: valueSize,
          className: "label no-data")
        note.muted = true
        note.write(into: &rows.values)
      }
      return
    }
    let end = layout.x(value)
    Marks.rect(
      x: min(zero, end), y: top, width: abs(end - zero), height: thickness, series: seriesIndex,
      role: "bar", derived: series.isDerived(at: index), chart: chart, into: &rows.bars)
    if let text = ValueLabels.text(series, index, style: chart.numberStyle) {
      TextBlock(
        lines: [text], x: value < 0 ? end - gap / 2 : end + gap / 2, y: valueBaseline,
        anchor: value < 0 ? .end : .start, fontSize: valueSize, className: "label value"
      ).write(into: &rows.values)
    }
  }
}
