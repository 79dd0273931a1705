/// A results table printed as Markdown, ready to paste into BENCHMARKS.md.
struct MarkdownTable {
  var header: [String]
  var rows: [[String]] = []

  init(_ header: [String]) { self.header = header }

  mutating func add(_ row: [String]) { rows.append(row) }

  var text: String {
    var lines = ["| " + header.joined(separator: " | ") + " |"]
    lines.append("|" + header.indices.map { $0 == 0 ? ":--" : "--:" }.map { "\($0)|" }.joined())
    lines += rows.map { "| " + $0.joined(separator: " | ") + " |" }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `12.3` for milliseconds, with enough digits to be read at a glance.
  static func ms(_ value: Double) -> String {
    value >= 100 ? String(Int(value.rounded())) : value >= 10 ? String(format1(value)) : format2(value)
  }

  static func mib(_ kib: Int) -> String { format1(Double(kib) / 1024) }

  static func format1(_ v: Double) -> String { "\((v * 10).rounded() / 10)" }
  static func format2(_ v: Double) -> String {
    let r = (v * 100).rounded() / 100
    let s = "\(r)"
    return s.contains(".") && s.split(separator: ".").last!.count == 1 ? s + "0" : s
  }
}
