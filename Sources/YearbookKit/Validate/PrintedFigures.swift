/// Every figure the tables print, by the text a sentence would write it with: the figure
/// without grouping or sign at its printed decimals, and rounded to each fewer decimals but
/// one (a decimal figure is quoted as `22398.4`, never as a whole `22398`). Lets `check` find a
/// figure typed in prose that a reference should quote. Pure.
struct PrintedFigures {
  /// One cell printing a figure, and how a reference quotes it.
  struct Quote: Equatable {
    var table: String
    var row: String
    var column: String
    /// The decimals option the reference needs (nil: as printed).
    var decimals: Int?
    /// The cell is negative: the sentence says the fall in words (`abs`).
    var negative: Bool

    /// `[](#table/row/column "options")`.
    var reference: String {
      let options = [decimals.map { "decimals=\($0)" }, negative ? "abs" : nil].compactMap { $0 }
      let destination = "#\(table)/\(row)/\(column)"
      let target = destination.contains(" ") ? "<\(destination)>" : destination
      return options.isEmpty ? "[](\(target))" : "[](\(target) \"\(options.joined(separator: " "))\")"
    }
  }

  /// The quotes per written figure, tables in id order, rows and columns in order.
  private(set) var quotes: [String: [Quote]] = [:]
  /// True when no table prints a figure.
  var isEmpty: Bool { quotes.isEmpty }

  init(_ report: Report) {
    for id in report.tables.keys.sorted() {
      let table = report.tables[id]!
      for (c, column) in table.schema.columns.enumerated() where column.kind.isNumeric && column.kind != .rank && column.derive == nil {
        var names: [String?]?
        for (r, row) in table.rows.enumerated() {
          let cell = row.cells[c]
          guard let value = cell.number, !cell.isDerived, cell.decimals < NumberFormat.powersOfTen.count else { continue }
          let rowNames = names ?? CellLocator.rowNames(table, column: c)
          names = rowNames
          guard let name = rowNames[r] else { continue }
          for decimals in (cell.decimals == 0 ? 0 : 1)...cell.decimals {
            let text = NumberFormat.fixedPoint(abs(InlineFigure.rounded(value, from: cell.decimals, to: decimals)), decimals: decimals)
            let quote = Quote(
              table: id, row: name, column: column.key, decimals: decimals == cell.decimals ? nil : decimals, negative: value < 0)
            quotes[text, default: []].append(quote)
          }
        }
      }
    }
  }

  /// True when a number written `token` in prose is a figure worth quoting: it has decimals or
  /// at least three significant digits, and is not a date (`2019年`, `in 2019`, `3月`). A whole
  /// number from 1900 to 2100 without a thousands separator is a year unless a Chinese word
  /// other than 年 or 月 follows it (`1983家` is a count).
  static func isQuotable(_ token: NumberScanner.Token) -> Bool {
    if token.next == "月" || token.next == "日" { return false }
    if token.text.contains(".") { return true }
    if !token.grouped, token.text.count == 4, let year = Int(token.text), (1900...2100).contains(year) {
      let countWord = token.next.unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) } ?? false
      if !countWord || token.next == "年" { return false }
    }
    let significant = token.text.drop { $0 == "0" }.reversed().drop { $0 == "0" }
    return significant.count >= 3
  }
}
