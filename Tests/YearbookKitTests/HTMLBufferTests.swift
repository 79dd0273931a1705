import Markdown
import Testing
@testable import YearbookKit

/// The table renderers write into `HTMLBuffer`: what it writes must be what the string
/// functions it replaces give.
@Suite struct HTMLBufferTests {
  /// Escaping character by character, the plain way.
  func reference(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }

  @Test func escapingIsThePlainRule() {
    let texts = [
      "", "plain", "a & b", "<tag attr=\"v\">'q'</tag>", "&&<<>>", "中文 & 表 <1>", "é'\"", "tail&", "&head", "\u{2212}1,234",
      String(repeating: "长句子 with <b>", count: 50),
    ]
    for text in texts {
      #expect(escapeHTML(text) == reference(text), "\(text)")
      var buffer = HTMLBuffer()
      buffer.append("[")
      buffer.appendEscaped(text)
      buffer.append("]")
      #expect(buffer.html == "[\(reference(text))]", "\(text)")
    }
  }

  @Test func numbersAreNumberFormats() {
    var values: [Double] = [
      0, -0.0, 0.5, -0.004, 1.005, 2.675, 999.5, 1_000, -1_234.5, 22398.39, 1e9, 123_456_789.123, 1e-7, .infinity, -28.89,
    ]
    for n in stride(from: 0, to: 50_000, by: 37) { values += [Double(n) / 7, -Double(n) * 1.37] }
    var mismatches: [String] = []
    for value in values {
      for decimals in -1...7 {
        for language in [Language.zh, .en] {
          var buffer = HTMLBuffer()
          buffer.appendNumber(value, decimals: decimals, language)
          let expected = Self.printed(value, decimals: decimals, language)
          let formatted = NumberFormat.format(value, decimals: decimals, language)
          if buffer.html != expected || formatted != expected {
            mismatches.append("\(value) \(decimals) \(language.code): \(buffer.html), \(formatted) vs \(expected)")
          }
        }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
  }

  /// The figure as C's printf writes it (`%.*f` of the magnitude), grouped in thousands for
  /// English, with a minus sign (U+2212) unless it prints as zero: the reference the fast
  /// path must match.
  static func printed(_ value: Double, decimals: Int, _ language: Language) -> String {
    let fixed = Array(NumberFormat.printf(abs(value), decimals: max(0, decimals)).utf8)
    let point = fixed.firstIndex(of: UInt8(ascii: ".")) ?? fixed.endIndex
    var out = value < 0 && fixed.contains { $0 != UInt8(ascii: "0") && $0 != UInt8(ascii: ".") } ? "\u{2212}" : ""
    for i in 0..<point {
      if language != .zh, i > 0, (point - i) % 3 == 0 { out += "," }
      out += String(UnicodeScalar(fixed[i]))
    }
    return out + String(decoding: fixed[point...], as: UTF8.self)
  }

  @Test func integersAreDecimal() {
    for n in [0, 7, 10, 99, 100, 12_345, Int(Int32.max)] {
      var buffer = HTMLBuffer()
      buffer.append(n)
      #expect(buffer.html == String(n))
    }
  }
}
