/// Several series side by side in each category (e.g. 2018 and 2019), with a legend; each
/// bar carries its value when the label fits above it. On a phone (compact width) the
/// categories become rows of thin horizontal bars unless a few short categories fit.
struct GroupedBarChart {
  let chart: Chart

  /// The group of bars takes this share of its band.
  static let groupShare = 0.8
  static let innerGap = 2.0

  var markup: [UInt8] {
    let seriesCount = max(1, chart.series.count)
    let present = chart.series.flatMap { series in
      chart.categories.indices.compactMap { ValueLabels.value(series, $0) }
    }
    let texts = chart.series.flatMap { series in
      chart.categories.indices.compactMap { ValueLabels.text(series, $0, style: chart.numberStyle) }
    }
    var style = ValueLabels([], slotWidth: 0)
    let frame = VerticalFrame(
      chart: chart, minimum: present.min() ?? 0, maximum: present.max() ?? 0,
      legend: Legend(items: Legend.items(for: chart))
    ) { band in
      let slot = band * GroupedBarChart.groupShare / Double(seriesCount)
      style = ValueLabels(texts, slotWidth: slot - 1, compact: chart.isCompact)
      return VerticalFrame.Room(
        above: present.contains { $0 >= 0 } ? style.room : 0,
        below: present.contains { $0 < 0 } ? style.room : 0)
    }
    if chart.isCompact
      && !BarChart.staysVertical(chart, frame: frame, values: style, hasValues: !present.isEmpty)
    {
      return HorizontalBarChart(
        chart: chart, seriesIndices: Array(chart.series.indices), namesSeries: true
      ).markup
    }
    let slot = frame.bandWidth * GroupedBarChart.groupShare / Double(seriesCount)
    let barWidth = max(1, slot - GroupedBarChart.innerGap)
    var bars = SVGMarkup()
    var labels = SVGMarkup()
    let zero = frame.y(0)
    for (seriesIndex, series) in chart.series.enumerated() {
      var seriesBars = SVGMarkup()
      for index in chart.categories.indices {
        let groupLeft = frame.center(index) - slot * Double(seriesCount) / 2
        let x = groupLeft + slot * (Double(seriesIndex) + 0.5)
        guard let value = ValueLabels.value(series, index) else {
          if !present.isEmpty,
            let note = style.noDataBlock(chart.words, x: x, zero: zero, slotWidth: slot - 1)
          {
            note.write(into: &labels)
          }
          continue
        }
        let end = frame.y(value)
        Marks.rect(
          x: x - barWidth / 2, y: zero, width: barWidth, height: end - zero, series: seriesIndex,
          role: "bar", derived: series.isDerived(at: index), chart: chart, into: &seriesBars)
        if style.visible, let text = ValueLabels.text(series, index, style: chart.numberStyle) {
          style.block(text, x: x, end: end, upward: value >= 0).write(into: &labels)
        }
      }
      bars.group("series", seriesBars)
    }
    return frame.document(bars: bars, values: labels, empty: present.isEmpty, defs: Hatch.defs(for: chart))
  }
}
