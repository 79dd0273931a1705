/// Derived series (computed by the build, not printed in the source) are drawn in their
/// colour with light diagonal stripes on top. The stripes are a separate overlay so that a
/// page stylesheet recolouring `.s0`… by class keeps the hatching.
enum Hatch {
  /// The pattern's id: unique on the page because it starts with the chart id.
  static func patternID(_ chart: Chart) -> String { "\(chart.id)-hatch" }

  /// The `<pattern>` for `<defs>`, or nothing when no value (and no series' legend swatch)
  /// is derived.
  static func defs(for chart: Chart, needed: Bool? = nil) -> [SVGNode] {
    guard needed ?? chart.series.contains(where: \.needsHatch) else { return [] }
    return [
      .el(
        "pattern",
        [
          ("id", patternID(chart)), ("patternUnits", "userSpaceOnUse"), ("width", "6"),
          ("height", "6"), ("patternTransform", "rotate(45)"),
        ],
        [.el("rect", [("width", "2.5"), ("height", "6"), ("fill", "#FFFFFF"), ("fill-opacity", "0.6")])]
      )
    ]
  }

  /// The overlay for one shape: the same geometry, filled with the stripes.
  static func overlay(_ chart: Chart, shape: String, geometry: [(String, String)]) -> SVGNode {
    .el(shape, geometry + [("class", "hatch"), ("fill", "url(#\(patternID(chart)))")])
  }
}
