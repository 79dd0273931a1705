/// The arithmetic a table declares (`checks:` in its schema), checked against its printed
/// figures with the tolerance of `Printed`: totals and subtotals are sums, shares are value
/// over total, growths follow from both years, ranks follow the ranked column.
struct TableArithmetic {
  let table: Table
  let structure: RowStructure
  var diagnostics: [Diagnostic] = []
  /// The whole of each share column taken of rows with no total or subtotal (by the share's
  /// column), worked out once: every row's check reads it.
  private(set) var impliedWholes: [String: Printed] = [:]

  init(_ table: Table) {
    self.table = table
    self.structure = RowStructure(table.rows)
    for share in table.schema.checks.shares where share.whole == nil && structure.totals.isEmpty {
      if let whole = impliedWhole(share) { impliedWholes[share.share] = whole }
    }
  }

  /// For a cell of a declared growth or share column: the true values its printing allows,
  /// from its own digits (give or take one unit) and from the figures it is computed from.
  /// Nil for other columns.
  func derivedRange(_ row: Int, _ key: String) -> ClosedRange<Double>? {
    guard let p = printed(row, key) else { return nil }
    let own = (p.value - 2 * p.error)...(p.value + 2 * p.error)
    if let growth = table.schema.checks.growths.first(where: { $0.growth == key }) {
      return growthRange(row, growth).map { min(own.lowerBound, $0.lowerBound)...max(own.upperBound, $0.upperBound) } ?? own
    }
    if let share = table.schema.checks.shares.first(where: { $0.share == key }) {
      return shareRange(row, share).map { min(own.lowerBound, $0.lowerBound)...max(own.upperBound, $0.upperBound) } ?? own
    }
    return nil
  }

  /// Every finding for the table.
  static func check(_ table: Table) -> [Diagnostic] {
    var arithmetic = TableArithmetic(table)
    let checks = table.schema.checks
    for key in checks.sums { arithmetic.sums(key) }
    for share in checks.shares { arithmetic.shares(share) }
    for growth in checks.growths { arithmetic.growths(growth) }
    for rank in checks.ranks { arithmetic.ranks(rank) }
    return arithmetic.diagnostics
  }

  /// The printed figure of row `row` in column `key`.
  func printed(_ row: Int, _ key: String) -> Printed? {
    guard let index = table.schema.index(of: key) else { return nil }
    return Printed(table.rows[row].cells[index], kind: table.schema.columns[index].kind)
  }

  /// Where the cell of row `row` in column `key` is.
  func location(_ row: Int, _ key: String) -> SourceLocation {
    table.schema.index(of: key).map { table.rows[row].cells[$0].location }
      ?? SourceLocation(path: table.csvPath, line: table.rows[row].line)
  }

  /// The row's label as printed (alignment spaces removed).
  func label(_ row: Int) -> String { Translator.normalize(table.label(of: table.rows[row])) }

  mutating func error(_ row: Int, _ key: String, _ rule: String, _ message: String) {
    diagnostics.append(Diagnostic(.error, at: location(row, key), rule: rule, message))
  }

  /// The sum of `rows` in `key`, nil when any of them is not printed (a sum of the printed
  /// ones would be checked against a total that includes what is missing).
  func sum(_ rows: [Int], _ key: String) -> Printed? {
    var total = Printed(value: 0, error: 0, decimals: 0)
    for row in rows {
      guard let p = printed(row, key) else { return nil }
      total.value += p.value
      total.error += p.error
      total.decimals = max(total.decimals, p.decimals)
    }
    return rows.isEmpty ? nil : total
  }

  // MARK: Sums

  /// The total row equals the sum of its parts; each subtotal the sum of its members.
  mutating func sums(_ key: String) {
    // One sum for every total row: a table may print its total more than once.
    let partsSum = structure.totals.isEmpty ? nil : sum(structure.parts, key)
    for total in structure.totals {
      guard let printed = printed(total, key), let sum = partsSum, !sum.agrees(with: printed) else { continue }
      error(total, key, "sum", "total row \(label(total)) is \(printed.text) but its rows add up to \(sum.text)")
    }
    for (g, group) in structure.groups.enumerated() {
      guard let subtotal = group.subtotal, let printed = printed(subtotal, key), let sum = sum(group.members, key),
        !sum.agrees(with: printed)
      else { continue }
      let of = structure.name(of: g, in: table).map { " of \($0)" } ?? ""
      error(subtotal, key, "sum", "subtotal \(label(subtotal))\(of) is \(printed.text) but its members add up to \(sum.text)")
    }
  }

  // MARK: Growth

  /// The true growth the printed years of `row` allow.
  func growthRange(_ row: Int, _ growth: TableChecks.Growth) -> ClosedRange<Double>? {
    guard let to = printed(row, growth.to), let from = printed(row, growth.from), let ratio = Printed.quotient(to, from) else { return nil }
    return ((ratio.lowerBound - 1) * 100)...((ratio.upperBound - 1) * 100)
  }

  /// Each growth is (this year / last year − 1) × 100 where both years are printed, give or
  /// take one unit of its last decimal (`Printed.derivedSlack`).
  mutating func growths(_ growth: TableChecks.Growth) {
    for row in table.rows.indices {
      guard let g = printed(row, growth.growth), let range = growthRange(row, growth), !g.fits(range),
        let to = printed(row, growth.to), let from = printed(row, growth.from)
      else { continue }
      let expected = Printed.text((to.value / from.value - 1) * 100, g.decimals)
      error(
        row, growth.growth, "growth",
        "\(growth.growth) of \(label(row)) is \(g.text) but (\(to.text) / \(from.text) − 1) × 100 = \(expected)")
    }
  }

  // MARK: Rank

  /// Rank 1 has the largest value of the ranked column, and so on down; equal ranks, equal values.
  mutating func ranks(_ rank: TableChecks.Rank) {
    let ranked = table.rows.indices.compactMap { row -> (row: Int, rank: Double, value: Printed)? in
      guard let r = printed(row, rank.rank), let v = printed(row, rank.by) else { return nil }
      return (row, r.value, v)
    }.sorted { ($0.rank, $0.row) < ($1.rank, $1.row) }
    for (above, below) in zip(ranked, ranked.dropFirst()) {
      let slack = Printed.slack(above.value.value, below.value.value)
      if above.rank == below.rank {
        guard !above.value.agrees(with: below.value) else { continue }
        error(
          below.row, rank.rank, "rank",
          "\(label(below.row)) shares rank \(Int(below.rank)) with \(label(above.row)), but their \(rank.by) differ (\(below.value.text), \(above.value.text))"
        )
      } else if below.value.low > above.value.high + slack {
        error(
          below.row, rank.rank, "rank",
          "\(label(below.row)) is ranked \(Int(below.rank)), below \(label(above.row)) (\(Int(above.rank))), but its \(rank.by) is larger (\(below.value.text) > \(above.value.text))"
        )
      }
    }
  }
}
