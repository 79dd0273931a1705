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
  var className: String
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

  /// The `<text>` element; several lines become `<tspan>`s.
  var node: SVGNode {
    var attributes: [(String, String)] = [("class", className), ("x", x.svg), ("y", y.svg)]
    if anchor != .start { attributes.append(("text-anchor", anchor.rawValue)) }
    attributes.append(("font-size", SVGWriter.number(fontSize)))
    if bold { attributes.append(("font-weight", "bold")) }
    attributes.append(("fill", fill))
    if muted { attributes.append(("fill-opacity", "0.65")) }
    if rotation != 0 {
      attributes.append(("transform", "rotate(\(rotation.svg) \(x.svg) \(y.svg))"))
    }
    guard lines.count > 1 else { return .el("text", attributes, [.text(lines.first ?? "")]) }
    let spans = lines.enumerated().map { index, line in
      SVGNode.el(
        "tspan", [("x", x.svg), ("dy", index == 0 ? "0" : lineStep.svg)], [.text(line)])
    }
    return .el("text", attributes, spans)
  }
}
