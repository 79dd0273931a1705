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
    pieces(table, anchor: anchor).text
  }

  /// `html(_:anchor:)` as the bytes it is written in, for a page to copy as they are.
  func pieces(_ table: Table, anchor: String) -> HTMLPieces {
    let columns = table.schema.columns
    let labels = columns.indices.filter { columns[$0].kind == .label }
    guard labels.count >= 2 else { return HTMLPieces() }
    let groupIndex = labels[0]
    let nameIndex = labels[1]
    let nameEnglish = RowLayout.englishColumn(translating: nameIndex, in: table.schema)
    let kindIndex = columns.indices.first { columns[$0].kind == .text }
    let words = Words(translator.language)
    let cells = TableRenderer(translator: translator, rootPath: "")
    var groups: [(name: String, rows: [Row])] = []
    for row in table.rows {
      let name = Translator.normalize(row.cells[groupIndex].raw)
      if groups.last?.name == name { groups[groups.count - 1].rows.append(row) } else { groups.append((name, [row])) }
    }
    let escapedAnchor = escapeHTML(anchor)
    var html = HTMLBuffer(capacity: 512 + table.rows.count * 96)
    html.append("<div class=\"directory\" id=\"")
    html.append(escapedAnchor)
    html.append("\" data-directory>\n<p class=\"directory-filter\"><label for=\"")
    html.append(escapedAnchor)
    html.append("-filter\">")
    html.appendEscaped(words.filter)
    html.append("</label> <input type=\"search\" id=\"")
    html.append(escapedAnchor)
    html.append("-filter\" data-filter autocomplete=\"off\"> <output data-count aria-live=\"polite\">")
    html.appendEscaped(words.count(table.rows.count))
    html.append("</output></p>\n")
    for (i, group) in groups.enumerated() {
      html.append("<section class=\"directory-group\" aria-labelledby=\"")
      html.append(escapedAnchor)
      html.append("-g")
      html.append(i + 1)
      html.append("\">\n<h3 id=\"")
      html.append(escapedAnchor)
      html.append("-g")
      html.append(i + 1)
      html.append("\">")
      html.appendEscaped(translator.display(group.name))
      html.append(" <span class=\"count\">(")
      html.append(group.rows.count)
      html.append(")</span></h3>\n<ul>\n")
      for row in group.rows {
        let chinese = Translator.normalize(row.cells[nameIndex].raw)
        html.append("<li>")
        if translator.language == .zh {
          html.appendEscaped(chinese)
        } else {
          html.appendEscaped(cells.text(row, column: nameIndex, english: nameEnglish))
          html.append(" <span lang=\"zh-Hans\" class=\"original\">")
          html.appendEscaped(chinese)
          html.append("</span>")
          let kind = kindIndex.map { translator.display(row.cells[$0].raw) } ?? ""
          if !kind.isEmpty {
            html.append(" <span class=\"name-kind\">(")
            html.appendEscaped(kind)
            html.append(")</span>")
          }
        }
        html.append("</li>\n")
      }
      html.append("</ul>\n</section>\n")
    }
    html.append("</div>\n")
    return HTMLPieces(utf8: html.bytes)
  }
}
