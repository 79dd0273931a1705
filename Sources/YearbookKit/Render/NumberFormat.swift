import Foundation

/// Writes numbers per language: Chinese without grouping (`484077`), English with thousands
/// separators (`484,077`); a real minus sign (U+2212); decimals as printed.
public enum NumberFormat {
  /// The cell's number for `language`, or "—" when the source prints none.
  public static func format(_ cell: Cell, _ language: Language) -> String {
    guard let value = cell.number else { return cell.raw.isEmpty ? "—" : cell.raw }
    return format(value, decimals: cell.decimals, language)
  }

  /// `value` with `decimals` decimals for `language`: written by `HTMLBuffer.appendNumber`, as
  /// the tables write their figures (one buffer, digits written in place), and made a string.
  public static func format(_ value: Double, decimals: Int, _ language: Language) -> String {
    var buffer = HTMLBuffer(capacity: 24)
    buffer.appendNumber(value, decimals: decimals, language)
    return buffer.html
  }

  static let powersOfTen: [Double] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]

  /// `%.<decimals>f` of `value` (≥ 0), as `String(format:)` writes it. Usually from the value
  /// scaled to an integer: when the scaled value is below 10⁹ its rounding error is under
  /// 10⁻⁷, so unless its fraction lies within 10⁻⁶ of ½ it rounds to the digits printf would
  /// give; near ½ (and for large or odd values) printf itself decides.
  static func fixedPoint(_ value: Double, decimals: Int) -> String {
    String(decoding: fixedPointBytes(value, decimals: decimals), as: UTF8.self)
  }

  /// `fixedPoint` as ASCII bytes.
  static func fixedPointBytes(_ value: Double, decimals: Int) -> [UInt8] {
    guard decimals < powersOfTen.count else { return Array(printf(value, decimals: decimals).utf8) }
    let scaled = value * powersOfTen[decimals]
    guard scaled < 1e9 else { return Array(printf(value, decimals: decimals).utf8) }
    let whole = scaled.rounded(.down)
    let fraction = scaled - whole
    guard abs(fraction - 0.5) > 1e-6 else { return Array(printf(value, decimals: decimals).utf8) }
    var n = Int(whole) + (fraction > 0.5 ? 1 : 0)
    // Digits from the right: the decimals, the point, then the integer part (at least "0").
    var reversed: [UInt8] = []
    reversed.reserveCapacity(12 + decimals)
    for _ in 0..<decimals {
      reversed.append(UInt8(ascii: "0") + UInt8(n % 10))
      n /= 10
    }
    if decimals > 0 { reversed.append(UInt8(ascii: ".")) }
    repeat {
      reversed.append(UInt8(ascii: "0") + UInt8(n % 10))
      n /= 10
    } while n > 0
    return reversed.reversed()
  }

  /// `%.<decimals>f` of `value` straight through C's `vsnprintf`, as `String(format:)` writes
  /// it without Foundation's formatting machinery.
  static func printf(_ value: Double, decimals: Int) -> String {
    var size = 64
    while true {
      var buffer = [CChar](repeating: 0, count: size)
      let length = withVaList([Int32(clamping: decimals), value]) { vsnprintf(&buffer, size, "%.*f", $0) }
      guard length >= size else { return String(decoding: buffer.prefix(Int(max(0, length))).map { UInt8(bitPattern: $0) }, as: UTF8.self) }
      size = Int(length) + 1
    }
  }
}
