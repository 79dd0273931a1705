/// The compact (phone) stacked chart: one row per category, labels on the left, positive
/// parts stacked rightwards from zero and negative ones leftwards, each part labelled
/// inside when it fits and the total, in bold, at the end of the stack.
extension StackedBarChart {
  static let rowThickness = 20.0
  static let compactInsideFontSize = 11.0

  var horizontalMarkup: [UInt8] {
    let stacks = stacks()
    let totals = totals(stacks)
    let margin = HorizontalBarChart.margin
    let gap = HorizontalBarChart.gap
    let labelSize = HorizontalBarChart.labelFontSize
    let valueSize = HorizontalBarChart.valueFontSize
    let width = chart.width
    let placed = stacks.indices.filter { stacks[$0].total != nil }
    func reach(left: Bool) -> Double {
      placed.filter { stacks[$0].totalGoesUp != left }.compactMap { totals[$0] }
        .map { TextMetrics.width(of: $0, fontSize: valueSize) + gap }.max() ?? 0
    }
    let noData =
      !placed.isEmpty && placed.count < stacks.count
      ? TextMetrics.width(of: chart.words.noData, fontSize: valueSize) + gap : 0
    let leftReach = reach(left: true)
    let rightReach = max(reach(left: false), noData)
    let available = width - 2 * margin - gap - leftReach - rightReach
    let limit = max(60, min(width * 0.4, available - HorizontalBarChart.compactBarLength))
    let lines = chart.categories.map { HorizontalBarChart.wrapLabel($0.label, within: limit) }
    let labelColumn = lines.map { TextMetrics.width(of: $0, fontSize: labelSize) }.max() ?? 0
    let barLeft = margin + labelColumn + gap + leftReach
    let barRight = width - margin - rightReach
    let low = min(0, stacks.map(\.negative).min() ?? 0)
    let high = max(0, stacks.map(\.positive).max() ?? 0)
    func x(_ value: Double) -> Double {
      high == low ? barLeft : barLeft + (value - low) / (high - low) * (barRight - barLeft)
    }

    let legend = Legend(items: Legend.items(for: chart))
    var top = margin + (legend.items.isEmpty ? 0 : legend.height(width: width - 2 * margin) + 4)
    var body = SVGMarkup(capacity: 4096)
    legend.write(x: margin, y: margin, width: width - 2 * margin, chart: chart, into: &body)
    if !chart.unit.isEmpty {
      top += 18
      let fits = barLeft + TextMetrics.width(of: chart.unit, fontSize: valueSize) <= width - margin
      TextBlock(
        lines: [chart.unit], x: fits ? barLeft : margin, y: top - 6, fontSize: valueSize,
        className: "axis-title"
      ).write(into: &body)
    }
    var labels = SVGMarkup()
    var bars = SVGMarkup()
    var inside = SVGMarkup()
    var ends = SVGMarkup()
    var rowTop = top
    let thickness = StackedBarChart.rowThickness
    for (index, stack) in stacks.enumerated() {
      let rowHeight = max(thickness + 8, TextMetrics.height(lines: lines[index].count, fontSize: labelSize) + 8)
      let middle = rowTop + rowHeight / 2
      TextBlock(
        lines: lines[index], x: margin + labelColumn,
        y: TextBlock.baseline(centering: lines[index].count, fontSize: labelSize, on: middle),
        anchor: .end, fontSize: labelSize, className: "label"
      ).write(into: &labels)
      var up = 0.0
      var down = 0.0
      for (seriesIndex, series) in chart.series.enumerated() {
        guard let value = ValueLabels.value(series, index), value != 0 else { continue }
        let start = value > 0 ? up : down
        let end = start + value
        if value > 0 { up = end } else { down = end }
        let left = min(x(start), x(end))
        let length = abs(x(end) - x(start))
        Marks.rect(
          x: left, y: middle - thickness / 2, width: length, height: thickness, series: seriesIndex,
          role: "bar", derived: series.isDerived(at: index), chart: chart, into: &bars)
        if !series.isDerived(at: index), let text = ValueLabels.text(series, index, style: chart.numberStyle),
          let block = insideLabel(
            text, x: left + length / 2, top: middle - thickness / 2, height: thickness,
            width: length, fill: Palette.color(seriesIndex), fontSize: StackedBarChart.compactInsideFontSize)
        {
          block.write(into: &inside)
        }
      }
      let baseline = TextBlock.baseline(centering: 1, fontSize: valueSize, on: middle)
      if let text = totals[index] {
        let right = stack.totalGoesUp
        TextBlock(
          lines: [text], x: right ? x(stack.positive) + gap / 2 : x(stack.negative) - gap / 2,
          y: baseline, anchor: right ? .start : .end, fontSize: valueSize, className: "label total",
          bold: true
        ).write(into: &ends)
      } else if !placed.isEmpty {
        var note = TextBlock(
          lines: [chart.words.noData], x: x(0) + gap / 2, y: baseline, fontSize: valueSize,
          className: "label no-data")
        note.muted = true
        note.write(into: &ends)
      }
      rowTop += rowHeight
    }
    body.group("categories", labels)
    body.group("bars", bars)
    Marks.rule(
      x1: x(0), y1: top, x2: x(0), y2: rowTop, className: "baseline", opacity: 0.6, into: &body)
    body.group("values", inside)
    body.group("totals", ends)
    if placed.isEmpty {
      TextBlock(
        lines: [chart.words.noData], x: (barLeft + barRight) / 2, y: top + 16, anchor: .middle,
        fontSize: labelSize, className: "label no-data"
      ).write(into: &body)
    }
    return SVGDocument.markup(
      chart: chart, width: width, height: rowTop + margin, defs: Hatch.defs(for: chart), body: body)
  }
}
