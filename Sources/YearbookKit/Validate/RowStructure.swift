/// A table's rows as parts and wholes, read from their roles: the total row is made of the
/// plain rows and the groups (each by its subtotal, or by its members when it has none); a
/// subtotal is made of its group's members; `sub` rows (其中：…) are part of the row above and
/// of no sum.
struct RowStructure: Sendable {
  /// A group: its heading row, its subtotal and its members (row indices).
  struct Group: Sendable {
    var heading: Int?
    var subtotal: Int?
    var members: [Int] = []
  }

  /// Total rows.
  var totals: [Int] = []
  /// Groups in order.
  var groups: [Group] = []
  /// The parts of the total, in order: plain rows, and each group's subtotal or else its members.
  var parts: [Int] = []
  /// The group of each member or subtotal row.
  var groupOf: [Int: Int] = [:]

  init(_ rows: [Row]) {
    var current: Int?
    func join() -> Int {
      if let current { return current }
      groups.append(Group())
      current = groups.count - 1
      return current!
    }
    for (i, row) in rows.enumerated() {
      switch row.role {
      case .group:
        groups.append(Group(heading: i))
        current = groups.count - 1
      case .member:
        let g = join()
        groups[g].members.append(i)
        groupOf[i] = g
      case .subtotal:
        let g = join()
        if groups[g].subtotal == nil { groups[g].subtotal = i }
        groupOf[i] = g
      case .plain:
        current = nil
        parts.append(i)
      case .total:
        current = nil
        totals.append(i)
      case .sub:
        continue
      }
    }
    var ordered: [(Int, [Int])] = parts.map { ($0, [$0]) }
    for group in groups {
      if let subtotal = group.subtotal {
        ordered.append((subtotal, [subtotal]))
      } else if let first = group.members.first {
        ordered.append((first, group.members))
      }
    }
    parts = ordered.sorted { $0.0 < $1.0 }.flatMap(\.1)
  }

  /// The rows a name in the content means: a label (`北京`) or `group/label` (`技术开发/合计`),
  /// read in the label column of `column` (the nearest on its left: a table may hold two
  /// lists side by side) and, failing that, in any. A bare label that several rows share
  /// means the one outside the groups (`合计` is the total, not a subtotal).
  func rows(named name: String, in table: Table, for column: String?) -> [Int] {
    let labels = table.schema.columns.indices.filter { table.schema.columns[$0].kind == .label }
    if let c = column.flatMap(table.schema.index(of:)), let nearest = labels.last(where: { $0 < c }) {
      let rows = rows(named: name, in: table, columns: [nearest])
      if !rows.isEmpty { return rows }
    }
    return rows(named: name, in: table, columns: labels)
  }

  private func rows(named name: String, in table: Table, columns named: [Int]) -> [Int] {
    let rows = table.rows.indices.filter { i in
      let group = groupOf[i].flatMap { self.name(of: $0, in: table) }
      return named.contains { c in
        let label = Translator.normalize(table.rows[i].cells[c].raw)
        return label == name || group.map { "\($0)/\(label)" } == name
      }
    }
    guard rows.count > 1, !name.contains("/") else { return rows }
    let outside = rows.filter { groupOf[$0] == nil }
    return outside.isEmpty ? rows : outside
  }

  /// The name of group `g` for messages: its heading's label.
  func name(of g: Int, in table: Table) -> String? {
    groups[g].heading.map { Translator.normalize(table.label(of: table.rows[$0])) }
  }
}
