import Foundation

/// A table's CSV as published for download: the file as the editors wrote it, but with every
/// text cell that a spreadsheet would run as a formula made inert, as OWASP advises for CSV
/// injection: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
/// leading `'` and is quoted. A number in a numeric column (`-3.2`) stays a number.
enum DownloadCSV {
  /// The bytes of `table`'s download: its CSV text unchanged when no cell needs care.
  static func text(of table: Table) -> String {
    guard mayHoldFormula(table.csv), case .success(let records) = CSVParser.parse(table.csv), let header = records.first else {
      return table.csv
    }
    let kinds = header.fields.map { field in table.schema.columns.first { $0.key == field.text }?.kind }
    var changed = false
    var lines: [String] = []
    lines.reserveCapacity(records.count)
    for (r, record) in records.enumerated() {
      let cells = record.fields.enumerated().map { c, field -> String in
        let kind = r == 0 ? nil : (c < kinds.count ? kinds[c] : nil)
        guard isFormula(field.text), !(kind?.isNumeric == true && isPlainNumber(field.text)) else { return quoted(field.text) }
        changed = true
        return quoted("'" + field.text, always: true)
      }
      lines.append(cells.joined(separator: ","))
    }
    return changed ? lines.joined(separator: "\r\n") + "\r\n" : table.csv
  }

  /// True when a field of `csv` may start with a formula's first character: a cheap scan that
  /// spares most tables a second parse.
  static func mayHoldFormula(_ csv: String) -> Bool {
    var atStart = true
    for byte in csv.utf8 {
      if atStart, isTrigger(byte) { return true }
      atStart = byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\"")
    }
    return false
  }

  static func isFormula(_ text: String) -> Bool {
    text.utf8.first.map(isTrigger) ?? false
  }

  private static func isTrigger(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "@") || byte == 0x09
      || byte == 0x0D
  }

  /// A number as tables print it: an optional sign, digits, an optional fraction.
  static func isPlainNumber(_ text: String) -> Bool {
    var bytes = Substring(text).utf8[...]
    if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
    let parts = bytes.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
    guard let whole = parts.first, !whole.isEmpty else { return false }
    return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }
  }

  /// A field as RFC 4180 writes it: quoted when it holds a quote, comma or line break, or
  /// when `always`.
  private static func quoted(_ text: String, always: Bool = false) -> String {
    let needs = always || text.utf8.contains { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: ",") || $0 == 0x0A || $0 == 0x0D }
    return needs ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
  }
}
