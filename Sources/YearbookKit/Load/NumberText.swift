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

  /// The value of `text`: ASCII digits, at most one point, a minus first only.
  static func value(of text: UnsafeBufferPointer<UInt8>) -> Double? {
    Double(String(decoding: text, as: UTF8.self))
  }
}
