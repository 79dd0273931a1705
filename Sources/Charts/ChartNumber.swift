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
    let divisor = UInt64(scale)
    // Integer arithmetic only: every coordinate of every chart passes through here.
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
