/// One node of the SVG tree: an element or a run of text. Kept as values so a chart is
/// assembled first and written once, in a fixed order (same input → same bytes).
enum SVGNode: Sendable, Equatable {
  case element(name: String, attributes: [(String, String)], children: [SVGNode])
  case text(String)

  static func == (lhs: SVGNode, rhs: SVGNode) -> Bool { lhs.markup == rhs.markup }

  /// An element; attributes keep the order given.
  static func el(_ name: String, _ attributes: [(String, String)] = [], _ children: [SVGNode] = [])
    -> SVGNode
  {
    .element(name: name, attributes: attributes, children: children)
  }

  /// A `<g>` with a class, or nothing when it would be empty.
  static func group(_ className: String, _ children: [SVGNode]) -> [SVGNode] {
    children.isEmpty ? [] : [.el("g", [("class", className)], children)]
  }

  /// The node as SVG markup: one element per line, text escaped.
  var markup: String {
    switch self {
    case .text(let string):
      return SVGWriter.escape(string)
    case .element(let name, let attributes, let children):
      var out = "<" + name
      for (key, value) in attributes {
        out += " \(key)=\"\(SVGWriter.escape(value))\""
      }
      if children.isEmpty { return out + "/>" }
      let inline = children.allSatisfy {
        if case .text = $0 { return true }
        if case .element(name: "tspan", _, _) = $0 { return true }
        return false
      }
      let separator = inline ? "" : "\n"
      return out + ">" + separator + children.map(\.markup).joined(separator: separator)
        + separator + "</\(name)>"
    }
  }
}

/// Escaping and number formatting for SVG output.
enum SVGWriter {
  /// Escapes the five XML special characters and drops characters XML 1.0 forbids, so any
  /// label parses.
  static func escape(_ string: String) -> String {
    var out = ""
    out.reserveCapacity(string.utf8.count)
    for scalar in string.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      default:
        let v = scalar.value
        if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// A coordinate with at most one decimal, no trailing zeros, never "-0"; independent of
  /// the locale.
  static func number(_ value: Double, decimals: Int = 1) -> String {
    guard value.isFinite else { return "0" }
    return ChartNumber.format(value, decimals: decimals, grouping: "", minus: "-", trimZeros: true)
  }
}

extension Double {
  /// This value as an SVG coordinate (see `SVGWriter.number`).
  var svg: String { SVGWriter.number(self) }
}
