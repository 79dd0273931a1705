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
    for i in rows.indices {
      switch rows[i].role {
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
    // The parts in row order: each plain row or subtotal stands for itself, a group without a
    // subtotal for its members (at its first member's place). No two share a row.
    var ordered: [(row: Int, members: Int?)] = parts.map { ($0, nil) }
    for (g, group) in groups.enumerated() {
      if let subtotal = group.subtotal {
        ordered.append((subtotal, nil))
      } else if let first = group.members.first {
        ordered.append((first, g))
      }
    }
    ordered.sort { $0.row < $1.row }
    parts = []
    for (row, members) in ordered {
      if let members { parts += groups[members].members } else { parts.append(row) }
    }
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
    // Each group's name once, rather than once per row.
    let groupNames = groups.indices.map { self.name(of: $0, in: table) }
    // Only a name with a slash can be a `group/label` one: no such string is made otherwise.
    let qualified = name.utf8.contains(UInt8(ascii: "/"))
    let rows = table.rows.indices.filter { i in
      let group = qualified ? groupOf[i].flatMap { groupNames[$0] } : nil
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
