/// The outer `<svg>` of every chart: a responsive `viewBox` (no width or height), the
/// accessible name and description first, then shared definitions and the marks.
enum SVGDocument {
  /// Fonts tried in order: a Latin face first, then the common CJK faces of each platform.
  static let fontFamily: StaticString =
    "Noto Sans, Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, system-ui, sans-serif"

  /// The finished SVG of `chart`, as UTF-8,, `width` × `height`, ending with a newline: `defs`
  /// (patterns) in `<defs>` when there are any, then `body`, everything drawn, in paint
  /// order.
  static func markup(
    chart: Chart, width: Double, height: Double, defs: borrowing SVGMarkup, body: borrowing SVGMarkup
  ) -> [UInt8] {
    let id = chart.id
    var head = SVGMarkup(capacity: 512 + chart.title.utf8.count + chart.summary.utf8.count)
    head.beginInline("svg")
    head.attribute("xmlns", "http://www.w3.org/2000/svg")
    head.attribute("viewBox", "0 0 \(width.rounded(.up)) \(height.rounded(.up))" as SVGValue)
    head.attribute("class", "chart chart-\(chart.kind.rawValue)" as SVGValue)
    head.attribute("role", "img")
    head.attribute("aria-labelledby", "\(id)-title \(id)-desc" as SVGValue)
    head.attribute("font-family", SVGDocument.fontFamily)
    head.attribute("font-size", "12")
    head.beginChildren()
    head.begin("title")
    head.attribute("id", "\(id)-title" as SVGValue)
    head.end("title", text: chart.title)
    head.begin("desc")
    head.attribute("id", "\(id)-desc" as SVGValue)
    head.end("desc", text: chart.summary)
    if !defs.isEmpty {
      head.begin("defs")
      head.beginChildren()
      head.append(defs)
      head.end("defs")
    }
    let tail: StaticString = "\n</svg>\n"
    let parts = [head.bytes, body.bytes, UnsafeBufferPointer(start: tail.utf8Start, count: tail.utf8CodeUnitCount)]
    // Bytes, not a String: made of valid UTF-8 only, they need no check (which a String made
    // of them costs), and the page copies them once, into its file.
    return [UInt8](unsafeUninitializedCapacity: parts.reduce(0) { $0 + $1.count }) { buffer, count in
      count = 0
      for part in parts where !part.isEmpty {
        (buffer.baseAddress! + count).initialize(from: part.baseAddress!, count: part.count)
        count += part.count
      }
    }
  }
}
