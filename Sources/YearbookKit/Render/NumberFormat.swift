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
    let fixed = printf(abs(value), decimals: max(0, decimals))
    let isNegative = value < 0 && fixed.contains(where: { $0 != "0" && $0 != "." })
    let parts = fixed.split(separator: ".", maxSplits: 1)
    var integer = String(parts[0])
    if language != .zh { integer = grouped(integer) }
    let body = parts.count > 1 ? "\(integer).\(parts[1])" : integer
    return isNegative ? "\u{2212}\(body)" : body
  }

  /// `%.<decimals>f` of `value`, as `String(format:)` writes it, but straight through C's
  /// `vsnprintf`: Foundation's formatting was a tenth of the cost of rendering a table.
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
