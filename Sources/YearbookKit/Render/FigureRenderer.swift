import Charts
import Markdown

/// Renders a figure: numbered caption, the SVG chart, its note, and its data as a table.
public struct FigureRenderer: Sendable {
  /// The page's language.
  public let language: Language
  /// Relative path to the site root.
  public let rootPath: String
  /// The revision marks to put after revised figures of the data table, by category index
  /// and series index.
  var marks: [Int: [Int: String]] = [:]

  /// Makes a renderer.
  public init(language: Language, rootPath: String) {
    self.language = language
    self.rootPath = rootPath
  }

  /// The figure's HTML.
  public func html(_ chart: Chart, spec: ChartSpec, label: String?, anchor: String) -> String {
    pieces(chart, spec: spec, label: label, anchor: anchor).text
  }

  /// The figure's HTML in pieces: its text around the two drawings, which stay the bytes
  /// they were written as (most of the figure, copied once, into the page's file).
  func pieces(_ chart: Chart, spec: ChartSpec, label: String?, anchor: String) -> HTMLPieces {
    let words = Words(language)
    // Drawn twice, laid out for a desktop and for a phone; the stylesheet shows one. A phone
    // scaling the wide drawing down would shrink its text to 6 px.
    var narrow = chart
    narrow.id = chart.id + "-n"
    narrow.width = 360
    var html = ""
    html += "<figure class=\"chart-figure chart-\(chart.kind.rawValue)\" id=\"\(escapeHTML(anchor))\">\n"
    html += "<figcaption>"
    if let label { html += "<span class=\"number\">\(escapeHTML(label))</span> " }
    html += "<span class=\"title\">\(LanguageRuns.html(chart.title, on: language))</span>"
    if !chart.unit.isEmpty, chart.unit != "%" { html += " <span class=\"unit\">\(escapeHTML(words.unit(chart.unit)))</span>" }
    html += "</figcaption>\n<div class=\"chart-box\">\n"
    html += "<div class=\"chart-wide\">\n"
    var pieces = HTMLPieces(html)
    pieces.append(utf8: SVGRenderer.svgBytes(for: chart))
    pieces.append("\n</div>\n<div class=\"chart-narrow\">\n")
    pieces.append(utf8: SVGRenderer.svgBytes(for: narrow))
    // The note and the data table, written as bytes: a string append costs several hundred
    // instructions, and the table takes a few per value (some 11,000 for the report).
    var out = HTMLBuffer(capacity: 2048 + chart.categories.count * (128 + 64 * chart.series.count))
    out.append("\n</div>\n</div>\n")
    let derivedSeries = chart.series.filter { $0.derived.contains(true) }
    if !derivedSeries.isEmpty {
      out.append("<p class=\"chart-note\">")
      out.appendEscaped(words.derivedNote(derivedSeries.map(\.name)))
      out.append("</p>\n")
    }
    if let note = spec.note?[language] {
      out.append("<p class=\"chart-note\">")
      out.append(LanguageRuns.html(words.note(note), on: language))
      out.append("</p>\n")
    }
    out.append("<details class=\"chart-data\"><summary>")
    out.appendEscaped(words.chartData)
    out.append("</summary>\n<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"")
    out.appendEscaped(chart.title)
    out.append("\">\n<table>\n<thead><tr><th scope=\"col\">")
    out.appendEscaped(words.category)
    out.append("</th>")
    for series in chart.series {
      out.append("<th scope=\"col\" class=\"num\">")
      out.appendEscaped(series.name)
      if series.derived.allSatisfy({ $0 }) { out.append("<span class=\"derived-mark\">*</span>") }
      out.append("</th>")
    }
    out.append("</tr></thead>\n<tbody>\n")
    let derived = chart.series.map(\.derived)
    let missing = "<td class=\"num missing\" title=\"\(escapeHTML(words.notInSource))\">—</td>"
    for (i, category) in chart.categories.enumerated() {
      out.append("<tr><th scope=\"row\">")
      out.appendEscaped(category.label)
      out.append("</th>")
      for (s, (series, flags)) in zip(chart.series, derived).enumerated() {
        if let value = series.labels[i] {
          out.append(flags[i] ? "<td class=\"num derived\">" : "<td class=\"num\">")
          out.appendEscaped(value)
          if !marks.isEmpty, let mark = marks[i]?[s] { out.append(mark) }
          out.append("</td>")
        } else {
          out.append(missing)
        }
      }
      out.append("</tr>\n")
    }
    out.append("</tbody>\n</table>\n</div>\n")
    out.appendDownloadLink(table: spec.table, rootPath: rootPath, words: words)
    out.append("</details>\n</figure>\n")
    pieces.append(utf8: out.bytes)
    return pieces
  }
}
