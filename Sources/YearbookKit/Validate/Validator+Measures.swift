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
      let printed = Printed(cell.cell, kind: cell.kind)!
      if let derived = arithmetic[index].derivedRange(cell.row, cell.column) { return derived }
      // A percentage is always computed from other figures, so it gets the derived figures' unit.
      let error = cell.kind == .percent ? 2 * printed.error : printed.error
      return (printed.value - error)...(printed.value + error)
    }
    // Only a quantity printed more than once can disagree: the others are left out before
    // sorting (most are printed once, and the Chinese keys are slow to compare).
    let shared = MeasureIndex(report).cells.lazy.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }
    for (_, cells) in shared {
      let printed = cells.map { Printed($0.cell, kind: $0.kind)! }
      let ranges = cells.map(range)
      func agree(_ a: Int, _ b: Int) -> Bool {
        let slack = Printed.slack(ranges[a].upperBound, ranges[b].upperBound)
        return ranges[a].lowerBound <= ranges[b].upperBound + slack && ranges[b].lowerBound <= ranges[a].upperBound + slack
      }
      let agreeing = cells.indices.map { a in cells.indices.filter { agree(a, $0) }.count }
      let reference = cells.indices.max { a, b in
        (agreeing[a], printed[a].decimals, b) < (agreeing[b], printed[b].decimals, a)
      }!
      let ref = cells[reference]
      for (i, cell) in cells.enumerated() where !agree(i, reference) {
        diagnostics.append(
          Diagnostic(
            .error, at: cell.cell.location, rule: "cross-table",
            "\(cell.name) \(cell.column) (\(cell.measure)) is \(printed[i].text) here but \(printed[reference].text) in \(ref.table) (\(ref.cell.location))"
          ))
      }
    }
    for id in report.tables.keys.sorted() {
      let table = report.tables[id]!
      guard !table.schema.checks.rowMeasures.isEmpty else { continue }
      let structure = RowStructure(table.rows)
      for m in table.schema.checks.rowMeasures where structure.rows(named: m.row, in: table, for: m.column).isEmpty {
        diagnostics.append(
          Diagnostic(.error, at: m.location, rule: "check-declaration", "'measures' names row '\(m.row)', which \(id) does not have"))
      }
    }
    return diagnostics
  }
}
