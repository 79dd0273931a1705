/// The compact (phone) pie: the pie, 220 units across, centred at the top, and under it a
/// list with one item per slice — swatch, name (wrapped), value and share — instead of
/// labels around the pie, which would not fit 360 units at a legible size.
extension PieChart {
  static let listFontSize = 12.0
  static let listRow = 20.0
  private static let columnGap = 10.0
  private static let swatchRoom = Legend.swatchSize + 6

  var compactMarkup: [UInt8] {
    let pie = PieSlices(chart)
    let margin = PieChart.margin
    let radius = PieChart.radius
    let width = chart.width
    let cx = width / 2
    let cy = margin + 4 + radius
    var body = SVGMarkup(capacity: 4096)
    var slices = SVGMarkup()
    writeSlices(pie, cx: cx, cy: cy, into: &slices)
    body.group("slices", slices)
    if chart.kind == .donut && !pie.slices.isEmpty { writeCentre(pie, cx: cx, cy: cy, into: &body) }
    if pie.slices.isEmpty { writeNoData(cx: cx, cy: cy, into: &body) }
    var list = SVGMarkup()
    let bottom = writeList(pie, top: cy + radius + 16, into: &list)
    body.group("legend", list)
    let derived = pie.slices.contains(where: \.derived)
    return SVGDocument.markup(
      chart: chart, width: width, height: max(bottom, cy + radius) + margin,
      defs: Hatch.defs(for: chart, needed: derived), body: body)
  }

  /// Writes the list under the pie from `top`; returns where it ends.
  private func writeList(_ pie: PieSlices, top: Double, into svg: inout SVGMarkup) -> Double {
    guard !pie.slices.isEmpty else { return top }
    let size = PieChart.listFontSize
    let margin = PieChart.margin
    let decimals = pie.slices.compactMap(\.text).map(ChartNumber.decimals).max() ?? 0
    let grouping = chart.numberStyle.groupingSeparator
    let values = pie.slices.map { $0.text ?? ChartNumber.format($0.value, decimals: decimals, grouping: grouping) }
    let shares = pie.slices.map { ChartNumber.percent($0.value / pie.total) }
    let shareColumn = TextMetrics.width(of: shares, fontSize: size)
    let valueColumn = TextMetrics.width(of: values, fontSize: size)
    let shareRight = chart.width - margin
    let valueRight = shareRight - shareColumn - PieChart.columnGap
    let nameLeft = margin + PieChart.swatchRoom
    let nameWidth = valueRight - valueColumn - PieChart.columnGap - nameLeft
    var rowTop = top
    for (index, slice) in pie.slices.enumerated() {
      let lines =
        TextMetrics.wrap(slice.label, maxWidth: nameWidth, fontSize: size, maxLines: 3)
        ?? TextMetrics.greedyLines(slice.label, maxWidth: nameWidth, fontSize: size)
      let middle = rowTop + PieChart.listRow / 2
      let baseline = TextBlock.baseline(centering: 1, fontSize: size, on: middle)
      let swatch = MarkBox(
        x: margin, y: middle - Legend.swatchSize / 2, width: Legend.swatchSize,
        height: Legend.swatchSize)
      Marks.shape(
        "rect", swatch, series: slice.colour, role: "swatch", derived: slice.derived, chart: chart,
        className: slice.isOther ? "s-other" : nil, fill: slice.isOther ? Palette.other : nil,
        into: &svg)
      TextBlock(lines: lines, x: nameLeft, y: baseline, fontSize: size, className: "legend")
        .write(into: &svg)
      TextBlock(
        lines: [values[index]], x: valueRight, y: baseline, anchor: .end, fontSize: size,
        className: "legend value"
      ).write(into: &svg)
      TextBlock(
        lines: [shares[index]], x: shareRight, y: baseline, anchor: .end, fontSize: size,
        className: "legend share"
      ).write(into: &svg)
      rowTop += PieChart.listRow + Double(lines.count - 1) * size * TextMetrics.lineHeight
    }
    if pie.slices.contains(where: \.derived) {
      let key = Legend(items: [Legend.key(chart)])
      key.write(x: margin, y: rowTop, width: chart.width - 2 * margin, chart: chart, into: &svg)
      rowTop += key.height(width: chart.width - 2 * margin)
    }
    return rowTop
  }
}
