/// One or more series as lines with markers over the categories (usually years). Missing
/// values break the line; stretches reaching a derived value are dashed. Value labels sit
/// above or below their points and are pushed apart where series run close. On a phone
/// (compact width) the value axis has fewer ticks, only every few categories are labelled,
/// and each series carries one label, its last value, right of its end.
struct LineChart {
  let chart: Chart

  static let labelFontSize = 10.0
  static let compactLabelFontSize = 11.0
  static let markerRadius = 3.5

  var markup: [UInt8] {
    let present = chart.series.flatMap { series in
      chart.categories.indices.compactMap { ValueLabels.value(series, $0) }
    }
    let items = chart.series.count > 1 ? Legend.items(for: chart) : Legend.items(forSingle: 0, of: chart)
    let legend = Legend(items: items, swatch: .line)
    let compact = chart.isCompact
    let size = compact ? LineChart.compactLabelFontSize : LineChart.labelFontSize
    let labelRoom = size * TextMetrics.lineHeight + 4
    let frame = VerticalFrame(
      chart: chart, minimum: present.min() ?? 0, maximum: present.max() ?? 0, legend: legend,
      tickCount: compact ? 4 : 5, rightRoom: compact ? endLabelRoom : 0, thinLabels: compact
    ) { _ in VerticalFrame.Room(above: labelRoom, below: labelRoom) }

    var lines = SVGMarkup()
    var markers = SVGMarkup()
    for (seriesIndex, series) in chart.series.enumerated() {
      let style = Marks.style(seriesIndex)
      var seriesMarkers = SVGMarkup()
      for index in chart.categories.indices {
        guard let value = ValueLabels.value(series, index) else { continue }
        seriesMarkers.begin("circle")
        seriesMarkers.attribute("class", "marker", style.className)
        seriesMarkers.attribute("cx", frame.center(index))
        seriesMarkers.attribute("cy", frame.y(value))
        seriesMarkers.attribute("r", LineChart.markerRadius)
        seriesMarkers.attribute("fill", style.fill)
        seriesMarkers.end()
      }
      writePaths(series, seriesIndex, frame: frame, into: &lines)
      markers.group("markers", seriesMarkers)
    }
    var body = SVGMarkup(capacity: 4096)
    frame.writeAxes(into: &body)
    frame.writeBaseline(into: &body)
    body.group("lines", lines)
    body.append(markers)
    var labels = SVGMarkup()
    for block in compact ? endLabels(frame) : valueLabels(frame) { block.write(into: &labels) }
    body.group("values", labels)
    if present.isEmpty { frame.writeNoData(into: &body) }
    return SVGDocument.markup(
      chart: chart, width: frame.width, height: frame.height, defs: SVGMarkup(), body: body)
  }

  /// Writes the series' line: one solid path for the stretches between printed values and
  /// one dashed path for those reaching a derived value; missing values break both.
  private func writePaths(
    _ series: Series, _ seriesIndex: Int, frame: VerticalFrame, into svg: inout SVGMarkup
  ) {
    var solid = SVGPath()
    var dashed = SVGPath()
    var previous: (index: Int, point: SVGPath.Point)?
    var solidEnd: Int?
    var dashedEnd: Int?
    for index in chart.categories.indices {
      guard let value = ValueLabels.value(series, index) else {
        previous = nil
        continue
      }
      let point = (x: frame.center(index), y: frame.y(value))
      defer { previous = (index, point) }
      guard let from = previous else { continue }
      if series.isDerived(at: from.index) || series.isDerived(at: index) {
        if dashedEnd != from.index { dashed.move(to: from.point) }
        dashed.line(to: point)
        dashedEnd = index
      } else {
        if solidEnd != from.index { solid.move(to: from.point) }
        solid.line(to: point)
        solidEnd = index
      }
    }
    let style = Marks.style(seriesIndex)
    func write(_ d: borrowing SVGPath, dashed: Bool) {
      guard !d.isEmpty else { return }
      svg.begin("path")
      svg.attribute("class", "line", style.className)
      svg.attribute("d", d)
      svg.attribute("fill", "none")
      svg.attribute("stroke", style.fill)
      svg.attribute("stroke-width", "2.5")
      svg.attribute("stroke-linejoin", "round")
      svg.attribute("stroke-linecap", "round")
      if dashed { svg.attribute("stroke-dasharray", "6 4") }
      svg.end()
    }
    write(solid, dashed: false)
    write(dashed, dashed: true)
  }
}
