/// One or more lines of text at a point; knows its estimated size so layouts can keep
/// labels apart and inside the viewBox.
struct TextBlock {
  /// Horizontal alignment on `x` (SVG `text-anchor`).
  enum Anchor: String { case start, middle, end }

  /// The lines, top to bottom.
  var lines: [String]
  /// The anchor point's x.
  var x: Double
  /// The baseline of the first line.
  var y: Double
  var anchor: Anchor = .start
  var fontSize: Double
  /// `label`, `tick`, `axis-title`, `legend`…
  var className: StaticString
  var fill = "currentColor"
  /// Degrees, clockwise, about (`x`, `y`).
  var rotation: Double = 0
  var bold = false
  /// Drawn fainter, for notes such as "no data".
  var muted = false

  /// The widest line's estimated width.
  var width: Double { TextMetrics.width(of: lines, fontSize: fontSize) }
  /// The height of all lines.
  var height: Double { TextMetrics.height(lines: lines.count, fontSize: fontSize) }
  /// The distance between baselines.
  var lineStep: Double { fontSize * TextMetrics.lineHeight }

  /// The first baseline that centres `lineCount` lines of `fontSize` text on `middle`.
  static func baseline(centering lineCount: Int, fontSize: Double, on middle: Double) -> Double {
    middle - Double(lineCount - 1) * fontSize * TextMetrics.lineHeight / 2 + fontSize * 0.35
  }

  /// Writes the `<text>` element; several lines become `<tspan>`s.
  func write(into svg: inout SVGMarkup) {
    svg.begin("text")
    svg.attribute("class", className)
    svg.attribute("x", x)
    svg.attribute("y", y)
    switch anchor {
    case .start: break
    case .middle: svg.attribute("text-anchor", "middle")
    case .end: svg.attribute("text-anchor", "end")
    }
    svg.attribute("font-size", fontSize)
    if bold { svg.attribute("font-weight", "bold") }
    svg.attribute("fill", fill)
    if muted { svg.attribute("fill-opacity", "0.65") }
    if rotation != 0 { svg.attribute("transform", "rotate(\(rotation) \(x) \(y))" as SVGValue) }
    guard lines.count > 1 else {
      svg.end("text", text: lines.first ?? "")
      return
    }
    svg.beginChildren()
    for (index, line) in lines.enumerated() {
      svg.beginInline("tspan")
      svg.attribute("x", x)
      if index == 0 { svg.attribute("dy", "0") } else { svg.attribute("dy", lineStep) }
      svg.end("tspan", text: line)
    }
    svg.endInline("text")
  }
}
