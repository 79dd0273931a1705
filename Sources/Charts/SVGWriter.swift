/// Escaping and number formatting for SVG output, straight into UTF-8: a chart is written
/// without a `String` per attribute or per number.
enum SVGWriter {
  /// Escapes the five XML special characters and drops characters XML 1.0 forbids, so any
  /// label parses.
  static func escape(_ string: String) -> String {
    var out: [UInt8] = []
    appendEscaped(string, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends `string` escaped to `out` as UTF-8. Most labels and every number need no
  /// escaping, so the bytes are scanned first and copied whole when nothing needs replacing.
  static func appendEscaped(_ string: String, to out: inout [UInt8]) {
    var string = string
    let clean = string.withUTF8 { bytes in
      guard !needsEscaping(bytes) else { return false }
      out.append(contentsOf: bytes)
      return true
    }
    if clean { return }
    for scalar in string.unicodeScalars {
      switch scalar {
      case "&": out.append(contentsOf: "&amp;".utf8)
      case "<": out.append(contentsOf: "&lt;".utf8)
      case ">": out.append(contentsOf: "&gt;".utf8)
      case "\"": out.append(contentsOf: "&quot;".utf8)
      case "'": out.append(contentsOf: "&apos;".utf8)
      default:
        let v = scalar.value
        if v < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" { continue }
        if v == 0xFFFE || v == 0xFFFF { continue }
        UTF8.encode(scalar) { out.append($0) }
      }
    }
  }

  /// True when `bytes` hold a character `escape` replaces or drops: one of `&<>"'`, a C0
  /// control other than tab and line ends, or U+FFFE / U+FFFF (UTF-8 EF BF BE / EF BF BF).
  /// Every label passes through here, so each byte is looked up in a bit mask of the
  /// bytes below 0x40 that need escaping rather than compared with each of them.
  static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x40 {
        if SVGWriter.escapedBelow0x40 & (1 << UInt64(byte)) != 0 { return true }
      } else if byte == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBF
        && bytes[index + 2] & 0xFE == 0xBE
      {
        return true
      }
      index += 1
    }
    return false
  }

  /// Bit `b` is set when byte `b` (below 0x40) is escaped or dropped: C0 controls but tab,
  /// line feed and carriage return (bits 0–8, 11, 12, 14–31), and `"` (34), `&` (38),
  /// `'` (39), `<` (60), `>` (62).
  private static let escapedBelow0x40: UInt64 = 0x5000_00C4_FFFF_D9FF

  /// A coordinate with at most one decimal, no trailing zeros, never "-0"; independent of
  /// the locale.
  static func number(_ value: Double, decimals: Int = 1) -> String {
    MarkupCursor.string(capacity: maximumNumberLength) { writeNumber(value, decimals: decimals, to: &$0) }
  }

  /// The most bytes `writeNumber` writes.
  static var maximumNumberLength: Int { ChartNumber.maximumLength(grouping: 0, minus: 1) }

  /// Writes `number(value, decimals:)`: at most `maximumNumberLength` bytes. Every
  /// coordinate of every chart passes through here, so this is `ChartNumber.write` (a
  /// hyphen for the minus, no grouping, trailing zeros trimmed) with those choices made in
  /// advance rather than on each call.
  static func writeNumber(_ value: Double, decimals: Int = 1, to cursor: inout MarkupCursor) {
    let places = max(0, min(decimals, 6))
    var divisor: UInt64 = 1
    for _ in 0..<places { divisor &*= 10 }
    guard value.isFinite else {
      cursor.write(UInt8(ascii: "0"))
      return
    }
    guard let units = ChartNumber.roundedUnits(abs(value) * Double(divisor)) else {
      if value < 0 { cursor.write(UInt8(ascii: "-")) }
      cursor.write("∞")
      return
    }
    var whole = units
    var fraction: UInt64 = 0
    var digits = 0
    if places > 0 {
      whole = units / divisor
      fraction = units % divisor
      digits = places
      while digits > 0 && fraction % 10 == 0 {
        fraction /= 10
        digits -= 1
      }
    }
    if units != 0 && value < 0 { cursor.write(UInt8(ascii: "-")) }
    ChartNumber.writeDigits(whole, to: &cursor)
    if digits > 0 {
      cursor.write(UInt8(ascii: "."))
      ChartNumber.writeDigits(fraction, minimumCount: digits, to: &cursor)
    }
  }

  /// Appends `number(value, decimals:)` to `out`.
  static func appendNumber(_ value: Double, decimals: Int = 1, to out: inout [UInt8]) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumNumberLength) { scratch in
      var cursor = MarkupCursor(position: scratch.baseAddress!)
      writeNumber(value, decimals: decimals, to: &cursor)
      out.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[..<(cursor.position - scratch.baseAddress!)]))
    }
  }

  /// Appends `value` in decimal digits.
  static func appendInteger(_ value: Int, to out: inout [UInt8]) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 21) { scratch in
      var cursor = MarkupCursor(position: scratch.baseAddress!)
      if value < 0 { cursor.write(UInt8(ascii: "-")) }
      ChartNumber.writeDigits(UInt64(value.magnitude), to: &cursor)
      out.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[..<(cursor.position - scratch.baseAddress!)]))
    }
  }
}
