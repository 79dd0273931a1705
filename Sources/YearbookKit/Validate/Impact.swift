/// What a revision of one printed figure touches: every cell that prints the same quantity
/// (through the `measure:` declarations), the figures computed from it in those tables
/// (totals, shares, growths, ranks), the charts that draw it, and the pages that show any of
/// these. For `yearbook check --impact path:line:col`. Pure.
public struct Impact: Sendable, Equatable {
  /// A place in the content and what is there.
  public struct Entry: Sendable, Equatable, Encodable {
    /// `path:line:col`, or the page path.
    public var place: String
    /// What it is, in words.
    public var what: String
  }

  /// The figure asked about.
  public var figure: Entry
  /// The quantity it prints (`output-amount-2019 of 陕西`), nil when its column declares no measure.
  public var quantity: String?
  /// Every cell printing that quantity, the figure's own first.
  public var cells: [Entry]
  /// Cells computed from it by the declared arithmetic.
  public var dependents: [Entry]
  /// Charts that draw it.
  public var charts: [Entry]
  /// Pages that show it (a table or chart with it placed there, or a sentence quoting it).
  public var pages: [Entry]
  /// Sentences that quote it (`[](#table/row/column)`), at their links.
  public var quotes: [Entry] = []

  /// The impact of the cell at `location` (a column anywhere in the cell); nil when no table cell is there.
  public static func of(_ location: SourceLocation, in report: Report) -> Impact? {
    guard let table = report.tables.values.first(where: { $0.csvPath == location.path }),
      let row = table.rows.firstIndex(where: { $0.line == location.line }),
      // Any column inside the cell's text names the cell, as the finding's column names its start.
      let column = table.rows[row].cells.indices.filter({
        !table.rows[row].cells[$0].isDerived && table.schema.columns[$0].kind != .role
          && table.rows[row].cells[$0].location.column <= location.column
      })
      .max(by: { table.rows[row].cells[$0].location.column < table.rows[row].cells[$1].location.column })
    else { return nil }
    let measured = MeasureIndex.cells(of: table).first { $0.row == row && $0.column == table.schema.columns[column].key }
    var cells: [(table: Table, row: Int, column: Int)] = [(table, row, column)]
    if let measured {
      for other in MeasureIndex(report).cells[QuantityKey(measure: TextKey(measured.measure), name: TextKey(measured.name))] ?? [] where other.cell.location != measured.cell.location {
        guard let t = report.tables[other.table], let c = t.schema.index(of: other.column) else { continue }
        cells.append((t, other.row, c))
      }
    }
    var impact = Impact(
      figure: entry(table, row, column), quantity: measured?.quantity, cells: cells.map(entry), dependents: [], charts: [], pages: [])
    var chartIDs: [String] = []
    for (t, r, c) in cells {
      impact.dependents += dependents(t, r, t.schema.columns[c].key)
      for id in report.charts.keys.sorted() where !chartIDs.contains(id) {
        let spec = report.charts[id]!
        guard spec.table == t.id, spec.series.contains(t.schema.columns[c].key),
          ChartBuilder.selectRows(spec, t).contains(where: { $0.row.line == t.rows[r].line })
        else { continue }
        chartIDs.append(id)
        impact.charts.append(
          Entry(
            place: spec.location.description, what: "chart \(id): \(spec.title.text(report.site.languages.first ?? .zh)) (from \(t.id))"))
      }
    }
    let tableIDs = Set(cells.map(\.table.id))
    for chapter in report.chapters {
      for p in PlacementPlanner.placements(in: chapter, report: report) {
        let shows = p.kind == .chart ? chartIDs.contains(p.id) : tableIDs.contains(p.id)
        guard shows else { continue }
        impact.pages.append(
          Entry(place: "\(chapter.language.code)/\(chapter.slug).html#\(p.anchor)", what: "\(p.label ?? p.id) (\(p.kind.rawValue) \(p.id))")
        )
      }
    }
    impact.addQuotes(of: cells.map { ($0.table.id, $0.row, $0.column) }, in: report)
    if let keys = report.site.keyFigures, tableIDs.contains(keys) {
      for language in report.site.languages {
        impact.pages.append(Entry(place: "\(language.code)/index.html", what: "key figures on the cover (table \(keys))"))
      }
    }
    return impact
  }

  static func entry(_ table: Table, _ row: Int, _ column: Int) -> Entry {
    let cell = table.rows[row].cells[column]
    let label = Translator.normalize(table.label(of: table.rows[row]))
    return Entry(place: cell.location.description, what: "\(table.id) \(label) \(table.schema.columns[column].key) = \(cell.raw)")
  }

  /// The cells of `table` computed from row `row` of column `key` by the declared arithmetic.
  static func dependents(_ table: Table, _ row: Int, _ key: String) -> [Entry] {
    let checks = table.schema.checks
    let structure = RowStructure(table.rows)
    var result: [Entry] = []
    func add(_ r: Int, _ k: String, _ why: String) {
      guard let c = table.schema.index(of: k), table.rows[r].cells[c].number != nil else { return }
      var e = entry(table, r, c)
      e.what += " (\(why))"
      if !result.contains(e) { result.append(e) }
    }
    if checks.sums.contains(key) {
      if let g = structure.groupOf[row], table.rows[row].role == .member, let subtotal = structure.groups[g].subtotal {
        add(subtotal, key, "subtotal: sum")
      }
      if table.rows[row].role != .sub { structure.totals.filter { $0 != row }.forEach { add($0, key, "total: sum") } }
    }
    for share in checks.shares where share.of == key || share.whole == key { add(row, share.share, "share") }
    for growth in checks.growths where growth.from == key || growth.to == key { add(row, growth.growth, "growth") }
    for rank in checks.ranks where rank.by == key { add(row, rank.rank, "rank") }
    for column in table.schema.columns where column.derive?.columns.contains(key) == true {
      var e = entry(table, row, table.schema.index(of: column.key)!)
      e.what += " (derived)"
      result.append(e)
    }
    return result
  }
}
