import Testing

@testable import Charts

/// The byte writers behind every number and coordinate of a chart give exactly the text the
/// string formatter they replaced gave (kept here as `StringFormatter`), over integers,
/// fractions, negatives, zero, rounding edges, grouping and the ends of the range.
@Suite struct NumberWriterTests {
  /// Values around every edge the formatter has: zero and the smallest values rounded to
  /// it, halves at each decimal, carries (9.95, 99.95, 999.5), group boundaries, the 9e15
  /// limit, and a spread of ordinary values of every size and sign.
  static let values: [Double] = {
    var values: [Double] = [
      0, -0.0, 0.04, -0.04, 0.05, -0.05, 0.5, -0.5, 1.5, 2.5, -2.5, 0.125, 0.135, 1.005, 2.675,
      9.95, -9.95, 99.95, 999.5, 999.95, 9_999.5, 0.001, -0.001, 0.0049, 0.0051, 1e-7, 12, 100,
      999, 1_000, -1_000, 9_999, 10_000, 99_999, 100_000, 999_999, 1_000_000, 1_234_567.891,
      -1_234_567.891, 22_398.39, -18.29, 484_077, 0.3, 0.1 + 0.2, 1 / 3.0, 2 / 3.0, 1e12, 1e14,
      8.999_999e15, 9e15, -9e15, 1e16, 1e300, .infinity, -.infinity, .nan, .pi, -.pi,
      .ulpOfOne, .leastNonzeroMagnitude, .greatestFiniteMagnitude,
    ]
    // A deterministic spread: mantissas with awkward binary expansions at every scale.
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<3_000 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let mantissa = Double(seed >> 11) / Double(1 << 53)
      let exponent = Int(seed % 17) - 6
      var value = mantissa
      for _ in 0..<abs(exponent) { value = exponent < 0 ? value / 10 : value * 10 }
      values.append(seed & 1 == 0 ? value : -value)
      // Halves and near-halves at one and two decimals, where rounding turns.
      let cents = Double(Int(seed % 200_000) - 100_000)
      values.append(cents / 100 + 0.005)
      values.append(cents / 10 + 0.05)
    }
    return values
  }()

  @Test func formatsLikeTheStringFormatter() {
    var mismatches: [String] = []
    for value in NumberWriterTests.values {
      for decimals in [-1, 0, 1, 2, 3, 6, 7] {
        for grouping in ["", ",", "\u{202F}"] {
          for trimZeros in [false, true] {
            let expected = StringFormatter.format(
              value, decimals: decimals, grouping: grouping, trimZeros: trimZeros)
            let written = ChartNumber.format(
              value, decimals: decimals, grouping: grouping, trimZeros: trimZeros)
            if written != expected {
              mismatches.append("\(value) d\(decimals) '\(grouping)' \(trimZeros): \(written) ≠ \(expected)")
            }
          }
        }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
  }

  @Test func writesCoordinatesLikeTheStringFormatter() {
    for value in NumberWriterTests.values {
      for decimals in [1, 2] {
        let expected = StringFormatter.number(value, decimals: decimals)
        var bytes: [UInt8] = []
        SVGWriter.appendNumber(value, decimals: decimals, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == expected, "\(value)")
        #expect(SVGWriter.number(value, decimals: decimals) == expected, "\(value)")
        var svg = SVGMarkup(capacity: 16)
        svg.writeNumber(value, decimals: decimals)
        #expect(svg.text == expected, "\(value)")
      }
    }
  }

  @Test func writesSharesLikeTheStringFormatter() {
    for value in NumberWriterTests.values {
      #expect(ChartNumber.percent(value) == StringFormatter.percent(value), "\(value)")
    }
  }

  @Test func writesExactTextAtTheEdges() {
    #expect(ChartNumber.format(9.95, decimals: 1, grouping: ",") == "10.0")
    #expect(ChartNumber.format(999.5, decimals: 0, grouping: ",") == "1,000")
    #expect(ChartNumber.format(-999_999.5, decimals: 0, grouping: ",") == "\u{2212}1,000,000")
    #expect(ChartNumber.format(-0.04, decimals: 1, grouping: "") == "0.0")
    #expect(ChartNumber.format(0.05, decimals: 6, grouping: "", trimZeros: true) == "0.05")
    #expect(ChartNumber.format(1234.5, decimals: 2, grouping: "\u{202F}") == "1\u{202F}234.50")
    #expect(ChartNumber.format(-1e16, decimals: 0, grouping: ",") == "\u{2212}∞")
    #expect(ChartNumber.format(.nan, decimals: 0, grouping: ",") == "∞")
    #expect(SVGWriter.number(-0.04) == "0")
    #expect(SVGWriter.number(-12.96) == "-13")
    #expect(SVGWriter.number(.infinity) == "0")
  }

  @Test func roundsHalvesAwayFromZeroLikeRounded() {
    var magnitudes = NumberWriterTests.values.map(abs)
    magnitudes += [0.5, 1.5, 2.5, 0.49999999999999994, 4_503_599_627_370_495.5, 4_503_599_627_370_497]
    magnitudes += [8_999_999_999_999_999, 8_999_999_999_999_998.5, 9e15 - 0.5, 9e15, 1e19]
    for magnitude in magnitudes {
      let rounded = magnitude.rounded()
      let expected = rounded < 9e15 ? UInt64(rounded) : nil
      #expect(ChartNumber.roundedUnits(magnitude) == expected, "\(magnitude)")
    }
  }

  @Test func writesIntegers() {
    for value in [0, 7, -7, 10, 12, 999, 1_000, -123_456, Int.max, Int.min] {
      var bytes: [UInt8] = []
      SVGWriter.appendInteger(value, to: &bytes)
      #expect(String(decoding: bytes, as: UTF8.self) == String(value))
    }
  }
}

/// The string formatter charts used before numbers were written as bytes: the reference
/// the byte writers must match character for character.
private enum StringFormatter {
  static func format(
    _ value: Double, decimals: Int, grouping: String, minus: String = "\u{2212}", trimZeros: Bool = false
  ) -> String {
    let places = max(0, min(decimals, 6))
    var scale: Double = 1
    for _ in 0..<places { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    guard scaled < 9e15 else { return value < 0 ? minus + "∞" : "∞" }
    let units = UInt64(scaled)
    let divisor = UInt64(scale)
    var fraction = units % divisor
    var digits = places
    if trimZeros {
      while digits > 0 && fraction % 10 == 0 {
        fraction /= 10
        digits -= 1
      }
    }
    var text = grouped(units / divisor, grouping)
    if digits > 0 {
      let written = String(fraction)
      text += "."
      for _ in written.utf8.count..<digits { text += "0" }
      text += written
    }
    return units == 0 ? text : (value < 0 ? minus + text : text)
  }

  static func number(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return "0" }
    return format(value, decimals: decimals, grouping: "", minus: "-", trimZeros: true)
  }

  static func percent(_ share: Double) -> String {
    if share > 0 && share < 0.0005 { return "<0.1%" }
    return format(share * 100, decimals: 1, grouping: "") + "%"
  }

  private static func grouped(_ whole: UInt64, _ separator: String) -> String {
    let digits = String(whole)
    guard !separator.isEmpty, digits.count > 3 else { return digits }
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { out += separator }
      out.append(digit)
    }
    return out
  }
}
