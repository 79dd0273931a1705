import Markdown

/// Renders a table of dated events as a timeline: months as headings, one anchor per event.
public struct TimelineRenderer: Sendable {
  /// The translator of the page's language.
  public let translator: Translator

  /// Makes a renderer.
  public init(translator: Translator) { self.translator = translator }

  static let monthsEN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

  /// The timeline's HTML and the month headings it adds (for the table of contents).
  public func html(_ table: Table, headingLevel: Int) -> (html: String, headings: [Heading]) {
    let columns = table.schema.columns
    guard let dateIndex = columns.firstIndex(where: { $0.kind == .text }),
      let eventIndex = columns.indices.first(where: { $0 != dateIndex && (columns[$0].kind == .text || columns[$0].kind == .label) })
    else { return ("", []) }
    let cells = TableRenderer(translator: translator, rootPath: "")
    let eventEnglish = RowLayout.englishColumn(translating: eventIndex, in: table.schema)
    var html = HTMLBuffer(capacity: 64 + table.rows.count * 192)
    html.append("<div class=\"timeline\">\n")
    var headings: [Heading] = []
    var currentMonth = ""
    var used: Set<String> = []
    for row in table.rows {
      let date = row.cells[dateIndex].raw
      let month = String(date.prefix(7))
      if month != currentMonth {
        if !currentMonth.isEmpty { html.append("</ol>\n") }
        currentMonth = month
        let id = "m\(month)"
        let title = monthTitle(month)
        headings.append(Heading(level: headingLevel, text: title, id: id))
        html.append("<h")
        html.append(headingLevel)
        html.append(" id=\"")
        html.append(id)
        html.append("\">")
        html.appendEscaped(title)
        html.append("</h")
        html.append(headingLevel)
        html.append(">\n<ol class=\"events\">\n")
      }
      var id = "e\(date)"
      var n = 2
      while used.contains(id) {
        id = "e\(date)-\(n)"
        n += 1
      }
      used.insert(id)
      html.append("<li id=\"")
      html.appendEscaped(id)
      html.append("\"><a class=\"event-date\" href=\"#")
      html.appendEscaped(id)
      html.append("\"><time datetime=\"")
      html.appendEscaped(date)
      html.append("\">")
      html.appendEscaped(dayTitle(date))
      html.append("</time></a> <span class=\"event\">")
      html.appendEscaped(cells.text(row, column: eventIndex, english: eventEnglish))
      html.append("</span></li>\n")
    }
    if !currentMonth.isEmpty { html.append("</ol>\n") }
    html.append("</div>\n")
    return (html.html, headings)
  }

  func monthTitle(_ month: String) -> String {
    let parts = month.split(separator: "-")
    guard parts.count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return month }
    return translator.language == .zh ? "\(parts[0])年\(m)月" : "\(TimelineRenderer.monthsEN[m - 1]) \(parts[0])"
  }

  func dayTitle(_ date: String) -> String {
    let parts = date.split(separator: "-")
    guard parts.count == 3, let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m) else {
      return monthTitle(date)
    }
    return translator.language == .zh ? "\(m)月\(d)日" : "\(d) \(TimelineRenderer.monthsEN[m - 1])"
  }
}
