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

  var markup: String {
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

    var lines: [SVGNode] = []
    var markers: [SVGNode] = []
    for (seriesIndex, series) in chart.series.enumerated() {
      let style = Marks.style(seriesIndex)
      var seriesMarkers: [SVGNode] = []
      for index in chart.categories.indices {
        guard let value = ValueLabels.value(series, index) else { continue }
        seriesMarkers.append(
          .el(
            "circle",
            [
              ("class", "marker \(style.className)"), ("cx", frame.center(index).svg),
              ("cy", frame.y(value).svg), ("r", LineChart.markerRadius.svg), ("fill", style.fill),
            ]))
      }
      lines += paths(series, seriesIndex, frame: frame)
      markers += SVGNode.group("markers", seriesMarkers)
    }
    var body = frame.axisNodes()
    body.append(frame.baseline)
    body += SVGNode.group("lines", lines) + markers
    let labels = compact ? endLabels(frame) : valueLabels(frame)
    body += SVGNode.group("values", labels.map(\.node))
    if present.isEmpty { body.append(frame.noDataNode) }
    return SVGDocument(chart: chart, width: frame.width, height: frame.height, body: body)
      .markup
  }

  /// The series' line: one solid path for the stretches between printed values and one
  /// dashed path for those reaching a derived value; missing values break both.
  private func paths(_ series: Series, _ seriesIndex: Int, frame: VerticalFrame) -> [SVGNode] {
    var solid = ""
    var dashed = ""
    var previous: (index: Int, point: String)?
    var solidEnd: Int?
    var dashedEnd: Int?
    for index in chart.categories.indices {
      guard let value = ValueLabels.value(series, index) else {
        previous = nil
        continue
      }
      let point = "\(frame.center(index).svg),\(frame.y(value).svg)"
      defer { previous = (index, point) }
      guard let from = previous else { continue }
      if series.isDerived(at: from.index) || series.isDerived(at: index) {
        dashed += (dashedEnd == from.index ? "" : "M\(from.point)") + "L\(point)"
        dashedEnd = index
      } else {
        solid += (solidEnd == from.index ? "" : "M\(from.point)") + "L\(point)"
        solidEnd = index
      }
    }
    let style = Marks.style(seriesIndex)
    return [(solid, false), (dashed, true)].compactMap { d, isDashed -> SVGNode? in
      guard !d.isEmpty else { return nil }
      var attributes: [(String, String)] = [
        ("class", "line \(style.className)"), ("d", d), ("fill", "none"), ("stroke", style.fill),
        ("stroke-width", "2.5"), ("stroke-linejoin", "round"), ("stroke-linecap", "round"),
      ]
      if isDashed { attributes.append(("stroke-dasharray", "6 4")) }
      return .el("path", attributes)
    }
  }
}
