/// Horizontal bars for rankings and long labels: labels on the left (wrapped when long),
/// bars to the right, the value at each bar's end; the chart grows taller with every
/// category.
struct HorizontalBarChart {
  let chart: Chart

  static let minimumWidth = 640.0
  static let margin = 10.0
  static let labelFontSize = 12.0
  static let valueFontSize = 11.0
  static let barThickness = 16.0
  static let minimumRow = 24.0
  static let minimumBarLength = 200.0
  private static let gap = 6.0

  var markup: String {
    let series = chart.series.first ?? Series(name: "", values: [], labels: [])
    let values = chart.categories.indices.map { ValueLabels.value(series, $0) }
    let texts = chart.categories.indices.map { ValueLabels.text(series, $0, style: chart.numberStyle) }
    let labelSize = HorizontalBarChart.labelFontSize
    let valueSize = HorizontalBarChart.valueFontSize
    let gap = HorizontalBarChart.gap
    let margin = HorizontalBarChart.margin

    let wrapLimit = HorizontalBarChart.minimumWidth * 0.38
    let labelLines = chart.categories.map {
      TextMetrics.wrap($0.label, maxWidth: wrapLimit, fontSize: labelSize, maxLines: 3)
        ?? TextMetrics.greedyLines($0.label, maxWidth: wrapLimit, fontSize: labelSize)
    }
    let labelColumn = labelLines.map { TextMetrics.width(of: $0, fontSize: labelSize) }.max() ?? 0
    func reach(_ negative: Bool) -> Double {
      zip(values, texts).compactMap { value, text -> Double? in
        guard let value, let text, (value < 0) == negative else { return nil }
        return TextMetrics.width(of: text, fontSize: valueSize)
      }.max().map { $0 + gap } ?? 0
    }
    let present = values.compactMap { $0 }
    let low = min(0, present.min() ?? 0)
    let high = max(0, present.max() ?? 0)
    let barLeft = margin + labelColumn + gap + reach(true)
    let width = max(
      HorizontalBarChart.minimumWidth,
      barLeft + HorizontalBarChart.minimumBarLength + reach(false) + margin)
    let barRight = width - margin - reach(false)
    let x = { (value: Double) -> Double in
      high == low ? barLeft : barLeft + (value - low) / (high - low) * (barRight - barLeft)
    }

    let legend = Legend(items: series.isDerived ? Legend.items(for: chart) : [])
    var top = margin + legend.height(width: width - 2 * margin)
    var body = legend.nodes(x: margin, y: margin, width: width - 2 * margin, chart: chart)
    if !chart.unit.isEmpty {
      top += 18
      let unit = TextBlock(
        lines: [chart.unit], x: barLeft, y: top - 6, fontSize: valueSize, className: "axis-title")
      body.append(unit.node)
    }
    var labels: [SVGNode] = []
    var bars: [SVGNode] = []
    var valueLabels: [SVGNode] = []
    var rowTop = top
    for (index, lines) in labelLines.enumerated() {
      let rowHeight = max(
        HorizontalBarChart.minimumRow, TextMetrics.height(lines: lines.count, fontSize: labelSize) + 8)
      let middle = rowTop + rowHeight / 2
      labels.append(
        TextBlock(
          lines: lines, x: margin + labelColumn,
          y: TextBlock.baseline(centering: lines.count, fontSize: labelSize, on: middle),
          anchor: .end, fontSize: labelSize, className: "label"
        ).node)
      if let value = values[index] {
        let zero = x(0)
        let end = x(value)
        bars += Marks.rect(
          x: min(zero, end), y: middle - HorizontalBarChart.barThickness / 2, width: abs(end - zero),
          height: HorizontalBarChart.barThickness, series: 0, role: "bar", derived: series.isDerived,
          chart: chart)
        if let text = texts[index] {
          valueLabels.append(
            TextBlock(
              lines: [text], x: value < 0 ? end - gap / 2 : end + gap / 2,
              y: TextBlock.baseline(centering: 1, fontSize: valueSize, on: middle),
              anchor: value < 0 ? .end : .start, fontSize: valueSize, className: "label value"
            ).node)
        }
      }
      rowTop += rowHeight
    }
    body += SVGNode.group("categories", labels) + SVGNode.group("bars", bars)
    body.append(
      Marks.rule(x1: x(0), y1: top, x2: x(0), y2: rowTop, className: "baseline", opacity: 0.6))
    body += SVGNode.group("values", valueLabels)
    if present.isEmpty {
      body.append(
        TextBlock(
          lines: [chart.words.noData], x: (barLeft + barRight) / 2, y: top + 16, anchor: .middle,
          fontSize: labelSize, className: "label no-data"
        ).node)
    }
    return SVGDocument(
      chart: chart, width: width, height: rowTop + margin,
      defs: Hatch.defs(for: chart, needed: series.isDerived), body: body
    ).markup
  }
}
