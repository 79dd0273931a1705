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

  /// The name of group `g` for messages: its heading's label.
  func name(of g: Int, in table: Table) -> String? {
    groups[g].heading.map { Translator.normalize(table.label(of: table.rows[$0])) }
  }
}
