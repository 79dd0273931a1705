/// A vertical bar chart of the first series: value labels at the bar ends, category
/// labels underneath, negative values below the zero line, missing values left empty.
struct BarChart {
  let chart: Chart

  /// Bars take this share of their band.
  static let barShare = 0.62

  var markup: String {
    let series = chart.series.first ?? Series(name: "", values: [], labels: [])
    let values = chart.categories.indices.map { ValueLabels.value(series, $0) }
    let texts = chart.categories.indices.map { ValueLabels.text(series, $0, style: chart.numberStyle) }
    let present = values.compactMap { $0 }
    var style = ValueLabels([], slotWidth: 0)
    let legend = Legend(items: series.isDerived ? Legend.items(for: chart) : [])
    let frame = VerticalFrame(
      chart: chart, minimum: present.min() ?? 0, maximum: present.max() ?? 0, legend: legend
    ) { band in
      style = ValueLabels(texts.compactMap { $0 }, slotWidth: band - 2)
      return VerticalFrame.Room(
        above: present.contains { $0 >= 0 } ? style.room : 0,
        below: present.contains { $0 < 0 } ? style.room : 0)
    }
    let barWidth = frame.bandWidth * BarChart.barShare
    var bars: [SVGNode] = []
    var labels: [SVGNode] = []
    for (index, value) in values.enumerated() {
      guard let value else { continue }
      let x = frame.center(index)
      let zero = frame.y(0)
      let end = frame.y(value)
      bars += Marks.rect(
        x: x - barWidth / 2, y: zero, width: barWidth, height: end - zero, series: 0, role: "bar",
        derived: series.isDerived, chart: chart)
      if style.visible, let text = texts[index] {
        labels.append(style.block(text, x: x, end: end, upward: value >= 0).node)
      }
    }
    var body = frame.axisNodes()
    body += SVGNode.group("bars", bars)
    body.append(frame.baseline)
    body += SVGNode.group("values", labels)
    if present.isEmpty { body.append(frame.noDataNode) }
    return SVGDocument(
      chart: chart, width: VerticalFrame.width, height: frame.height,
      defs: Hatch.defs(for: chart, needed: series.isDerived), body: body
    ).markup
  }
}
