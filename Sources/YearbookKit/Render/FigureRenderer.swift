import Charts
import Markdown

/// Renders a figure: numbered caption, the SVG chart, its note, and its data as a table.
public struct FigureRenderer: Sendable {
  /// The page's language.
  public let language: Language
  /// Relative path to the site root.
  public let rootPath: String

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
    // Room for the data table, so the text is copied once rather than at every growth.
    html = ""
    html.reserveCapacity(2048 + chart.categories.count * (128 + 64 * chart.series.count))
    html += "\n</div>\n</div>\n"
    let derivedSeries = chart.series.filter { $0.derived.contains(true) }
    if !derivedSeries.isEmpty {
      html += "<p class=\"chart-note\">\(escapeHTML(words.derivedNote(derivedSeries.map(\.name).joined(separator: language == .zh ? "、" : ", "))))</p>\n"
    }
    if let note = spec.note?[language] { html += "<p class=\"chart-note\">\(LanguageRuns.html(words.note(note), on: language))</p>\n" }
    html += "<details class=\"chart-data\"><summary>\(escapeHTML(words.chartData))</summary>\n"
    html += "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"\(escapeHTML(chart.title))\">\n<table>\n<thead><tr><th scope=\"col\">\(escapeHTML(words.category))</th>"
    for series in chart.series {
      let mark = series.derived.allSatisfy { $0 } ? "<span class=\"derived-mark\">*</span>" : ""
      html += "<th scope=\"col\" class=\"num\">\(escapeHTML(series.name))\(mark)</th>"
    }
    html += "</tr></thead>\n<tbody>\n"
    // One cell per value: appended piece by piece rather than interpolated, which would
    // build a string for every cell only to copy it.
    let derived = chart.series.map(\.derived)
    let missing = "<td class=\"num missing\" title=\"\(escapeHTML(words.notInSource))\">—</td>"
    for (i, category) in chart.categories.enumerated() {
      html += "<tr><th scope=\"row\">"
      html += escapeHTML(category.label)
      html += "</th>"
      for (series, flags) in zip(chart.series, derived) {
        if let value = series.labels[i] {
          html += flags[i] ? "<td class=\"num derived\">" : "<td class=\"num\">"
          html += escapeHTML(value)
          html += "</td>"
        } else {
          html += missing
        }
      }
      html += "</tr>\n"
    }
    html += "</tbody>\n</table>\n</div>\n"
    html += "<p><a class=\"download\" href=\"\(rootPath)data/\(escapeHTML(spec.table)).csv\" download>\(escapeHTML(words.downloadCSV))</a></p>\n"
    html += "</details>\n</figure>\n"
    pieces.append(html)
    return pieces
  }
}
