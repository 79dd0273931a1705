/// Builders for the coloured marks shared by every chart kind.
enum Marks {
  /// The CSS class and light-mode fill of series (or slice) `index`.
  static func style(_ index: Int) -> (className: String, fill: String) {
    (Palette.className(index), Palette.color(index))
  }

  /// The line drawn around a mark.
  enum Outline {
    case none
    /// White, between pie slices (an attribute, so a dark page can restyle `.slice`).
    case white
    /// A faint edge in the text colour, so the lightest tile shows on white and the
    /// darkest on a dark page.
    case faint
  }

  /// A filled shape for series `index`, hatched when `derived`.
  static func shape<Geometry: MarkGeometry>(
    _ name: StaticString, _ geometry: Geometry, series index: Int, role: StaticString,
    derived: Bool, chart: Chart, className: String? = nil, fill: String? = nil,
    outline: Outline = .none, into svg: inout SVGMarkup
  ) {
    svg.begin(name)
    geometry.write(into: &svg)
    svg.attribute("class", role, className ?? Palette.className(index))
    svg.attribute("fill", fill ?? Palette.color(index))
    write(outline, into: &svg)
    svg.end()
    if derived { Hatch.overlay(chart, shape: name, geometry: geometry, into: &svg) }
  }

  /// The attributes of `outline`.
  static func write(_ outline: Outline, into svg: inout SVGMarkup) {
    switch outline {
    case .none: break
    case .white:
      svg.attribute("stroke", "#FFFFFF")
      svg.attribute("stroke-width", "1")
      svg.attribute("stroke-linejoin", "round")
    case .faint:
      svg.attribute("stroke", "currentColor")
      svg.attribute("stroke-opacity", "0.3")
    }
  }

  /// A rectangle with a positive size whatever the sign of `height`.
  static func rect(
    x: Double, y: Double, width: Double, height: Double, series index: Int, role: StaticString,
    derived: Bool, chart: Chart, into svg: inout SVGMarkup
  ) {
    let box = MarkBox(x: x, y: min(y, y + height), width: max(0, width), height: abs(height))
    shape("rect", box, series: index, role: role, derived: derived, chart: chart, into: &svg)
  }

  /// A line across the plot in the text colour.
  static func rule(
    x1: Double, y1: Double, x2: Double, y2: Double, className: StaticString, opacity: Double,
    into svg: inout SVGMarkup
  ) {
    svg.begin("line")
    svg.attribute("class", className)
    svg.attribute("x1", x1)
    svg.attribute("y1", y1)
    svg.attribute("x2", x2)
    svg.attribute("y2", y2)
    svg.attribute("stroke", "currentColor")
    svg.attribute("stroke-opacity", opacity, decimals: 2)
    svg.end()
  }
}
