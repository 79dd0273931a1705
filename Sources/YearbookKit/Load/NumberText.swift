/// Reads numbers as the source prints them: `－3.2` and `−3.2` (full-width and typographic
/// minus), `1,234.5` (thousands separators), full-width digits. Keeps the printed decimals.
enum NumberText {
  /// The number and its decimals, or nil when `raw` is not a number.
  static func parse(_ raw: String) -> (value: Double, decimals: Int)? {
    var text = ""
    for scalar in raw.unicodeScalars {
      switch scalar.value {
      case 0xFF10...0xFF19: text.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
      case 0xFF0D, 0x2212, 0x2013: text.append("-")
      case 0xFF0E: text.append(".")
      case 0x2C, 0xFF0C: continue
      case 0x20: continue
      default: text.unicodeScalars.append(scalar)
      }
    }
    if text.hasPrefix("+") { text.removeFirst() }
    guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
      text.dropFirst().allSatisfy({ $0 != "-" }), text.filter({ $0 == "." }).count <= 1,
      let value = Double(text)
    else { return nil }
    let decimals = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
    return (value, decimals)
  }
}
