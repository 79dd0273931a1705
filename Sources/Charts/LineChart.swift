/// One or more series as lines with markers over the categories (usually years). Missing
/// values break the line; derived series are dashed. Value labels sit above or below their
/// points and are pushed apart where series run close.
struct LineChart {
  let chart: Chart

  static let labelFontSize = 10.0
  static let markerRadius = 3.5

  var markup: String {
    let present = chart.series.flatMap { series in
      chart.categories.indices.compactMap { ValueLabels.value(series, $0) }
    }
    let showLegend = chart.series.count > 1 || chart.series.contains(where: \.isDerived)
    let legend = Legend(items: showLegend ? Legend.items(for: chart) : [], swatch: .line)
    let labelRoom = LineChart.labelFontSize * TextMetrics.lineHeight + 4
    let frame = VerticalFrame(
      chart: chart, minimum: present.min() ?? 0, maximum: present.max() ?? 0, legend: legend
    ) { _ in VerticalFrame.Room(above: labelRoom, below: labelRoom) }

    var lines: [SVGNode] = []
    var markers: [SVGNode] = []
    for (seriesIndex, series) in chart.series.enumerated() {
      let style = Marks.style(seriesIndex)
      var d = ""
      var penDown = false
      var seriesMarkers: [SVGNode] = []
      for index in chart.categories.indices {
        guard let value = ValueLabels.value(series, index) else {
          penDown = false
          continue
        }
        let x = frame.center(index)
        let y = frame.y(value)
        d += "\(penDown ? "L" : "M")\(x.svg),\(y.svg)"
        penDown = true
        seriesMarkers.append(
          .el(
            "circle",
            [
              ("class", "marker \(style.className)"), ("cx", x.svg), ("cy", y.svg),
              ("r", LineChart.markerRadius.svg), ("fill", style.fill),
            ]))
      }
      if !d.isEmpty {
        var attributes: [(String, String)] = [
          ("class", "line \(style.className)"), ("d", d), ("fill", "none"), ("stroke", style.fill),
          ("stroke-width", "2.5"), ("stroke-linejoin", "round"), ("stroke-linecap", "round"),
        ]
        if series.isDerived { attributes.append(("stroke-dasharray", "6 4")) }
        lines.append(.el("path", attributes))
      }
      markers += SVGNode.group("markers", seriesMarkers)
    }
    var body = frame.axisNodes()
    body.append(frame.baseline)
    body += SVGNode.group("lines", lines) + markers
    body += SVGNode.group("values", valueLabels(frame).map(\.node))
    if present.isEmpty { body.append(frame.noDataNode) }
    return SVGDocument(chart: chart, width: VerticalFrame.width, height: frame.height, body: body)
      .markup
  }
}
