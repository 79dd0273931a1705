import Foundation
#if canImport(FoundationXML)
  import FoundationXML
#endif
@testable import Charts

/// Reads a rendered SVG back with `XMLParser`: the root's attributes, every element in
/// document order, and the estimated box of every `<text>` (rotation included), so tests
/// can check that labels neither overlap nor leave the viewBox.
final class SVGInspector: NSObject, XMLParserDelegate {
  /// One element as parsed.
  struct Element {
    var name: String
    var attributes: [String: String]
    var text = ""
    var depth: Int
  }

  /// One `<text>`'s box as four corners.
  struct TextBox {
    var text: String
    var corners: [(x: Double, y: Double)]
  }

  private(set) var elements: [Element] = []
  private(set) var texts: [TextBox] = []
  private var stack: [Int] = []
  private var currentText: (attributes: [String: String], lines: [(String, Double, Double)])?
  private var currentSpan: (x: Double, dy: Double)?
  private(set) var error: Error?

  /// Parses `svg`; `error` is set when it is not well-formed XML.
  init(_ svg: String) {
    super.init()
    let parser = XMLParser(data: Data(svg.utf8))
    parser.delegate = self
    if !parser.parse() { error = parser.parserError ?? CocoaError(.coderReadCorrupt) }
  }

  var root: Element? { elements.first }

  /// The viewBox width and height.
  var viewBox: (width: Double, height: Double) {
    let parts = (root?.attributes["viewBox"] ?? "").split(separator: " ").compactMap { Double($0) }
    return parts.count == 4 ? (parts[2], parts[3]) : (0, 0)
  }

  /// Elements named `name` whose class list contains `className` (any class when nil).
  func elements(_ name: String, class className: String? = nil) -> [Element] {
    elements.filter { element in
      element.name == name
        && (className == nil
          || (element.attributes["class"] ?? "").split(separator: " ").contains { $0 == className! })
    }
  }

  /// Pairs of texts whose boxes overlap by more than `tolerance`.
  func overlappingTexts(tolerance: Double = 0.5) -> [(String, String)] {
    var pairs: [(String, String)] = []
    for i in texts.indices {
      for j in texts.indices where j > i {
        if Geometry.overlap(texts[i].corners, texts[j].corners, tolerance: tolerance) {
          pairs.append((texts[i].text, texts[j].text))
        }
      }
    }
    return pairs
  }

  /// Texts with a corner outside the viewBox.
  func textsOutsideViewBox(tolerance: Double = 0.5) -> [String] {
    let (width, height) = viewBox
    return texts.filter { box in
      box.corners.contains {
        $0.x < -tolerance || $0.y < -tolerance || $0.x > width + tolerance || $0.y > height + tolerance
      }
    }.map(\.text)
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    elements.append(Element(name: name, attributes: attributes, depth: stack.count))
    stack.append(elements.count - 1)
    if name == "text" {
      let x = Double(attributes["x"] ?? "") ?? 0
      let y = Double(attributes["y"] ?? "") ?? 0
      currentText = (attributes, [("", x, y)])
    } else if name == "tspan", var current = currentText {
      let last = current.lines.last!
      let x = Double(attributes["x"] ?? "") ?? last.1
      let dy = Double(attributes["dy"] ?? "") ?? 0
      if current.lines.count == 1 && current.lines[0].0.isEmpty {
        current.lines[0] = ("", x, last.2 + dy)
      } else {
        current.lines.append(("", x, last.2 + dy))
      }
      currentText = current
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if let index = stack.last { elements[index].text += string }
    if var current = currentText {
      current.lines[current.lines.count - 1].0 += string
      currentText = current
    }
  }

  func parser(
    _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
  ) {
    stack.removeLast()
    if name == "text", let current = currentText {
      texts.append(Geometry.box(current.attributes, lines: current.lines))
      currentText = nil
    }
  }
}

/// Box arithmetic for `SVGInspector`.
enum Geometry {
  /// The box of a `<text>` with `lines` (text, x, baseline), rotated as its transform says.
  static func box(_ attributes: [String: String], lines: [(String, Double, Double)]) -> SVGInspector.TextBox {
    let size = Double(attributes["font-size"] ?? "12") ?? 12
    let anchor = attributes["text-anchor"] ?? "start"
    var left = Double.infinity, right = -Double.infinity
    var top = Double.infinity, bottom = -Double.infinity
    for (text, x, baseline) in lines {
      let width = TextMetrics.width(of: text, fontSize: size)
      let start = anchor == "middle" ? x - width / 2 : anchor == "end" ? x - width : x
      left = min(left, start)
      right = max(right, start + width)
      top = min(top, baseline - 0.85 * size)
      bottom = max(bottom, baseline + 0.2 * size)
    }
    var corners = [(left, top), (right, top), (right, bottom), (left, bottom)].map { (x: $0.0, y: $0.1) }
    if let transform = attributes["transform"], transform.hasPrefix("rotate(") {
      let numbers = transform.dropFirst(7).dropLast().split(separator: " ").compactMap { Double($0) }
      let (angle, cx, cy) = (numbers[0] * Double.pi / 180, numbers[1], numbers[2])
      corners = corners.map { corner in
        let dx = corner.x - cx, dy = corner.y - cy
        return (x: cx + dx * cos(angle) - dy * sin(angle), y: cy + dx * sin(angle) + dy * cos(angle))
      }
    }
    return .init(text: lines.map(\.0).joined(separator: "/"), corners: corners)
  }

  /// Whether two convex quadrilaterals overlap by more than `tolerance` (separating axes).
  static func overlap(
    _ a: [(x: Double, y: Double)], _ b: [(x: Double, y: Double)], tolerance: Double
  ) -> Bool {
    for polygon in [a, b] {
      for i in polygon.indices {
        let p = polygon[i], q = polygon[(i + 1) % polygon.count]
        let length = ((q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y)).squareRoot()
        guard length > 0 else { continue }
        let axis = (x: -(q.y - p.y) / length, y: (q.x - p.x) / length)
        let projectA = a.map { $0.x * axis.x + $0.y * axis.y }
        let projectB = b.map { $0.x * axis.x + $0.y * axis.y }
        if projectA.max()! - tolerance <= projectB.min()! || projectB.max()! - tolerance <= projectA.min()! {
          return false
        }
      }
    }
    return true
  }
}
