/// `Validator.measures` kept up to date table by table, for `CheckMemo`: each table's measured
/// cells (with the true values their printing allows) are remembered with the table they were
/// read from, and the cells of every quantity with the findings about them. After an edit only
/// the changed tables are read again, and only the quantities they print (before or after the
/// edit) are compared again: a quantity's findings depend on its own cells alone
/// (`Validator.crossTable`), and its cells are kept in the order `MeasureIndex` gives, so the
/// findings are always those of `Validator.measures` on the whole report.
final class MeasureMemo {
  /// One table's part: what `MeasureIndex` and `Validator.measureRange` read from it.
  private struct TablePart {
    var table: Table
    var cells: [MeasuredCell]
    var quantities: [String]
    var ranges: [ClosedRange<Double>?]
    var declarations: [Diagnostic]

    init(_ table: Table) {
      self.table = table
      cells = MeasureIndex.cells(of: table)
      quantities = cells.map(\.quantity)
      let arithmetic = TableArithmetic(table)
      // A cell that is printed has a range; `Validator.crossTable` compares only those.
      ranges = cells.map { Printed($0.cell, kind: $0.kind) == nil ? nil : Validator.measureRange($0, arithmetic) }
      declarations = Validator.measureDeclarations(table)
    }
  }

  /// A cell of a quantity: its table and its index among that table's cells.
  private struct Member: Comparable {
    var table: String
    var index: Int
    static func < (a: Member, b: Member) -> Bool { (a.table, a.index) < (b.table, b.index) }
  }

  private var parts: [String: TablePart] = [:]
  private var quantities: [String: [Member]] = [:]
  private var findings: [String: [Diagnostic]] = [:]

  /// Every finding of `Validator.measures(report)`, in no particular order.
  func check(_ report: Report) -> [Diagnostic] {
    var changed = report.tables.compactMap { id, table in parts[id]?.table == table ? nil : id }
    changed += parts.keys.filter { report.tables[$0] == nil }
    var touched: Set<String> = []
    for id in changed {
      if let old = parts[id] {
        for quantity in Set(old.quantities) {
          touched.insert(quantity)
          quantities[quantity]?.removeAll { $0.table == id }
        }
      }
      parts[id] = report.tables[id].map(TablePart.init)
      for (index, quantity) in (parts[id]?.quantities ?? []).enumerated() {
        touched.insert(quantity)
        quantities[quantity, default: []].append(Member(table: id, index: index))
      }
    }
    for quantity in touched {
      guard var members = quantities[quantity], !members.isEmpty else {
        quantities[quantity] = nil
        findings[quantity] = nil
        continue
      }
      members.sort()
      quantities[quantity] = members
      findings[quantity] = members.count > 1 ? compare(members) : nil
    }
    return findings.values.flatMap { $0 } + parts.values.flatMap(\.declarations)
  }

  /// `Validator.crossTable` on the cells of one quantity.
  private func compare(_ members: [Member]) -> [Diagnostic] {
    let cells = members.map { parts[$0.table]!.cells[$0.index] }
    let ranges = members.map { parts[$0.table]!.ranges[$0.index]! }
    return Validator.crossTable(cells, ranges: ranges)
  }
}
