import Foundation
import Markdown
import Testing
@testable import YearbookKit

/// The benchmark's fast paths give exactly what the plain code gave: numbers as printf writes
/// them, escaping, label normalisation, and the parallel map's order.
@Suite struct FastPathTests {
  @Test func fixedPointMatchesPrintfEverywhere() {
    var values: [Double] = [0, 0.5, 1.5, 2.5, 0.125, 0.375, 1e9, 999_999_999.5, 22398.39, 7717.32, 0.005, 0.015, 1.005, 2.675, 1e-7, 123_456.789_5]
    // Ties and near-ties at every scale, and a spread of ordinary figures.
    for decimals in 0...6 {
      let unit = pow(10, Double(decimals))
      for n in stride(from: 0, to: 20_000, by: 7) {
        values.append((Double(n) + 0.5) / unit)
        values.append(Double(n) / unit)
        values.append(Double(n) * 1.37 / unit)
      }
    }
    var mismatches: [String] = []
    for value in values {
      for decimals in 0...7 {
        let fast = NumberFormat.fixedPoint(value, decimals: decimals)
        let slow = String(format: "%.\(decimals)f", value)
        if fast != slow { mismatches.append("\(value) %.\(decimals)f: \(fast) vs \(slow)") }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
  }

  @Test func numbersKeepTheirLanguageForm() {
    #expect(NumberFormat.format(22398.39, decimals: 2, .en) == "22,398.39")
    #expect(NumberFormat.format(22398.39, decimals: 2, .zh) == "22398.39")
    #expect(NumberFormat.format(-3.2, decimals: 1, .en) == "\u{2212}3.2")
    #expect(NumberFormat.format(-0.001, decimals: 2, .en) == "0.00")
    #expect(NumberFormat.format(.infinity, decimals: 1, .zh) == "inf")
    #expect(NumberFormat.format(1234567.891, decimals: 2, .en) == "1,234,567.89")
    #expect(NumberFormat.format(123, decimals: 0, .en) == "123")
    #expect(NumberFormat.format(-1234, decimals: 0, .en) == "\u{2212}1,234")
  }

  /// The number reader as it was written before it worked on bytes: the reference.
  static func referenceParse(_ raw: String) -> (value: Double, decimals: Int)? {
    var text = ""
    for scalar in raw.unicodeScalars {
      switch scalar.value {
      case 0xFF10...0xFF19: text.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
      case 0xFF0D, 0x2212, 0x2013: text.append("-")
      case 0xFF0E: text.append(".")
      case 0x2C, 0xFF0C: continue
      case 0x20: continue
      default: text.unicodeScalars.append(scalar)
      }
    }
    if text.hasPrefix("+") { text.removeFirst() }
    guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
      text.dropFirst().allSatisfy({ $0 != "-" }), text.filter({ $0 == "." }).count <= 1,
      let value = Double(text)
    else { return nil }
    let decimals = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
    return (value, decimals)
  }

  @Test func numberTextReadsWhatItReadBefore() {
    let pieces = ["1", "0", "9", ".", "-", "+", ",", " ", "－", "−", "–", "．", "，", "１", "５", "e", "a", "\u{301}", "\r\n", "亿", "%"]
    var inputs = ["22398.39", "－3.2", "1,234.5", "１２３", "+5", "++5", "-", ".", "1.", ".5", "1-2", "1..2", "", " 7 ", "1e5", "inf", "nan"]
    // Every string of up to three pieces.
    for a in pieces {
      inputs.append(a)
      for b in pieces {
        inputs.append(a + b)
        for c in pieces { inputs.append(a + b + c) }
      }
    }
    for raw in inputs {
      let fast = NumberText.parse(raw)
      let reference = Self.referenceParse(raw)
      #expect(fast?.value == reference?.value && fast?.decimals == reference?.decimals, "\(raw.debugDescription)")
    }
  }

  @Test func escapingLeavesPlainTextAsItIs() {
    #expect(escapeHTML("北京 Beijing") == "北京 Beijing")
    #expect(escapeHTML("a<b>&\"c\"'d'") == "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;")
    #expect(escapeHTML("合计<总>") == "合计&lt;总&gt;")
    #expect(escapeHTML("") == "")
  }

  @Test func normalisingLabelsIsUnchanged() {
    #expect(Translator.normalize(" 北 京 ") == "北京")
    #expect(Translator.normalize("北\u{3000}京") == "北京")
    #expect(Translator.normalize("New York 北京") == "New York北京")
    #expect(Translator.normalize("技术开发") == "技术开发")
    #expect(" \u{301}x".trimmingSpaces() == "x")
    #expect("x \u{301}".trimmingSpaces() == "x")
    #expect("\u{3000}合计\n".trimmingSpaces() == "合计")
    #expect(Translator.needsTranslation("2019-01") == false)
    #expect(Translator.needsTranslation("其中：北京") == true)
  }

  @Test func concurrentMapKeepsOrder() {
    let numbers = Array(0..<1000)
    #expect(numbers.concurrentMap { $0 * 2 } == numbers.map { $0 * 2 })
    #expect([Int]().concurrentMap { $0 } == [])
  }
}
