import Foundation

/// Pie and donut charts: slices clockwise from 12 o'clock in the given order, each labelled
/// outside with its name and share, joined to it by a leader line; a donut shows the total
/// in its hole.
struct PieChart {
  let chart: Chart

  static let radius = 110.0
  static let holeShare = 0.6
  static let margin = 10.0
  static let labelGap = 24.0

  var markup: String {
    if chart.isCompact { return compactMarkup }
    let pie = PieSlices(chart)
    var labels = PieLabels(pie: pie, radius: PieChart.radius)
    let margin = PieChart.margin
    let radius = PieChart.radius
    let cx = margin + labels.leftWidth + PieChart.labelGap + radius
    let width = cx + radius + PieChart.labelGap + labels.rightWidth + margin
    var cy = margin + radius + 14
    labels.place(cx: cx, cy: cy)
    let overshoot = margin - min(labels.top, cy - radius - 14)
    if overshoot > 0 {
      cy += overshoot
      labels.place(cx: cx, cy: cy)
    }
    var height = max(cy + radius + 14, labels.bottom) + margin

    let slices = sliceNodes(pie, cx: cx, cy: cy)
    var body = SVGNode.group("slices", slices)
    body += SVGNode.group("leaders", labels.leaderNodes) + SVGNode.group("labels", labels.textNodes)
    if chart.kind == .donut && !pie.slices.isEmpty {
      body += centre(pie, cx: cx, cy: cy)
    }
    if pie.slices.isEmpty {
      body.append(noDataNode(cx: cx, cy: cy))
    }
    let derived = pie.slices.contains(where: \.derived)
    if derived {
      let legend = Legend(items: [Legend.key(chart)])
      body += legend.nodes(x: margin, y: height - margin, width: width - 2 * margin, chart: chart)
      height += legend.height(width: width - 2 * margin)
    }
    return SVGDocument(
      chart: chart, width: width, height: height, defs: Hatch.defs(for: chart, needed: derived),
      body: body
    ).markup
  }

  /// The slices, clockwise from 12 o'clock, outlined in white (the `stroke` attribute, so a
  /// dark page can restyle `.slice`), hatched where derived.
  func sliceNodes(_ pie: PieSlices, cx: Double, cy: Double) -> [SVGNode] {
    var nodes: [SVGNode] = []
    var start = 0.0
    for slice in pie.slices {
      let sweep = slice.value / pie.total * 2 * Double.pi
      let path = PieChart.path(cx: cx, cy: cy, start: start, sweep: sweep, donut: chart.kind == .donut)
      start += sweep
      nodes += Marks.shape(
        "path", [("d", path)], series: slice.colour, role: "slice", derived: slice.derived, chart: chart,
        className: slice.isOther ? "s-other" : nil, fill: slice.isOther ? Palette.other : nil,
        extra: [("stroke", "#FFFFFF"), ("stroke-width", "1"), ("stroke-linejoin", "round")])
    }
    return nodes
  }

  /// The "no data" note in the middle of an empty pie.
  func noDataNode(cx: Double, cy: Double) -> SVGNode {
    TextBlock(
      lines: [chart.words.noData], x: cx, y: cy + 4, anchor: .middle, fontSize: 12,
      className: "label no-data"
    ).node
  }

  /// The total and unit, in the donut's hole, shrunk until they fit it.
  func centre(_ pie: PieSlices, cx: Double, cy: Double) -> [SVGNode] {
    let decimals = pie.slices.compactMap(\.text).map(ChartNumber.decimals).max() ?? 0
    let total = ChartNumber.format(
      pie.total, decimals: decimals, grouping: chart.numberStyle.groupingSeparator)
    let room = 2 * PieChart.radius * PieChart.holeShare - 16
    var size = 20.0
    while size > 10 && TextMetrics.width(of: total, fontSize: size) > room { size -= 1 }
    var unitLines = TextMetrics.wrap(chart.unit, maxWidth: room - 20, fontSize: 11, maxLines: 2) ?? [chart.unit]
    if chart.unit.isEmpty { unitLines = [] }
    var nodes = [
      TextBlock(
        lines: [total], x: cx, y: cy + (unitLines.isEmpty ? size * 0.35 : 0), anchor: .middle,
        fontSize: size, className: "label total", bold: true
      ).node
    ]
    if !unitLines.isEmpty {
      nodes.append(
        TextBlock(
          lines: unitLines, x: cx, y: cy + 16, anchor: .middle, fontSize: 11, className: "axis-title"
        ).node)
    }
    return nodes
  }

  /// A slice from `start` over `sweep` radians, clockwise from 12 o'clock.
  static func path(cx: Double, cy: Double, start: Double, sweep: Double, donut: Bool) -> String {
    let outer = radius
    let inner = donut ? radius * holeShare : 0
    func point(_ angle: Double, _ r: Double) -> String {
      "\((cx + r * sin(angle)).svg),\((cy - r * cos(angle)).svg)"
    }
    if sweep >= 2 * Double.pi - 1e-9 {
      let ring =
        "M\(point(0, outer))A\(outer.svg),\(outer.svg) 0 1 1 \(point(Double.pi, outer))"
        + "A\(outer.svg),\(outer.svg) 0 1 1 \(point(0, outer))Z"
      guard donut else { return ring }
      return ring + "M\(point(0, inner))A\(inner.svg),\(inner.svg) 0 1 0 \(point(Double.pi, inner))"
        + "A\(inner.svg),\(inner.svg) 0 1 0 \(point(0, inner))Z"
    }
    let large = sweep > Double.pi ? 1 : 0
    let end = start + sweep
    var d = "M\(point(start, outer))A\(outer.svg),\(outer.svg) 0 \(large) 1 \(point(end, outer))"
    if donut {
      d += "L\(point(end, inner))A\(inner.svg),\(inner.svg) 0 \(large) 0 \(point(start, inner))Z"
    } else {
      d += "L\(cx.svg),\(cy.svg)Z"
    }
    return d
  }
}
