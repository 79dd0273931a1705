import Markdown

/// Renders a table as HTML for one language: numbered caption, headers with units, numbers
/// right-aligned, total set apart, sub-rows indented, notes and the CSV link. Pure.
public struct TableRenderer: Sendable {
  /// The translator of the page's language.
  public let translator: Translator
  /// Relative path from the page to the site root (`../`).
  public let rootPath: String
  /// The revision marks to put after revised figures, by row index and column index.
  var marks: [Int: [Int: String]] = [:]

  /// Makes a renderer.
  public init(translator: Translator, rootPath: String) {
    self.translator = translator
    self.rootPath = rootPath
  }

  var language: Language { translator.language }
  var words: Words { Words(language) }

  /// The table's HTML; `label` is its number (`表 1–1`), `anchor` its element id.
  public func html(_ table: Table, label: String?, anchor: String, errata: [String] = []) -> String {
    pieces(table, label: label, anchor: anchor, errata: errata).text
  }

  /// `html(_:label:anchor:errata:)` as the bytes it is written in, for a page to copy as they are.
  func pieces(_ table: Table, label: String?, anchor: String, errata: [String] = []) -> HTMLPieces {
    let schema = table.schema
    let layout = RowLayout(table, words: words)
    // A body cell is some 40 bytes: one allocation for the whole table.
    var out = HTMLBuffer(capacity: 1024 + table.rows.count * (16 + 48 * layout.slots.count))
    out.append("<figure class=\"table-figure\" id=\"")
    out.appendEscaped(anchor)
    out.append("\">\n<figcaption id=\"")
    out.appendEscaped(anchor)
    out.append("-caption\">")
    if let label {
      out.append("<span class=\"number\">")
      out.appendEscaped(label)
      out.append("</span> ")
    }
    out.append("<span class=\"title\">")
    out.append(LanguageRuns.html(schema.title.text(language), on: language))
    out.append("</span>")
    if let unit = schema.unit?[language] {
      out.append(" <span class=\"unit\">")
      out.appendEscaped(words.unit(unit))
      out.append("</span>")
    }
    out.append("</figcaption>\n<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"")
    out.appendEscaped(anchor)
    out.append("-caption\">\n<table>\n")
    header(layout.slots.map { schema.columns[$0.index] }, into: &out)
    out.append("<tbody>\n")
    for (index, row) in table.rows.enumerated() {
      bodyRow(row, layout: layout, marks: marks.isEmpty ? nil : marks[index], into: &out)
    }
    out.append("</tbody>\n</table>\n</div>\n")
    notes(table, errata: errata, into: &out)
    out.append("</figure>\n")
    return HTMLPieces(utf8: out.bytes)
  }

  /// A label or text cell in the page's language: an `english` column wins over the glossary.
  func text(_ row: Row, column index: Int, table: Table) -> String {
    text(row, column: index, english: RowLayout.englishColumn(translating: index, in: table.schema))
  }

  /// A label or text cell whose `english` column (if any) is `english`.
  func text(_ row: Row, column index: Int, english: Int?) -> String {
    let raw = row.cells[index].raw
    guard language != .zh else { return Translator.normalize(raw) }
    if let english, !row.cells[english].raw.isEmpty {
      return row.cells[english].raw
    }
    return translator.display(raw)
  }

  private func headerText(_ column: Column, into out: inout HTMLBuffer) {
    out.appendEscaped(column.label.text(language))
    if let unit = column.unit?[language] {
      out.append("<span class=\"col-unit\">")
      out.appendEscaped(language == .zh ? "（\(unit)）" : " (\(unit))")
      out.append("</span>")
    } else if column.kind == .percent, !column.label.text(language).contains("%") {
      out.append(language == .zh ? "<span class=\"col-unit\">（%）</span>" : "<span class=\"col-unit\"> (%)</span>")
    }
    if column.derive != nil {
      out.append("<span class=\"derived-mark\" title=\"")
      out.appendEscaped(words.derived)
      out.append("\">*</span>")
    }
  }

  private func header(_ columns: [Column], into out: inout HTMLBuffer) {
    let hasGroups = columns.contains { $0.group != nil }
    guard hasGroups else {
      out.append("<thead>\n<tr>")
      for column in columns {
        out.append(column.kind.isNumeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\" class=\"text\">")
        headerText(column, into: &out)
        out.append("</th>")
      }
      out.append("</tr>\n</thead>\n")
      return
    }
    var bottom = HTMLBuffer()
    out.append("<thead>\n<tr>")
    var i = 0
    while i < columns.count {
      let column = columns[i]
      guard let group = column.group else {
        out.append("<th scope=\"col\" rowspan=\"2\" class=\"")
        out.append(column.kind.isNumeric ? "num\">" : "text\">")
        headerText(column, into: &out)
        out.append("</th>")
        i += 1
        continue
      }
      var span = 0
      while i + span < columns.count, columns[i + span].group == group { span += 1 }
      out.append("<th scope=\"colgroup\" colspan=\"")
      out.append(span)
      out.append("\" class=\"group\">")
      out.appendEscaped(group.text(language))
      out.append("</th>")
      for member in columns[i..<(i + span)] {
        bottom.append("<th scope=\"col\" class=\"num\">")
        headerText(member, into: &bottom)
        bottom.append("</th>")
      }
      i += span
    }
    out.append("</tr>\n<tr>")
    out.append(bottom.html)
    out.append("</tr>\n</thead>\n")
  }

  private func notes(_ table: Table, errata: [String], into out: inout HTMLBuffer) {
    let schema = table.schema
    out.append("<div class=\"table-notes\">\n")
    func item(_ html: String) {
      out.append("<p>")
      out.append(html)
      out.append("</p>\n")
    }
    let derived = schema.columns.filter { $0.derive != nil }.map { $0.label.text(language) }
    if !derived.isEmpty { item(escapeHTML(words.derivedNote(derived))) }
    if let note = schema.note?[language] { item(LanguageRuns.html(words.note(note), on: language)) }
    for erratum in errata { item(LanguageRuns.html(erratum, on: language)) }
    if let source = schema.source?[language] { item(escapeHTML(words.source(source))) }
    out.appendDownloadLink(table: table.id, rootPath: rootPath, words: words)
    out.append("</div>\n")
  }
}
