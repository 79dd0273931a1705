/// The outer `<svg>` of every chart: a responsive `viewBox` (no width or height), the
/// accessible name and description first, then shared definitions and the marks.
struct SVGDocument {
  /// The chart being drawn (kind, id, title, summary).
  var chart: Chart
  /// The viewBox width.
  var width: Double
  /// The viewBox height.
  var height: Double
  /// Contents of `<defs>` (patterns); omitted when empty.
  var defs: [SVGNode] = []
  /// Everything drawn, in paint order.
  var body: [SVGNode]

  /// Fonts tried in order: a Latin face first, then the common CJK faces of each platform.
  static let fontFamily =
    "Noto Sans, Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, system-ui, sans-serif"

  /// The finished SVG text, ending with a newline.
  var markup: String {
    let id = chart.id
    var children: [SVGNode] = [
      .el("title", [("id", "\(id)-title")], [.text(chart.title)]),
      .el("desc", [("id", "\(id)-desc")], [.text(chart.summary)]),
    ]
    if !defs.isEmpty { children.append(.el("defs", [], defs)) }
    children += body
    let root = SVGNode.el(
      "svg",
      [
        ("xmlns", "http://www.w3.org/2000/svg"),
        ("viewBox", "0 0 \(width.rounded(.up).svg) \(height.rounded(.up).svg)"),
        ("class", "chart chart-\(chart.kind.rawValue)"),
        ("role", "img"),
        ("aria-labelledby", "\(id)-title \(id)-desc"),
        ("font-family", SVGDocument.fontFamily),
        ("font-size", "12"),
      ], children)
    var out: [UInt8] = []
    out.reserveCapacity(32_768)
    root.write(into: &out)
    out.append(UInt8(ascii: "\n"))
    return String(decoding: out, as: UTF8.self)
  }
}
