/// Text widths estimated per character, since the renderer cannot measure fonts: CJK and
/// other full-width characters ≈ 1 em, digits and most Latin letters ≈ 0.55 em, with a few
/// narrow and wide Latin exceptions. The estimates err on the wide side so that labels fit
/// in any common sans-serif face.
enum TextMetrics {
  /// Line height as a multiple of the font size.
  static let lineHeight = 1.25

  /// The estimated advance width of `text` at `fontSize`.
  static func width(of text: String, fontSize: Double) -> Double {
    var ems = 0.0
    for scalar in text.unicodeScalars { ems += em(scalar) }
    return ems * fontSize
  }

  /// The widest of several lines.
  static func width(of lines: [String], fontSize: Double) -> Double {
    var widest = 0.0
    for line in lines { widest = max(widest, width(of: line, fontSize: fontSize)) }
    return widest
  }

  /// The height of `lines` lines of text.
  static func height(lines: Int, fontSize: Double) -> Double {
    Double(lines) * fontSize * lineHeight
  }

  /// The width of one character in ems.
  static func em(_ scalar: Unicode.Scalar) -> Double {
    scalar.isASCII ? asciiEm(UInt8(truncatingIfNeeded: scalar.value)) : measuredEm(scalar)
  }

  /// `measuredEm` of an ASCII character, which most labels and every number are made of,
  /// as one switch on the byte (a table lookup once compiled).
  static func asciiEm(_ byte: UInt8) -> Double {
    switch byte {
    case UInt8(ascii: " "), UInt8(ascii: "i"), UInt8(ascii: "j"), UInt8(ascii: "l"), UInt8(ascii: "I"),
      UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "'"),
      UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: "`"):
      return 0.3
    case UInt8(ascii: "f"), UInt8(ascii: "r"), UInt8(ascii: "t"), UInt8(ascii: "("), UInt8(ascii: ")"),
      UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "\""):
      return 0.4
    case UInt8(ascii: "m"), UInt8(ascii: "w"), UInt8(ascii: "M"), UInt8(ascii: "W"), UInt8(ascii: "@"),
      UInt8(ascii: "%"):
      return 0.9
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): return 0.68
    default: return 0.55
    }
  }

  /// The width of any character in ems.
  static func measuredEm(_ scalar: Unicode.Scalar) -> Double {
    if isWide(scalar) { return 1 }
    switch scalar {
    case " ": return 0.3
    case "i", "j", "l", "I", ".", ",", ":", ";", "'", "!", "|", "`": return 0.3
    case "f", "r", "t", "(", ")", "[", "]", "-", "/", "\"": return 0.4
    case "m", "w", "M", "W", "@", "%", "\u{2014}": return 0.9
    case "A"..."Z": return 0.68
    default:
      let value = scalar.value
      if (0x0300...0x036F).contains(value) || (0x200B...0x200D).contains(value) { return 0 }
      return 0.55
    }
  }

  /// True for characters set full-width: CJK ideographs and punctuation, kana, Hangul,
  /// full-width forms.
  static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
