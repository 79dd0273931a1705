/// Draws charts as standalone, accessible SVG.
public enum SVGRenderer {
  /// The SVG for `chart`: a responsive `viewBox`, `<title>` and `<desc>` first, colours by
  /// class (`s0`, `s1`… for series, `q0`…`q4` for tile-map classes) with light-mode fills,
  /// text in `currentColor`. The same chart always gives the same bytes.
  public static func svg(for chart: Chart) -> String {
    switch chart.kind {
    case .bar: return BarChart(chart: chart).markup
    case .hbar: return HorizontalBarChart(chart: chart).markup
    case .grouped: return GroupedBarChart(chart: chart).markup
    case .stacked: return StackedBarChart(chart: chart).markup
    case .pie, .donut: return PieChart(chart: chart).markup
    case .line: return LineChart(chart: chart).markup
    case .tilemap: return TileMap(chart: chart).markup
    }
  }
}
