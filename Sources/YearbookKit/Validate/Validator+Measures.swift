extension Validator {
  /// The same quantity printed in several tables agrees everywhere, compared at the coarser
  /// printed precision: two printings agree when one true value could give both (see
  /// `Printed`; a declared growth or share may also have been computed from the rounded
  /// figures beside it, see `TableArithmetic.derivedRange`). The figure most others agree
  /// with is the reference (then the finest printed, then the first by table id), so a
  /// finding lands on the cell that differs — usually the one just edited.
  static func measures(_ report: Report) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    // Each table's arithmetic, made the first time one of its cells is compared; kept in an
    // array and used in place there (a dictionary would hand out a copy on every read).
    var arithmetic: [TableArithmetic] = []
    var arithmeticIndex: [String: Int] = [:]
    func range(_ cell: MeasuredCell) -> ClosedRange<Double> {
      let index: Int
      if let known = arithmeticIndex[cell.table] {
        index = known
      } else {
        index = arithmetic.count
        arithmetic.append(TableArithmetic(report.tables[cell.table]!))
        arithmeticIndex[cell.table] = index
      }
      return measureRange(cell, arithmetic[index])
    }
    // Only a quantity printed more than once can disagree: the others are left out.
    let shared = MeasureIndex(report).cells.filter { $0.value.count > 1 }
    for key in shared.keys.sorted() {
      let cells = shared[key]!
      diagnostics += crossTable(cells, ranges: cells.map(range))
    }
    for id in report.tables.keys.sorted() {
      diagnostics += measureDeclarations(report.tables[id]!)
    }
    return diagnostics
  }

  /// The true values a measured cell's printing allows, given its table's arithmetic.
  static func measureRange(_ cell: MeasuredCell, _ arithmetic: TableArithmetic) -> ClosedRange<Double> {
    let printed = Printed(cell.cell, kind: cell.kind)!
    if let derived = arithmetic.derivedRange(cell.row, cell.column) { return derived }
    // A percentage is always computed from other figures, so it gets the derived figures' unit.
    let error = cell.kind == .percent ? 2 * printed.error : printed.error
    return (printed.value - error)...(printed.value + error)
  }

  /// How many of a quantity's cells may be its reference.
  static let maximumReferenceCandidates = 32

  /// The findings about one quantity printed in `cells` (in table-id order, then in each
  /// table's order, as `MeasureIndex` lists them), whose true values lie in `ranges`. They
  /// depend on these cells alone, which lets `CheckMemo` recheck only the quantities an edit
  /// touches.
  static func crossTable(_ cells: [MeasuredCell], ranges: [ClosedRange<Double>]) -> [Diagnostic] {
    let printed = cells.map { Printed($0.cell, kind: $0.kind)! }
    func agree(_ a: Int, _ b: Int) -> Bool {
      let slack = Printed.slack(ranges[a].upperBound, ranges[b].upperBound)
      return ranges[a].lowerBound <= ranges[b].upperBound + slack && ranges[b].lowerBound <= ranges[a].upperBound + slack
    }
    // The reference is the cell most others agree with. Counting agreements is quadratic, so
    // only the first cells are candidates: a real report prints a quantity a few times, and
    // a table that repeats one row thousands of times is checked in linear time.
    let candidates = cells.indices.prefix(maximumReferenceCandidates)
    var agreeing = [Int](repeating: 0, count: cells.count)
    for a in candidates { agreeing[a] = cells.indices.filter { agree(a, $0) }.count }
    let reference = candidates.max { a, b in
      (agreeing[a], printed[a].decimals, b) < (agreeing[b], printed[b].decimals, a)
    }!
    let ref = cells[reference]
    var diagnostics: [Diagnostic] = []
    for (i, cell) in cells.enumerated() where !agree(i, reference) {
      diagnostics.append(
        Diagnostic(
          .error, at: cell.cell.location, rule: "cross-table",
          "\(cell.name) \(cell.column) (\(cell.measure)) is \(printed[i].text) here but \(printed[reference].text) in \(ref.table) (\(ref.cell.location))"
        ))
    }
    return diagnostics
  }

  /// Every row a table's `measures:` declaration names exists in the table.
  static func measureDeclarations(_ table: Table) -> [Diagnostic] {
    guard !table.schema.checks.rowMeasures.isEmpty else { return [] }
    let structure = RowStructure(table.rows)
    return table.schema.checks.rowMeasures.compactMap { m in
      guard structure.rows(named: m.row, in: table, for: m.column).isEmpty else { return nil }
      return Diagnostic(
        .error, at: m.location, rule: "check-declaration", "'measures' names row '\(m.row)', which \(table.id) does not have")
    }
  }
}
