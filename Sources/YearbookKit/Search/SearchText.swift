/// Text as the index stores it: HTML character references read, white space collapsed; and
/// strings written as JavaScript literals that are safe inside a script file.
enum SearchText {
  /// `bytes` (text between tags) with references decoded and runs of white space made one
  /// space, trimmed.
  static func cleaned(_ bytes: [UInt8]) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var space = false
    func append(_ byte: UInt8) {
      if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
        space = !out.isEmpty
        return
      }
      if space {
        out.append(0x20)
        space = false
      }
      out.append(byte)
    }
    var i = 0
    while i < bytes.count {
      if bytes[i] == UInt8(ascii: "&"), let end = bytes[i..<min(bytes.count, i + 12)].firstIndex(of: UInt8(ascii: ";")),
        let scalar = reference(bytes[(i + 1)..<end])
      {
        for byte in String(Character(scalar)).utf8 { append(byte) }
        i = end + 1
      } else {
        append(bytes[i])
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// An attribute value with its references decoded.
  static func decoded(_ value: String) -> String {
    value.contains("&") ? cleaned(Array(value.utf8)) : value
  }

  /// The character `&name;` stands for: the five our pages write, `nbsp` (as a space), and
  /// numeric references; nil for any other, which then stays as it is written.
  private static func reference(_ name: ArraySlice<UInt8>) -> Unicode.Scalar? {
    let text = String(decoding: name, as: UTF8.self)
    switch text {
    case "amp": return "&"
    case "lt": return "<"
    case "gt": return ">"
    case "quot": return "\""
    case "apos": return "'"
    case "nbsp": return " "
    default:
      guard text.hasPrefix("#") else { return nil }
      let digits = text.dropFirst()
      let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
      return value.flatMap(Unicode.Scalar.init)
    }
  }

  /// `text` as a JavaScript string literal in double quotes. Besides quotes, backslashes and
  /// control characters, `<` is escaped, so that no `</script` can appear, and U+2028/2029.
  static func literal(_ text: String) -> String {
    var out: [UInt8] = []
    appendLiteral(text, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends `literal(text)` to `out`, working on the UTF-8 bytes: every byte to escape is
  /// ASCII, but for U+2028 and U+2029 (E2 80 A8, E2 80 A9).
  static func appendLiteral(_ text: String, to out: inout [UInt8]) {
    let hex = Array("0123456789abcdef".utf8)
    out.append(UInt8(ascii: "\""))
    let bytes = Array(text.utf8)
    var i = 0
    while i < bytes.count {
      let byte = bytes[i]
      switch byte {
      case UInt8(ascii: "\""): out += "\\\"".utf8
      case UInt8(ascii: "\\"): out += "\\\\".utf8
      case UInt8(ascii: "\n"): out += "\\n".utf8
      case UInt8(ascii: "<"): out += "\\u003c".utf8
      case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
        out += (bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8
        i += 2
      case 0..<0x20:
        out += "\\u00".utf8
        out.append(hex[Int(byte >> 4)])
        out.append(hex[Int(byte & 0xF)])
      default:
        out.append(byte)
      }
      i += 1
    }
    out.append(UInt8(ascii: "\""))
  }
}
