/// Placing a line chart's value labels.
extension LineChart {
  /// One value label waiting for a place.
  private struct Pending {
    var text: String
    var pointY: Double
    var above: Bool
  }

  /// Labels for every point, or only each series' first and last points when labels are
  /// wider than the space between points; stacked labels at one category are spread apart.
  func valueLabels(_ frame: VerticalFrame) -> [TextBlock] {
    let size = LineChart.labelFontSize
    let height = size * TextMetrics.lineHeight
    let texts = chart.series.map { series in
      chart.categories.indices.map { ValueLabels.text(series, $0, style: chart.numberStyle) }
    }
    let widest =
      texts.joined().compactMap { $0 }.map { TextMetrics.width(of: $0, fontSize: size) }
      .max() ?? 0
    let endsOnly = widest > frame.bandWidth - 4
    var blocks: [TextBlock] = []
    for index in chart.categories.indices {
      var pending: [Pending] = []
      for (seriesIndex, series) in chart.series.enumerated() {
        guard let value = ValueLabels.value(series, index), let text = texts[seriesIndex][index]
        else { continue }
        let present = chart.categories.indices.filter { ValueLabels.value(series, $0) != nil }
        if endsOnly && index != present.first && index != present.last { continue }
        pending.append(Pending(text: text, pointY: frame.y(value), above: true))
      }
      pending.sort { $0.pointY < $1.pointY }
      if pending.count > 1 { pending[pending.count - 1].above = false }
      let offset = LineChart.markerRadius + 2 + height / 2
      let wanted = pending.map { $0.above ? $0.pointY - offset : $0.pointY + offset }
      let middles = Spread.apart(
        wanted, heights: pending.map { _ in height },
        top: frame.plotTop - frame.room.above, bottom: frame.plotBottom + frame.room.below,
        spacing: 0)
      for (item, middle) in zip(pending, middles) {
        let width = TextMetrics.width(of: item.text, fontSize: size)
        let x = min(max(frame.center(index), frame.plotLeft + width / 2), frame.plotRight - width / 2)
        blocks.append(
          TextBlock(
            lines: [item.text], x: x, y: TextBlock.baseline(centering: 1, fontSize: size, on: middle),
            anchor: .middle, fontSize: size, className: "label value"))
      }
    }
    return blocks
  }
}
