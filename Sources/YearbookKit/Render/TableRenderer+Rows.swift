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
  /// Writes one body row.
  func bodyRow(_ row: Row, layout: RowLayout, into out: inout HTMLBuffer) {
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
  /// making a `String` of it first (a table has thousands of figures).
  mutating func appendNumber(_ value: Double, decimals: Int, _ language: Language) {
    let fixed = NumberFormat.fixedPointBytes(abs(value), decimals: max(0, decimals))
    // `fixed` is ASCII digits with at most one point; a value that prints as zero has no sign.
    if value < 0, fixed.contains(where: { $0 != UInt8(ascii: "0") && $0 != UInt8(ascii: ".") }) {
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
