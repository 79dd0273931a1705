import Markdown

/// Renders a table as HTML for one language: numbered caption, headers with units, numbers
/// right-aligned, total set apart, sub-rows indented, notes and the CSV link. Pure.
public struct TableRenderer: Sendable {
  /// The translator of the page's language.
  public let translator: Translator
  /// Relative path from the page to the site root (`../`).
  public let rootPath: String

  /// Makes a renderer.
  public init(translator: Translator, rootPath: String) {
    self.translator = translator
    self.rootPath = rootPath
  }

  var language: Language { translator.language }
  var words: Words { Words(language) }

  /// The table's HTML; `label` is its number (`表 1–1`), `anchor` its element id.
  public func html(_ table: Table, label: String?, anchor: String, errata: [String] = []) -> String {
    let schema = table.schema
    let shown = schema.columns.enumerated().filter { $0.element.kind.isShown }
    var html = "<figure class=\"table-figure\" id=\"\(escapeHTML(anchor))\">\n"
    html += "<figcaption id=\"\(escapeHTML(anchor))-caption\">"
    if let label { html += "<span class=\"number\">\(escapeHTML(label))</span> " }
    html += "<span class=\"title\">\(LanguageRuns.html(schema.title.text(language), on: language))</span>"
    if let unit = schema.unit?[language] { html += " <span class=\"unit\">\(escapeHTML(words.unit(unit)))</span>" }
    html += "</figcaption>\n"
    html += "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"\(escapeHTML(anchor))-caption\">\n<table>\n"
    html += header(shown.map(\.element))
    html += "<tbody>\n"
    for row in table.rows {
      html += bodyRow(row, table: table, shown: shown)
    }
    html += "</tbody>\n</table>\n</div>\n"
    html += notes(table, errata: errata)
    html += "</figure>\n"
    return html
  }

  private func headerText(_ column: Column) -> String {
    var text = escapeHTML(column.label.text(language))
    if let unit = column.unit?[language] {
      text += "<span class=\"col-unit\">\(escapeHTML(language == .zh ? "（\(unit)）" : " (\(unit))"))</span>"
    } else if column.kind == .percent, !column.label.text(language).contains("%") {
      text += "<span class=\"col-unit\">\(language == .zh ? "（%）" : " (%)")</span>"
    }
    if column.derive != nil { text += "<span class=\"derived-mark\" title=\"\(escapeHTML(words.derived))\">*</span>" }
    return text
  }

  private func header(_ columns: [Column]) -> String {
    let hasGroups = columns.contains { $0.group != nil }
    guard hasGroups else {
      let cells = columns.map { "<th scope=\"col\" class=\"\($0.kind.isNumeric ? "num" : "text")\">\(headerText($0))</th>" }
      return "<thead>\n<tr>\(cells.joined())</tr>\n</thead>\n"
    }
    var top = ""
    var bottom = ""
    var i = 0
    while i < columns.count {
      let column = columns[i]
      guard let group = column.group else {
        top += "<th scope=\"col\" rowspan=\"2\" class=\"\(column.kind.isNumeric ? "num" : "text")\">\(headerText(column))</th>"
        i += 1
        continue
      }
      var span = 0
      while i + span < columns.count, columns[i + span].group == group { span += 1 }
      top += "<th scope=\"colgroup\" colspan=\"\(span)\" class=\"group\">\(escapeHTML(group.text(language)))</th>"
      for member in columns[i..<(i + span)] {
        bottom += "<th scope=\"col\" class=\"num\">\(headerText(member))</th>"
      }
      i += span
    }
    return "<thead>\n<tr>\(top)</tr>\n<tr>\(bottom)</tr>\n</thead>\n"
  }

  private func bodyRow(_ row: Row, table: Table, shown: [(offset: Int, element: Column)]) -> String {
    let roleClass = row.role == .plain ? "" : " class=\"\(row.role.rawValue)\""
    if row.role == .group {
      let label = text(row, column: table.labelColumn ?? 0, table: table)
      return "<tr\(roleClass)><th scope=\"rowgroup\" colspan=\"\(shown.count)\">\(escapeHTML(label))</th></tr>\n"
    }
    var html = "<tr\(roleClass)>"
    var first = true
    for (index, column) in shown {
      let cell = row.cells[index]
      if column.kind.isNumeric {
        if cell.number == nil {
          html += "<td class=\"num missing\" title=\"\(escapeHTML(words.notInSource))\">—</td>"
        } else {
          let derived = cell.isDerived ? " derived" : ""
          html += "<td class=\"num\(derived)\">\(NumberFormat.format(cell, language))</td>"
        }
      } else if first {
        html += "<th scope=\"row\">\(escapeHTML(text(row, column: index, table: table)))</th>"
      } else {
        html += "<td class=\"text\">\(escapeHTML(text(row, column: index, table: table)))</td>"
      }
      first = false
    }
    return html + "</tr>\n"
  }

  /// A label or text cell in the page's language: an `english` column wins over the glossary.
  func text(_ row: Row, column index: Int, table: Table) -> String {
    let raw = row.cells[index].raw
    guard language != .zh else { return Translator.normalize(raw) }
    let key = table.schema.columns[index].key
    if let english = table.schema.columns.firstIndex(where: { $0.kind == .english && $0.translates == key }),
      !row.cells[english].raw.isEmpty
    {
      return row.cells[english].raw
    }
    return translator.display(raw)
  }

  private func notes(_ table: Table, errata: [String]) -> String {
    let schema = table.schema
    var items: [String] = []
    let derived = schema.columns.filter { $0.derive != nil }.map { $0.label.text(language) }
    if !derived.isEmpty { items.append(escapeHTML(words.derivedNote(derived.joined(separator: language == .zh ? "、" : ", ")))) }
    if let note = schema.note?[language] { items.append(LanguageRuns.html(words.note(note), on: language)) }
    items += errata.map { LanguageRuns.html($0, on: language) }
    if let source = schema.source?[language] { items.append(escapeHTML(words.source(source))) }
    var html = "<div class=\"table-notes\">\n"
    for item in items { html += "<p>\(item)</p>\n" }
    html += "<p><a class=\"download\" href=\"\(rootPath)data/\(escapeHTML(table.id)).csv\" download>\(escapeHTML(words.downloadCSV))</a></p>\n"
    return html + "</div>\n"
  }
}
