/// Numbers as printed: fixed decimals from an integer count of the last decimal's units (so
/// sums are exact), Chinese pages without grouping, English ones with commas.
enum Figures {
  /// `scaled` / 10^`decimals`, e.g. `fixed(123456, decimals: 2)` is `1234.56`.
  static func fixed(_ scaled: Int, decimals: Int, grouped: Bool = false) -> String {
    let sign = scaled < 0 ? "-" : ""
    var unit = 1
    for _ in 0..<decimals { unit *= 10 }
    let magnitude = abs(scaled)
    let whole = integer(magnitude / unit, grouped: grouped)
    guard decimals > 0 else { return sign + whole }
    let fraction = String(magnitude % unit)
    return sign + whole + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
  }

  /// An integer, with thousands separators when `grouped`.
  static func integer(_ n: Int, grouped: Bool) -> String {
    let digits = String(abs(n))
    guard grouped, digits.count > 3 else { return (n < 0 ? "-" : "") + digits }
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(c)
    }
    return (n < 0 ? "-" : "") + out
  }

  /// `part` / `whole` in units of 10^-`decimals` percent, rounded half away from zero.
  static func percent(_ part: Int, of whole: Int, decimals: Int) -> Int {
    var unit = 100
    for _ in 0..<decimals { unit *= 10 }
    guard whole > 0 else { return 0 }
    let magnitude = (2 * abs(part) * unit + whole) / (2 * whole)
    return part < 0 ? -magnitude : magnitude
  }
}
