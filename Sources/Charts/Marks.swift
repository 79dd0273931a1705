/// Builders for the coloured marks shared by every chart kind.
enum Marks {
  /// The CSS class and light-mode fill of series (or slice) `index`.
  static func style(_ index: Int) -> (className: String, fill: String) {
    ("s\(index)", Palette.color(index))
  }

  /// A filled shape for series `index`, hatched when `derived`.
  static func shape(
    _ name: String, _ geometry: [(String, String)], series index: Int, role: String,
    derived: Bool, chart: Chart, className: String? = nil, fill: String? = nil,
    extra: [(String, String)] = []
  ) -> [SVGNode] {
    let style = style(index)
    let main = SVGNode.el(
      name,
      geometry + [("class", "\(role) \(className ?? style.className)"), ("fill", fill ?? style.fill)]
        + extra)
    guard derived else { return [main] }
    return [main, Hatch.overlay(chart, shape: name, geometry: geometry)]
  }

  /// A rectangle with a positive size whatever the sign of `height`.
  static func rect(
    x: Double, y: Double, width: Double, height: Double, series index: Int, role: String,
    derived: Bool, chart: Chart
  ) -> [SVGNode] {
    let top = min(y, y + height)
    let geometry = [
      ("x", x.svg), ("y", top.svg), ("width", max(0, width).svg), ("height", abs(height).svg),
    ]
    return shape("rect", geometry, series: index, role: role, derived: derived, chart: chart)
  }

  /// A line across the plot in the text colour.
  static func rule(x1: Double, y1: Double, x2: Double, y2: Double, className: String, opacity: Double)
    -> SVGNode
  {
    .el(
      "line",
      [
        ("class", className), ("x1", x1.svg), ("y1", y1.svg), ("x2", x2.svg), ("y2", y2.svg),
        ("stroke", "currentColor"), ("stroke-opacity", SVGWriter.number(opacity, decimals: 2)),
      ])
  }
}
