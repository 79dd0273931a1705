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

  var markup: [UInt8] {
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

    var body = SVGMarkup(capacity: 4096)
    var slices = SVGMarkup()
    writeSlices(pie, cx: cx, cy: cy, into: &slices)
    body.group("slices", slices)
    var leaders = SVGMarkup()
    labels.writeLeaders(into: &leaders)
    body.group("leaders", leaders)
    var texts = SVGMarkup()
    labels.writeTexts(into: &texts)
    body.group("labels", texts)
    if chart.kind == .donut && !pie.slices.isEmpty {
      writeCentre(pie, cx: cx, cy: cy, into: &body)
    }
    if pie.slices.isEmpty {
      writeNoData(cx: cx, cy: cy, into: &body)
    }
    let derived = pie.slices.contains(where: \.derived)
    if derived {
      let legend = Legend(items: [Legend.key(chart)])
      legend.write(x: margin, y: height - margin, width: width - 2 * margin, chart: chart, into: &body)
      height += legend.height(width: width - 2 * margin)
    }
    return SVGDocument.markup(
      chart: chart, width: width, height: height, defs: Hatch.defs(for: chart, needed: derived),
      body: body)
  }

  /// The slices, clockwise from 12 o'clock, outlined in white (the `stroke` attribute, so a
  /// dark page can restyle `.slice`), hatched where derived.
  func writeSlices(_ pie: PieSlices, cx: Double, cy: Double, into svg: inout SVGMarkup) {
    var start = 0.0
    for slice in pie.slices {
      let sweep = slice.value / pie.total * 2 * Double.pi
      let path = PieChart.path(cx: cx, cy: cy, start: start, sweep: sweep, donut: chart.kind == .donut)
      start += sweep
      Marks.shape(
        "path", MarkPath(path), series: slice.colour, role: "slice", derived: slice.derived,
        chart: chart, className: slice.isOther ? "s-other" : nil,
        fill: slice.isOther ? Palette.other : nil, outline: .white, into: &svg)
    }
  }

  /// The "no data" note in the middle of an empty pie.
  func writeNoData(cx: Double, cy: Double, into svg: inout SVGMarkup) {
    TextBlock(
      lines: [chart.words.noData], x: cx, y: cy + 4, anchor: .middle, fontSize: 12,
      className: "label no-data"
    ).write(into: &svg)
  }

  /// The total and unit, in the donut's hole, shrunk until they fit it.
  func writeCentre(_ pie: PieSlices, cx: Double, cy: Double, into svg: inout SVGMarkup) {
    let decimals = pie.slices.compactMap(\.text).map(ChartNumber.decimals).max() ?? 0
    let total = ChartNumber.format(
      pie.total, decimals: decimals, grouping: chart.numberStyle.groupingSeparator)
    let room = 2 * PieChart.radius * PieChart.holeShare - 16
    var size = 20.0
    while size > 10 && TextMetrics.width(of: total, fontSize: size) > room { size -= 1 }
    var unitLines = TextMetrics.wrap(chart.unit, maxWidth: room - 20, fontSize: 11, maxLines: 2) ?? [chart.unit]
    if chart.unit.isEmpty { unitLines = [] }
    TextBlock(
      lines: [total], x: cx, y: cy + (unitLines.isEmpty ? size * 0.35 : 0), anchor: .middle,
      fontSize: size, className: "label total", bold: true
    ).write(into: &svg)
    if !unitLines.isEmpty {
      TextBlock(
        lines: unitLines, x: cx, y: cy + 16, anchor: .middle, fontSize: 11, className: "axis-title"
      ).write(into: &svg)
    }
  }

  /// A slice from `start` over `sweep` radians, clockwise from 12 o'clock.
  static func path(cx: Double, cy: Double, start: Double, sweep: Double, donut: Bool) -> SVGPath {
    let outer = radius
    let inner = donut ? radius * holeShare : 0
    func point(_ angle: Double, _ r: Double) -> SVGPath.Point {
      (cx + r * sin(angle), cy - r * cos(angle))
    }
    var d = SVGPath()
    if sweep >= 2 * Double.pi - 1e-9 {
      // A full ring: two half circles, and the hole's two the other way round.
      d.move(to: point(0, outer))
      d.arc(radius: outer, large: true, clockwise: true, to: point(Double.pi, outer))
      d.arc(radius: outer, large: true, clockwise: true, to: point(0, outer))
      d.close()
      guard donut else { return d }
      d.move(to: point(0, inner))
      d.arc(radius: inner, large: true, clockwise: false, to: point(Double.pi, inner))
      d.arc(radius: inner, large: true, clockwise: false, to: point(0, inner))
      d.close()
      return d
    }
    let large = sweep > Double.pi
    let end = start + sweep
    d.move(to: point(start, outer))
    d.arc(radius: outer, large: large, clockwise: true, to: point(end, outer))
    if donut {
      d.line(to: point(end, inner))
      d.arc(radius: inner, large: large, clockwise: false, to: point(start, inner))
    } else {
      d.line(to: (cx, cy))
    }
    d.close()
    return d
  }
}
