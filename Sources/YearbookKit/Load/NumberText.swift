/// Reads numbers as the source prints them: `－3.2` and `−3.2` (full-width and typographic
/// minus), `1,234.5` (thousands separators), full-width digits. Keeps the printed decimals.
enum NumberText {
  /// The number and its decimals, or nil when `raw` is not a number.
  static func parse(_ raw: String) -> (value: Double, decimals: Int)? {
    // On bytes: after the mapping a number is ASCII digits, at most one point and a leading
    // minus, so any other scalar means "not a number" (as the character checks said before).
    // The signs and points are counted on the way, rather than searched for afterwards. The
    // bytes go in a buffer on the stack: a table has thousands of numbers.
    let capacity = raw.utf8.count
    guard capacity > 0 else { return nil }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { text -> (Double, Int)? in
      var count = 0
      var points = 0
      var pluses = 0
      var innerMinus = false
      func append(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "."): points += 1
        case UInt8(ascii: "+"): pluses += 1
        case UInt8(ascii: "-"): innerMinus = innerMinus || count > 0
        default: break
        }
        text[count] = byte
        count += 1
      }
      for scalar in raw.unicodeScalars {
        switch scalar.value {
        case 0xFF10...0xFF19: append(UInt8(scalar.value - 0xFF10 + 0x30))
        case 0xFF0D, 0x2212, 0x2013: append(UInt8(ascii: "-"))
        case 0xFF0E: append(UInt8(ascii: "."))
        case 0x2C, 0xFF0C: continue
        case 0x20: continue
        case 0x30...0x39, 0x2B, 0x2D, 0x2E: append(UInt8(scalar.value))
        default: return nil
        }
      }
      // A leading plus is dropped; then a minus is allowed first only.
      var start = 0
      if count > 0, text[0] == UInt8(ascii: "+") {
        start = 1
        pluses -= 1
        innerMinus = count > 2 && text[2..<count].contains(UInt8(ascii: "-"))
      }
      let number = UnsafeBufferPointer(rebasing: text[start..<count])
      guard !number.isEmpty, pluses == 0, !innerMinus, points <= 1, let value = value(of: number) else { return nil }
      let point = number.firstIndex(of: UInt8(ascii: "."))
      return (value, point.map { number.count - $0 - 1 } ?? 0)
    }
  }

  /// Powers of ten that a Double holds exactly.
  private static let exactPowers: [Double] = (0...22).map { (0..<$0).reduce(1.0) { value, _ in value * 10 } }

  /// The value of `text`: ASCII digits, at most one point, a minus first only. While its
  /// digits make an integer below 2⁵³ and it has at most 22 decimals, that integer and the
  /// power of ten are exact doubles, and one division (rounded correctly, as every IEEE
  /// division is) gives the double nearest the decimal, as `Double(String)` does; this is
  /// the fast path of strtod. Anything else is read by `Double(String)`.
  static func value(of text: UnsafeBufferPointer<UInt8>) -> Double? {
    var mantissa: UInt64 = 0
    var digits = 0
    var decimals = 0
    var afterPoint = false
    for (i, byte) in text.enumerated() {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        digits += 1
        if digits > 19 { return Double(String(decoding: text, as: UTF8.self)) }
        mantissa = mantissa &* 10 &+ UInt64(byte &- UInt8(ascii: "0"))
        if afterPoint { decimals += 1 }
      case UInt8(ascii: ".") where !afterPoint: afterPoint = true
      case UInt8(ascii: "-") where i == 0: continue
      default: return Double(String(decoding: text, as: UTF8.self))
      }
    }
    guard digits > 0, mantissa <= 1 << 53, decimals < exactPowers.count else {
      return Double(String(decoding: text, as: UTF8.self))
    }
    let magnitude = Double(mantissa) / exactPowers[decimals]
    return text.first == UInt8(ascii: "-") ? -magnitude : magnitude
  }
}
