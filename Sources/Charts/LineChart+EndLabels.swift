/// The compact line chart's labels: each series' last value, right of its last point when
/// that is the last category, else above the point; labels of series ending together are
/// spread apart.
extension LineChart {
  /// The gap between a series' last point and its label.
  private static var endGap: Double { markerRadius + 4 }

  /// The space the end labels need right of the plot.
  var endLabelRoom: Double {
    let widest = endPoints().filter(\.atEnd).map {
      TextMetrics.width(of: $0.text, fontSize: LineChart.compactLabelFontSize)
    }.max()
    return widest.map { $0 + LineChart.endGap } ?? 0
  }

  /// One series' last value.
  private struct EndPoint {
    var index: Int
    var value: Double
    var text: String
    var atEnd: Bool
  }

  private func endPoints() -> [EndPoint] {
    let last = chart.categories.count - 1
    return chart.series.compactMap { series in
      guard
        let index = chart.categories.indices.last(where: { ValueLabels.value(series, $0) != nil }),
        let value = ValueLabels.value(series, index),
        let text = ValueLabels.text(series, index, style: chart.numberStyle)
      else { return nil }
      return EndPoint(index: index, value: value, text: text, atEnd: index == last)
    }
  }

  /// The labels of every series' last value.
  func endLabels(_ frame: VerticalFrame) -> [TextBlock] {
    let size = LineChart.compactLabelFontSize
    let height = size * TextMetrics.lineHeight
    let points = endPoints()
    var blocks: [TextBlock] = []
    let atEnd = points.filter(\.atEnd).sorted { frame.y($0.value) < frame.y($1.value) }
    let middles = Spread.apart(
      atEnd.map { frame.y($0.value) }, heights: atEnd.map { _ in height },
      top: frame.plotTop - frame.room.above, bottom: frame.plotBottom + frame.room.below, spacing: 0)
    for (point, middle) in zip(atEnd, middles) {
      blocks.append(
        TextBlock(
          lines: [point.text], x: frame.center(point.index) + LineChart.endGap,
          y: TextBlock.baseline(centering: 1, fontSize: size, on: middle), fontSize: size,
          className: "label value"))
    }
    for point in points where !point.atEnd {
      let width = TextMetrics.width(of: point.text, fontSize: size)
      let x = min(max(frame.center(point.index), frame.plotLeft + width / 2), frame.plotRight - width / 2)
      let middle = frame.y(point.value) - LineChart.markerRadius - 2 - height / 2
      blocks.append(
        TextBlock(
          lines: [point.text], x: x, y: TextBlock.baseline(centering: 1, fontSize: size, on: middle),
          anchor: .middle, fontSize: size, className: "label value"))
    }
    return blocks
  }
}
