/// Series stacked in each category: positive values upwards from zero, negative ones
/// downwards; each part labelled inside when it fits, the total at the end of the stack.
/// On a phone (compact width) the stacks lie horizontally, one row per category.
struct StackedBarChart {
  let chart: Chart

  static let barShare = 0.62
  static let insideFontSize = 10.0

  /// One category's stack.
  struct Stack {
    var positive = 0.0
    var negative = 0.0
    var total: Double?
    var decimals = 0

    /// The total sits above the stack unless the stack lies wholly below zero.
    var totalGoesUp: Bool { positive > 0 || (total ?? 0) >= 0 }
  }

  func stacks() -> [Stack] {
    chart.categories.indices.map { index in
      var stack = Stack()
      for series in chart.series {
        guard let value = ValueLabels.value(series, index) else { continue }
        if value >= 0 { stack.positive += value } else { stack.negative += value }
        stack.total = (stack.total ?? 0) + value
        let text = ValueLabels.text(series, index, style: chart.numberStyle) ?? ""
        stack.decimals = max(stack.decimals, ChartNumber.decimals(in: text))
      }
      return stack
    }
  }

  /// Each stack's total as printed, nil for a category without values.
  func totals(_ stacks: [Stack]) -> [String?] {
    let grouping = chart.numberStyle.groupingSeparator
    return stacks.map { stack in
      stack.total.map { ChartNumber.format($0, decimals: stack.decimals, grouping: grouping) }
    }
  }

  var markup: [UInt8] {
    if chart.isCompact { return horizontalMarkup }
    let stacks = stacks()
    let totals = totals(stacks)
    var style = ValueLabels([], slotWidth: 0)
    let frame = VerticalFrame(
      chart: chart, minimum: stacks.map(\.negative).min() ?? 0,
      maximum: stacks.map(\.positive).max() ?? 0, legend: Legend(items: Legend.items(for: chart))
    ) { band in
      style = ValueLabels(totals.compactMap { $0 }, slotWidth: band - 2)
      let placed = stacks.filter { $0.total != nil }
      return VerticalFrame.Room(
        above: placed.contains(where: \.totalGoesUp) ? style.room : 0,
        below: placed.contains { !$0.totalGoesUp } ? style.room : 0)
    }
    let barWidth = frame.bandWidth * StackedBarChart.barShare
    var bars = SVGMarkup()
    var inside = SVGMarkup()
    var labels = SVGMarkup()
    var ends = stacks.map { _ in (up: 0.0, down: 0.0) }
    for (seriesIndex, series) in chart.series.enumerated() {
      var seriesBars = SVGMarkup()
      for index in chart.categories.indices {
        guard let value = ValueLabels.value(series, index), value != 0 else { continue }
        let start = value > 0 ? ends[index].up : ends[index].down
        let end = start + value
        if value > 0 { ends[index].up = end } else { ends[index].down = end }
        let x = frame.center(index) - barWidth / 2
        let top = frame.y(start)
        let height = frame.y(end) - top
        Marks.rect(
          x: x, y: top, width: barWidth, height: height, series: seriesIndex, role: "bar",
          derived: series.isDerived(at: index), chart: chart, into: &seriesBars)
        if !series.isDerived(at: index), let text = ValueLabels.text(series, index, style: chart.numberStyle),
          let block = insideLabel(
            text, x: frame.center(index), top: top, height: height,
            width: barWidth, fill: Palette.color(seriesIndex))
        {
          block.write(into: &inside)
        }
      }
      bars.group("series", seriesBars)
    }
    for (index, stack) in stacks.enumerated() where style.visible {
      guard let text = totals[index], stack.total != nil else {
        if stacks.contains(where: { $0.total != nil }),
          let note = style.noDataBlock(
            chart.words, x: frame.center(index), zero: frame.y(0), slotWidth: frame.bandWidth - 2)
        {
          note.write(into: &labels)
        }
        continue
      }
      let upward = stack.totalGoesUp
      var block = style.block(
        text, x: frame.center(index), end: frame.y(upward ? stack.positive : stack.negative),
        upward: upward)
      block.className = "label total"
      block.bold = true
      block.write(into: &labels)
    }
    return frame.document(
      bars: bars, values: inside, totals: labels, empty: stacks.allSatisfy({ $0.total == nil }), defs: Hatch.defs(for: chart))
  }

  /// The value inside its segment, in black or white for contrast, or nil if it won't fit.
  func insideLabel(
    _ text: String, x: Double, top: Double, height: Double, width: Double, fill: String,
    fontSize size: Double = StackedBarChart.insideFontSize
  ) -> TextBlock? {
    guard abs(height) >= size * TextMetrics.lineHeight + 2,
      TextMetrics.width(of: text, fontSize: size) <= width - 4
    else { return nil }
    let middle = top + height / 2
    return TextBlock(
      lines: [text], x: x, y: TextBlock.baseline(centering: 1, fontSize: size, on: middle),
      anchor: .middle, fontSize: size, className: "label inside", fill: Palette.textColor(on: fill))
  }
}
