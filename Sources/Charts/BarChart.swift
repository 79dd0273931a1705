/// A vertical bar chart of the first series: value labels at the bar ends, category
/// labels underneath, negative values below the zero line, missing values left empty. On a
/// phone (compact width) it is drawn as horizontal bars unless a few short categories fit
/// flat under their bars with their values at full size.
struct BarChart {
  let chart: Chart

  /// Bars take this share of their band.
  static let barShare = 0.62
  /// A compact chart keeps vertical bars for at most this many categories.
  static let compactCategories = 5

  var markup: [UInt8] {
    let series = chart.series.first ?? Series(name: "", values: [], labels: [])
    let values = chart.categories.indices.map { ValueLabels.value(series, $0) }
    let texts = chart.categories.indices.map { ValueLabels.text(series, $0, style: chart.numberStyle) }
    let present = values.compactMap { $0 }
    var style = ValueLabels([], slotWidth: 0)
    let legend = Legend(items: Legend.items(forSingle: 0, of: chart))
    let frame = VerticalFrame(
      chart: chart, minimum: present.min() ?? 0, maximum: present.max() ?? 0, legend: legend
    ) { band in
      style = ValueLabels(texts.compactMap { $0 }, slotWidth: band - 2, compact: chart.isCompact)
      return VerticalFrame.Room(
        above: present.contains { $0 >= 0 } ? style.room : 0,
        below: present.contains { $0 < 0 } ? style.room : 0)
    }
    if chart.isCompact
      && !BarChart.staysVertical(chart, frame: frame, values: style, hasValues: !present.isEmpty)
    {
      return HorizontalBarChart(chart: chart).markup
    }
    let barWidth = frame.bandWidth * BarChart.barShare
    var bars = SVGMarkup()
    var labels = SVGMarkup()
    let zero = frame.y(0)
    for (index, value) in values.enumerated() {
      let x = frame.center(index)
      guard let value else {
        if !present.isEmpty,
          let note = style.noDataBlock(chart.words, x: x, zero: zero, slotWidth: frame.bandWidth - 2)
        {
          note.write(into: &labels)
        }
        continue
      }
      let end = frame.y(value)
      Marks.rect(
        x: x - barWidth / 2, y: zero, width: barWidth, height: end - zero, series: 0, role: "bar",
        derived: series.isDerived(at: index), chart: chart, into: &bars)
      if style.visible, let text = texts[index] {
        style.block(text, x: x, end: end, upward: value >= 0).write(into: &labels)
      }
    }
    return frame.document(
      bars: bars, values: labels, empty: present.isEmpty, defs: Hatch.defs(for: chart, needed: series.needsHatch))
  }

  /// Whether a compact chart may keep vertical bars: few categories, labels flat under the
  /// bars, values flat above them.
  static func staysVertical(_ chart: Chart, frame: VerticalFrame, values: ValueLabels, hasValues: Bool)
    -> Bool
  {
    chart.categories.count <= compactCategories && frame.categoryLabels.isFlat
      && (!hasValues || values.isFlat)
  }
}
