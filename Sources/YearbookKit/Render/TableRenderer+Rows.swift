import Markdown

/// What every body row of one table shares, worked out once per table rather than per cell:
/// which columns are shown and how, each text column's `english` column, the missing-figure
/// cell.
struct RowLayout {
  /// How a shown column's cells are written.
  enum Kind { case number, rowHeader, text }

  /// One shown column.
  struct Slot {
    /// The column's index in the schema.
    var index: Int
    var kind: Kind
    /// The `english` column translating this one, if any.
    var english: Int?
  }

  /// The shown columns, in order.
  var slots: [Slot]
  /// The column naming a group row.
  var labelColumn: Int
  /// Its `english` column, if any.
  var labelEnglish: Int?
  /// The cell written for a figure the source does not print.
  var missing: String

  init(_ table: Table, words: Words) {
    let columns = table.schema.columns
    // The few `english` columns, found in one pass rather than one per shown column.
    let english = columns.indices.filter { columns[$0].kind == .english }
    func englishColumn(_ index: Int) -> Int? {
      english.first { columns[$0].translates == columns[index].key }
    }
    var slots: [Slot] = []
    for index in columns.indices where columns[index].kind.isShown {
      // Only a first shown column that is text heads its row.
      let kind: Kind = columns[index].kind.isNumeric ? .number : slots.isEmpty ? .rowHeader : .text
      slots.append(Slot(index: index, kind: kind, english: kind == .number ? nil : englishColumn(index)))
    }
    self.slots = slots
    labelColumn = columns.firstIndex { $0.kind == .label } ?? 0
    labelEnglish = englishColumn(labelColumn)
    missing = "<td class=\"num missing\" title=\"\(escapeHTML(words.notInSource))\">—</td>"
  }

  /// The `english` column that translates the column at `index`.
  static func englishColumn(translating index: Int, in schema: TableSchema) -> Int? {
    let key = schema.columns[index].key
    return schema.columns.firstIndex { $0.kind == .english && $0.translates == key }
  }
}

extension TableRenderer {
  /// Writes one body row, with `marks` after its revised figures (by column index).
  func bodyRow(_ row: Row, layout: RowLayout, marks: [Int: String]? = nil, into out: inout HTMLBuffer) {
    out.append("<tr")
    if row.role != .plain {
      out.append(" class=\"")
      out.append(row.role.rawValue)
      out.append("\"")
    }
    if row.role == .group {
      out.append("><th scope=\"rowgroup\" colspan=\"")
      out.append(layout.slots.count)
      out.append("\">")
      out.appendEscaped(text(row, column: layout.labelColumn, english: layout.labelEnglish))
      out.append("</th></tr>\n")
      return
    }
    out.append(">")
    for slot in layout.slots {
      switch slot.kind {
      case .number:
        if let number = row.cells[slot.index].number {
          out.append(row.cells[slot.index].isDerived ? "<td class=\"num derived\">" : "<td class=\"num\">")
          out.appendNumber(number, decimals: row.cells[slot.index].decimals, language)
          if let mark = marks?[slot.index] { out.append(mark) }
          out.append("</td>")
        } else {
          out.append(layout.missing)
        }
      case .rowHeader:
        out.append("<th scope=\"row\">")
        out.appendEscaped(text(row, column: slot.index, english: slot.english))
        out.append("</th>")
      case .text:
        out.append("<td class=\"text\">")
        out.appendEscaped(text(row, column: slot.index, english: slot.english))
        out.append("</td>")
      }
    }
    out.append("</tr>\n")
  }
}

extension HTMLBuffer {
  /// Appends `value` as `NumberFormat.format(value, decimals:, language)` writes it, without
  /// the arrays and the `String` that makes (a table has thousands of figures).
  mutating func appendNumber(_ value: Double, decimals: Int, _ language: Language) {
    let decimals = max(0, decimals)
    // The common case of `NumberFormat.fixedPointBytes`, digit for digit: the value scaled to
    // an integer below 10⁹ whose fraction is not within 10⁻⁶ of ½. Anything else, as it does.
    let scaled = decimals < NumberFormat.powersOfTen.count ? abs(value) * NumberFormat.powersOfTen[decimals] : .nan
    let whole = scaled.rounded(.down)
    guard scaled < 1e9, abs(scaled - whole - 0.5) > 1e-6 else {
      appendFixed(NumberFormat.fixedPointBytes(abs(value), decimals: decimals), negative: value < 0, language)
      return
    }
    var n = Int(whole) + (scaled - whole > 0.5 ? 1 : 0)
    // Digits written backwards, then reversed in place: the decimals, the point, the integer
    // part (at least "0") with its separators; a sign unless the figure prints as zero.
    let start = bytes.count
    let isNegative = value < 0 && n != 0
    for _ in 0..<decimals {
      appendByte(UInt8(ascii: "0") + UInt8(n % 10))
      n /= 10
    }
    if decimals > 0 { appendByte(UInt8(ascii: ".")) }
    let grouped = language != .zh
    var digits = 0
    repeat {
      if grouped, digits > 0, digits % 3 == 0 { appendByte(UInt8(ascii: ",")) }
      appendByte(UInt8(ascii: "0") + UInt8(n % 10))
      n /= 10
      digits += 1
    } while n > 0
    reverseBytes(from: start)
    if isNegative { insertMinus(at: start) }
  }

  /// Appends the ASCII figure `fixed` (digits with at most one point) grouped for `language`.
  private mutating func appendFixed(_ fixed: [UInt8], negative: Bool, _ language: Language) {
    if negative, fixed.contains(where: { $0 != UInt8(ascii: "0") && $0 != UInt8(ascii: ".") }) {
      append("\u{2212}")
    }
    let point = fixed.firstIndex(of: UInt8(ascii: ".")) ?? fixed.endIndex
    for i in 0..<point {
      if language != .zh, i > 0, (point - i) % 3 == 0 { appendByte(UInt8(ascii: ",")) }
      appendByte(fixed[i])
    }
    for i in point..<fixed.endIndex { appendByte(fixed[i]) }
  }
}
