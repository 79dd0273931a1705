import Markdown

extension ChapterRenderer {
  /// The HTML of a figure quoted from a table cell (`[](#table/row/column "options")`) in
  /// `chapter`, linked to the table or chart that shows the cell, or a finding.
  func figureHTML(_ destination: String, title: String, in chapter: Chapter) -> Result<String, ReferenceProblem> {
    let reference: FigureReference
    switch FigureReference.parse(destination, title: title) {
    case .failure(let problem): return .failure(problem)
    case .success(let parsed): reference = parsed
    }
    let found: CellLocator.Found
    switch CellLocator(report: report).find(table: reference.table, row: reference.row, column: reference.column) {
    case .failure(let problem): return .failure(problem)
    case .success(let cell): found = cell
    }
    let language = chapter.language
    let figure: InlineFigure
    switch InlineFigure.make(
      found.cell, column: found.table.schema.columns[found.column], schema: found.table.schema, options: reference.options, language)
    {
    case .failure(let problem): return .failure(problem)
    case .success(let made): figure = made
    }
    guard let href = href(showing: found, from: chapter) else {
      return .failure(ReferenceProblem("no \(language.code) page shows table \(found.table.id) or a chart of this figure"))
    }
    return .success(figure.html(href: href) + revisions.mark(table: found.table.id, row: found.row, column: found.column, language))
  }

  /// Where the cell is shown, seen from `chapter`: its table or a chart drawing it, on this
  /// page first; the cover for the key figures.
  func href(showing found: CellLocator.Found, from chapter: Chapter) -> String? {
    let targets = ([found.table.id] + ChartBuilder.charts(drawing: found, in: report)).compactMap { index.target($0, from: chapter.slug, chapter.language) }
    if let target = targets.first(where: { $0.slug == chapter.slug }) ?? targets.first {
      return target.slug == chapter.slug ? "#\(target.anchor)" : "\(target.slug).html#\(target.anchor)"
    }
    if report.site.keyFigures == found.table.id { return "index.html#key-figures-title" }
    return nil
  }

  /// The revision marks of a chart's data table, by category index and series index: the
  /// categories are the rows drawn and the series the columns, or the other way round when
  /// the chart is transposed.
  func chartMarks(_ spec: ChartSpec, _ table: Table, _ language: Language) -> [Int: [Int: String]] {
    let cells = revisions.marks(table.id, language)
    guard !cells.isEmpty else { return [:] }
    var rowIndex: [Int: Int] = [:]
    for (index, row) in table.rows.enumerated() { rowIndex[row.line] = index }
    let rows = ChartBuilder.drawnRows(spec, table).map { rowIndex[$0.row.line] }
    let columns = spec.series.compactMap(table.schema.index(of:))
    var marks: [Int: [Int: String]] = [:]
    for (r, row) in rows.enumerated() {
      guard let row, let marked = cells[row] else { continue }
      for (c, column) in columns.enumerated() {
        guard let mark = marked[column] else { continue }
        if spec.transpose { marks[c, default: [:]][r] = mark } else { marks[r, default: [:]][c] = mark }
      }
    }
    return marks
  }
}
