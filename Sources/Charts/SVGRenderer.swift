/// Draws charts as standalone, accessible SVG.
///
/// Each chart is laid out for `Chart.width` (default 640). Below `Chart.compactWidth` (a
/// phone: 360) text keeps its normal size (11–13 units, never under 11) and the layouts
/// change: bar and grouped charts turn horizontal unless a few short categories fit (grouped
/// rows hold one thin bar per series), horizontal bars wrap labels within 40% of the width,
/// stacked bars lie horizontally, pies list their slices under the pie instead of labelling
/// around it, line charts thin their axes and label only each series' last value, and
/// English tile maps show two-letter region codes with a key. A page that shows the same
/// chart at two widths must give the two copies different ids (hatch patterns are found by
/// id, and a pattern inside a hidden SVG may not paint).
///
/// Classes a page stylesheet can rely on:
/// - root: `chart chart-<kind>`;
/// - marks: a role (`bar`, `slice`, `line`, `marker`, `swatch`, `tile-fill`) plus the colour
///   class — `s0`…`s11` per series or slice, `s-other` for the merged pie slice, `key` for
///   the neutral swatch that explains hatching, `q0`…`q4` per tile-map class; each also
///   carries its light-mode `fill` (lines: `stroke`) so the SVG works alone. Derived values
///   add a `hatch` overlay filled with a pattern whose id starts with the chart id;
/// - text: `label` (category, slice and tile names), `label value`, `label total`,
///   `label inside`, `label no-data`, `tick`, `axis-title` (the unit), `legend` (with
///   `legend value` and `legend share` in a compact pie's list, `legend code` in a tile
///   map's code key); all but tile and in-bar labels use `fill="currentColor"`;
/// - lines: `grid`, `baseline`, `leader` (pie), in `currentColor`. Pie slices are outlined in
///   white by a `stroke="#FFFFFF"` attribute (not a style), so a dark theme can restyle
///   `.slice { stroke: … }`.
public enum SVGRenderer {
  /// The SVG for `chart`: a responsive `viewBox` (no width or height), `<title>` and
  /// `<desc>` first, every id prefixed with the chart id. The same chart always gives the
  /// same bytes.
  public static func svg(for chart: Chart) -> String {
    String(decoding: svgBytes(for: chart), as: UTF8.self)
  }

  /// `svg(for:)` as the UTF-8 bytes it is made of, for a page to copy as they are.
  public static func svgBytes(for chart: Chart) -> [UInt8] {
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
