extension Impact {
  /// Adds the sentences quoting any of `cells` (table id, row index, column index), and
  /// their pages when no table or chart there already lists them.
  mutating func addQuotes(of cells: [(table: String, row: Int, column: Int)], in report: Report) {
    let wanted = Set(cells.map { "\($0.table)\u{0}\($0.row)\u{0}\($0.column)" })
    let locator = CellLocator(report: report)
    for chapter in report.chapters {
      let page = "\(chapter.language.code)/\(chapter.slug).html"
      for link in LinkCollector.links(in: chapter.body) where link.textIsEmpty && FigureReference.isFigure(link.destination) {
        guard case .success(let reference) = FigureReference.parse(link.destination, title: link.title),
          case .success(let found) = locator.find(table: reference.table, row: reference.row, column: reference.column),
          wanted.contains("\(found.table.id)\u{0}\(found.row)\u{0}\(found.column)")
        else { continue }
        let at = SourceLocation(path: chapter.location.path, line: link.at.line, column: link.at.column)
        quotes.append(Entry(place: at.description, what: "quotes \(link.destination) in prose"))
        if !pages.contains(where: { $0.place.hasPrefix(page) }) {
          pages.append(Entry(place: page, what: "a sentence quoting it"))
        }
      }
    }
  }
}
