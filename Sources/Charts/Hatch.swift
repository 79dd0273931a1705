/// Derived series (computed by the build, not printed in the source) are drawn in their
/// colour with light diagonal stripes on top. The stripes are a separate overlay so that a
/// page stylesheet recolouring `.s0`… by class keeps the hatching.
enum Hatch {
  /// The pattern's id: unique on the page because it starts with the chart id.
  static func patternID(_ chart: Chart) -> String { "\(chart.id)-hatch" }

  /// The `<pattern>` for `<defs>`, or nothing when no value (and no series' legend swatch)
  /// is derived.
  static func defs(for chart: Chart, needed: Bool? = nil) -> SVGMarkup {
    var defs = SVGMarkup()
    guard needed ?? chart.series.contains(where: \.needsHatch) else { return defs }
    defs.begin("pattern")
    defs.attribute("id", patternID(chart))
    defs.attribute("patternUnits", "userSpaceOnUse")
    defs.attribute("width", "6")
    defs.attribute("height", "6")
    defs.attribute("patternTransform", "rotate(45)")
    defs.beginChildren()
    defs.begin("rect")
    defs.attribute("width", "2.5")
    defs.attribute("height", "6")
    defs.attribute("fill", "#FFFFFF")
    defs.attribute("fill-opacity", "0.6")
    defs.end()
    defs.end("pattern")
    return defs
  }

  /// The overlay for one shape: the same geometry, filled with the stripes.
  static func overlay<Geometry: MarkGeometry>(
    _ chart: Chart, shape: StaticString, geometry: Geometry, into svg: inout SVGMarkup
  ) {
    svg.begin(shape)
    geometry.write(into: &svg)
    svg.attribute("class", "hatch")
    svg.attribute("fill", "url(#\(patternID(chart)))" as SVGValue)
    svg.end()
  }
}
