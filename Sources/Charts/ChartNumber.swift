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
    var grouping = grouping
    var minus = minus
    return grouping.withUTF8 { grouping in
      minus.withUTF8 { minus in
        MarkupCursor.string(capacity: maximumLength(grouping: grouping.count, minus: minus.count)) {
          write(value, decimals: decimals, grouping: grouping, minus: minus, trimZeros: trimZeros, to: &$0)
        }
      }
    }
  }

  /// The longest text `write` gives with a separator and a minus sign of these lengths:
  /// a sign, twenty digits (a `UInt64`) with their separators, the point and six decimals.
  static func maximumLength(grouping: Int, minus: Int) -> Int { minus + 20 + 6 * grouping + 1 + 6 }

  /// Writes `format(value, …)` at `cursor`, at most `maximumLength(…)` bytes: integer
  /// arithmetic only, and the digits go straight into place.
  static func write(
    _ value: Double, decimals: Int, grouping: UnsafeBufferPointer<UInt8>,
    minus: UnsafeBufferPointer<UInt8>, trimZeros: Bool, to cursor: inout MarkupCursor
  ) {
    let places = max(0, min(decimals, 6))
    var divisor: UInt64 = 1
    for _ in 0..<places { divisor &*= 10 }
    guard let units = roundedUnits(abs(value) * Double(divisor)) else {
      if value < 0 { cursor.write(minus) }
      cursor.write("∞")
      return
    }
    var fraction = units % divisor
    var digits = places
    if trimZeros {
      while digits > 0 && fraction % 10 == 0 {
        fraction /= 10
        digits -= 1
      }
    }
    if units != 0 && value < 0 { cursor.write(minus) }
    if grouping.isEmpty {
      writeDigits(units / divisor, to: &cursor)
    } else {
      writeDigits(units / divisor, grouping: grouping, to: &cursor)
    }
    if digits > 0 {
      cursor.write(UInt8(ascii: "."))
      writeDigits(fraction, minimumCount: digits, to: &cursor)
    }
  }

  /// `magnitude.rounded()` (half away from zero) as an integer when that is below 9e15,
  /// else nil (as for NaN): the largest number written. Worked out without the C library's
  /// `round`, called for every coordinate: below 2⁵² the part after the point is exact,
  /// so comparing it with ½ rounds exactly as `rounded()` does, and from 2⁵² on every
  /// double is a whole number already.
  @inline(__always)
  static func roundedUnits(_ magnitude: Double) -> UInt64? {
    guard magnitude < 9.2e18 else { return nil }
    let whole = Int64(magnitude)
    let units = magnitude - Double(whole) >= 0.5 ? whole + 1 : whole
    return units < 9_000_000_000_000_000 ? UInt64(units) : nil
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
    var minus = ChartNumber.minus
    return minus.withUTF8 { minus in
      MarkupCursor.string(capacity: maximumLength(grouping: 0, minus: minus.count) + 1) {
        write(share * 100, decimals: 1, grouping: .empty, minus: minus, trimZeros: false, to: &$0)
        $0.write(UInt8(ascii: "%"))
      }
    }
  }

  /// Writes the decimal digits of `whole`, at least `minimumCount` of them (zeros in
  /// front): at most 20 bytes.
  static func writeDigits(_ whole: UInt64, minimumCount: Int = 1, to cursor: inout MarkupCursor) {
    var count = 1
    var limit: UInt64 = 10
    while count < 19 && whole >= limit {
      count += 1
      limit &*= 10
    }
    if whole >= limit { count += 1 }
    count = max(count, minimumCount)
    var rest = whole
    var offset = count
    while offset > 0 {
      offset -= 1
      cursor.write(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10), at: offset)
      rest /= 10
    }
    cursor.skip(count)
  }

  /// Writes the decimal digits of `whole` with `grouping` before every group of three
  /// counted from the right: at most 20 digits and 6 separators.
  private static func writeDigits(
    _ whole: UInt64, grouping: UnsafeBufferPointer<UInt8>, to cursor: inout MarkupCursor
  ) {
    var digits: [UInt8] = []
    var rest = whole
    repeat {
      digits.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10))
      rest /= 10
    } while rest > 0
    for (index, digit) in digits.reversed().enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { cursor.write(grouping) }
      cursor.write(digit)
    }
  }
}

extension UnsafeBufferPointer where Element == UInt8 {
  /// No bytes: no separator.
  static var empty: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: nil, count: 0) }
}
