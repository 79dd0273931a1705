/// Numbers written for readers (ticks, totals, shares) without `NumberFormatter`, so the
/// output never depends on the machine's locale.
enum ChartNumber {
  /// The typographic minus sign used in tick labels and totals.
  static let minus = "\u{2212}"

  /// `value` rounded to `decimals` places, with `grouping` between thousands.
  static func format(
    _ value: Double, decimals: Int, grouping: String, minus: String = ChartNumber.minus,
    trimZeros: Bool = false
  ) -> String {
    let places = max(0, min(decimals, 6))
    var scale: Double = 1
    for _ in 0..<places { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    guard scaled < 9e15 else { return value < 0 ? minus + "∞" : "∞" }
    let units = UInt64(scaled)
    let whole = units / UInt64(scale)
    var fraction = String(units % UInt64(scale))
    if places > 0 {
      fraction = String(repeating: "0", count: places - fraction.count) + fraction
    }
    if trimZeros {
      while fraction.hasSuffix("0") { fraction.removeLast() }
    }
    var text = grouped(whole, grouping)
    if places > 0 && !fraction.isEmpty { text += "." + fraction }
    return units == 0 ? text : (value < 0 ? minus + text : text)
  }

  /// The number of decimals written in a printed label ("12.50" → 2), capped at 2.
  static func decimals(in label: String) -> Int {
    guard let dot = label.lastIndex(of: ".") else { return 0 }
    let digits = label[label.index(after: dot)...].prefix { $0.isASCII && $0.isNumber }
    return min(digits.count, 2)
  }

  /// A share of a whole as a percentage with one decimal ("25.4%"; "<0.1%" for a sliver).
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
