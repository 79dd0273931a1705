import Foundation

/// Writes numbers per language: Chinese without grouping (`484077`), English with thousands
/// separators (`484,077`); a real minus sign (U+2212); decimals as printed.
public enum NumberFormat {
  /// The cell's number for `language`, or "—" when the source prints none.
  public static func format(_ cell: Cell, _ language: Language) -> String {
    guard let value = cell.number else { return cell.raw.isEmpty ? "—" : cell.raw }
    return format(value, decimals: cell.decimals, language)
  }

  /// `value` with `decimals` decimals for `language`.
  public static func format(_ value: Double, decimals: Int, _ language: Language) -> String {
    let fixed = fixedPoint(abs(value), decimals: max(0, decimals))
    let isNegative = value < 0 && fixed.contains(where: { $0 != "0" && $0 != "." })
    let parts = fixed.split(separator: ".", maxSplits: 1)
    var integer = String(parts[0])
    if language != .zh { integer = grouped(integer) }
    let body = parts.count > 1 ? "\(integer).\(parts[1])" : integer
    return isNegative ? "\u{2212}\(body)" : body
  }

  static let powersOfTen: [Double] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]

  /// `%.<decimals>f` of `value` (≥ 0), as `String(format:)` writes it. Usually from the value
  /// scaled to an integer: when the scaled value is below 10⁹ its rounding error is under
  /// 10⁻⁷, so unless its fraction lies within 10⁻⁶ of ½ it rounds to the digits printf would
  /// give; near ½ (and for large or odd values) printf itself decides.
  static func fixedPoint(_ value: Double, decimals: Int) -> String {
    guard decimals < powersOfTen.count else { return printf(value, decimals: decimals) }
    let scaled = value * powersOfTen[decimals]
    guard scaled < 1e9 else { return printf(value, decimals: decimals) }
    let whole = scaled.rounded(.down)
    let fraction = scaled - whole
    guard abs(fraction - 0.5) > 1e-6 else { return printf(value, decimals: decimals) }
    let n = Int(whole) + (fraction > 0.5 ? 1 : 0)
    guard decimals > 0 else { return String(n) }
    let unit = Int(powersOfTen[decimals])
    let digits = String(n % unit)
    return "\(n / unit)." + String(repeating: "0", count: decimals - digits.count) + digits
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

  static func grouped(_ digits: String) -> String {
    guard digits.count > 3 else { return digits }
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(c)
    }
    return out
  }
}
