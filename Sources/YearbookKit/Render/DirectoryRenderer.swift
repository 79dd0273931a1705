import Markdown

/// Renders a long list of names grouped by the table's first label column, with counts and a
/// filter box (the whole list is in the HTML; the script only hides what does not match).
public struct DirectoryRenderer: Sendable {
  /// The translator of the page's language.
  public let translator: Translator

  /// Makes a renderer.
  public init(translator: Translator) { self.translator = translator }

  /// The directory's HTML.
  public func html(_ table: Table, anchor: String) -> String {
    let columns = table.schema.columns
    let labels = columns.indices.filter { columns[$0].kind == .label }
    guard labels.count >= 2 else { return "" }
    let groupIndex = labels[0]
    let nameIndex = labels[1]
    let kindIndex = columns.indices.first { columns[$0].kind == .text }
    let words = Words(translator.language)
    let cells = TableRenderer(translator: translator, rootPath: "")
    var groups: [(name: String, rows: [Row])] = []
    for row in table.rows {
      let name = Translator.normalize(row.cells[groupIndex].raw)
      if groups.last?.name == name { groups[groups.count - 1].rows.append(row) } else { groups.append((name, [row])) }
    }
    var html = "<div class=\"directory\" id=\"\(escapeHTML(anchor))\" data-directory>\n"
    html += "<p class=\"directory-filter\"><label for=\"\(escapeHTML(anchor))-filter\">\(escapeHTML(words.filter))</label> "
    html += "<input type=\"search\" id=\"\(escapeHTML(anchor))-filter\" data-filter autocomplete=\"off\"> "
    html += "<output data-count aria-live=\"polite\">\(escapeHTML(words.count(table.rows.count)))</output></p>\n"
    for (i, group) in groups.enumerated() {
      let heading = translator.display(group.name)
      html += "<section class=\"directory-group\" aria-labelledby=\"\(escapeHTML(anchor))-g\(i + 1)\">\n"
      html += "<h3 id=\"\(escapeHTML(anchor))-g\(i + 1)\">\(escapeHTML(heading)) <span class=\"count\">(\(group.rows.count))</span></h3>\n<ul>\n"
      for row in group.rows {
        let chinese = Translator.normalize(row.cells[nameIndex].raw)
        if translator.language == .zh {
          html += "<li>\(escapeHTML(chinese))</li>\n"
        } else {
          let english = cells.text(row, column: nameIndex, table: table)
          let rendered = kindIndex.map { translator.display(row.cells[$0].raw) } ?? ""
          let mark = rendered.isEmpty ? "" : " <span class=\"name-kind\">(\(escapeHTML(rendered)))</span>"
          html += "<li>\(escapeHTML(english)) <span lang=\"zh-Hans\" class=\"original\">\(escapeHTML(chinese))</span>\(mark)</li>\n"
        }
      }
      html += "</ul>\n</section>\n"
    }
    return html + "</div>\n"
  }
}
