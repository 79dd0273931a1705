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
    var out: [UInt8] = []
    write(into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends the node's markup to `out` as UTF-8: one buffer for a whole document, so a
  /// chart is written once instead of being copied at every level of the tree, and bytes
  /// are appended without String's per-append bookkeeping.
  func write(into out: inout [UInt8]) {
    switch self {
    case .text(let string):
      SVGWriter.appendEscaped(string, to: &out)
    case .element(let name, let attributes, let children):
      out.append(UInt8(ascii: "<"))
      SVGWriter.append(name, to: &out)
      for (key, value) in attributes {
        out.append(UInt8(ascii: " "))
        SVGWriter.append(key, to: &out)
        SVGWriter.append("=\"", to: &out)
        SVGWriter.appendEscaped(value, to: &out)
        out.append(UInt8(ascii: "\""))
      }
      if children.isEmpty {
        SVGWriter.append("/>", to: &out)
        return
      }
      let inline = children.allSatisfy {
        if case .text = $0 { return true }
        if case .element(name: "tspan", _, _) = $0 { return true }
        return false
      }
      out.append(UInt8(ascii: ">"))
      for child in children {
        if !inline { out.append(UInt8(ascii: "\n")) }
        child.write(into: &out)
      }
      if !inline { out.append(UInt8(ascii: "\n")) }
      SVGWriter.append("</", to: &out)
      SVGWriter.append(name, to: &out)
      out.append(UInt8(ascii: ">"))
    }
  }
}

/// Escaping and number formatting for SVG output.
enum SVGWriter {
  /// Escapes the five XML special characters and drops characters XML 1.0 forbids, so any
  /// label parses.
  static func escape(_ string: String) -> String {
    var out: [UInt8] = []
    appendEscaped(string, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends `string` escaped to `out` as UTF-8. Most labels and every number need no
  /// escaping, so the bytes are scanned first and copied whole when nothing needs replacing.
  static func appendEscaped(_ string: String, to out: inout [UInt8]) {
    var string = string
    let clean = string.withUTF8 { bytes in
      guard !needsEscaping(bytes) else { return false }
      out.append(contentsOf: bytes)
      return true
    }
    if clean { return }
    for scalar in string.unicodeScalars {
      switch scalar {
      case "&": out.append(contentsOf: "&amp;".utf8)
      case "<": out.append(contentsOf: "&lt;".utf8)
      case ">": out.append(contentsOf: "&gt;".utf8)
      case "\"": out.append(contentsOf: "&quot;".utf8)
      case "'": out.append(contentsOf: "&apos;".utf8)
      default:
        let v = scalar.value
        if v < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" { continue }
        if v == 0xFFFE || v == 0xFFFF { continue }
        UTF8.encode(scalar) { out.append($0) }
      }
    }
  }

  /// Appends `string`'s UTF-8 as one copy.
  static func append(_ string: String, to out: inout [UInt8]) {
    var string = string
    string.withUTF8 { out.append(contentsOf: $0) }
  }

  /// True when `string` holds a character `escape` replaces or drops: one of `&<>"'`, a C0
  /// control other than tab and line ends, or U+FFFE / U+FFFF (UTF-8 EF BF BE / EF BF BF).
  private static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var previous: (UInt8, UInt8) = (0, 0)
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
        UInt8(ascii: "'"):
        return true
      case 0x09, 0x0A, 0x0D: break
      case ..<0x20: return true
      case 0xBE...0xBF where previous == (0xEF, 0xBF): return true
      default: break
      }
      previous = (previous.1, byte)
    }
    return false
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
