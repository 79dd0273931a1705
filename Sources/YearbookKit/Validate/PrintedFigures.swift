/// The figures the tables print that prose writes, by the text it writes them with: the figure
/// without grouping or sign at its printed decimals, or rounded to fewer decimals but not to
/// none (a decimal figure is quoted as `22398.4`, never as a whole `22398`). Lets `check` find
/// a figure typed in prose that a reference should quote. Pure.
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
  /// True when no table prints any of the figures asked about.
  var isEmpty: Bool { quotes.isEmpty }

  /// A written figure as integers: its digits without the point, and how many follow the point.
  struct Written: Hashable {
    var digits: Int
    var decimals: Int

    init?(_ text: String) {
      let parts = text.split(separator: ".", omittingEmptySubsequences: false)
      guard parts.count <= 2, text.utf8.count <= 18, let digits = Int(parts.joined()) else { return nil }
      self.digits = digits
      decimals = parts.count == 2 ? parts[1].count : 0
    }

    init(digits: Int, decimals: Int) {
      self.digits = digits
      self.decimals = decimals
    }
  }

  /// Finds which of the figures `wanted` (as `NumberScanner` writes them) the tables print. A
  /// cell is compared on integers (its printed digits, rounded to fewer decimals), and only a
  /// match is named: the tables hold tens of thousands of figures, prose a few hundred.
  init(_ report: Report, wanted: Set<String>) {
    var texts: [Written: String] = [:]
    for text in wanted {
      if let written = Written(text) { texts[written] = text }
    }
    guard !texts.isEmpty else { return }
    // The whole parts written: most cells match none, and are passed over on one lookup.
    let wholes = Set(texts.keys.map { $0.digits / Int(NumberFormat.powersOfTen[min($0.decimals, NumberFormat.powersOfTen.count - 1)]) })
    let mostDecimals = texts.keys.map(\.decimals).max() ?? 0
    for id in report.tables.keys.sorted() {
      let table = report.tables[id]!
      for (c, column) in table.schema.columns.enumerated() where column.kind.isNumeric && column.kind != .rank && column.derive == nil {
        var names: [String?]?
        for (r, row) in table.rows.enumerated() {
          let cell = row.cells[c]
          guard let value = cell.number, !cell.isDerived, cell.decimals < NumberFormat.powersOfTen.count, abs(value) < 1e15 else {
            continue
          }
          // Rounding can carry into the whole part (9.96 → 10.0), never further.
          let whole = Int(abs(value))
          guard wholes.contains(whole) || wholes.contains(whole + 1) else { continue }
          let printed = Int((abs(value) * NumberFormat.powersOfTen[cell.decimals]).rounded())
          // A whole figure is quoted whole; a decimal one with one decimal at least.
          for decimals in (cell.decimals == 0 ? 0 : 1)...min(cell.decimals, max(mostDecimals, cell.decimals == 0 ? 0 : 1)) {
            let step = Int(NumberFormat.powersOfTen[cell.decimals - decimals])
            // Half away from zero, on the printed digits.
            let digits = (printed + step / 2) / step
            guard let text = texts[Written(digits: digits, decimals: decimals)] else { continue }
            let rowNames = names ?? CellLocator.rowNames(table, column: c)
            names = rowNames
            guard let name = rowNames[r] else { continue }
            quotes[text, default: []].append(
              Quote(table: id, row: name, column: column.key, decimals: decimals == cell.decimals ? nil : decimals, negative: value < 0))
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
