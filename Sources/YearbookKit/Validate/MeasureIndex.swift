/// Every cell of every column declared with `measure:`, by quantity, so that the places where
/// one quantity is printed are found rather than listed by hand.
///
/// A row is named by the label column nearest to the left of the measured column (a table
/// may hold two lists side by side), without the `其中：` of a sub-row; a subtotal by its
/// group's label; then by the schema's `aliases:` (`合计: 东部地区`). A member whose label
/// repeats in its table (其他 under two groups) is named `group/label`.
public struct MeasureIndex: Sendable {
  /// The cells per quantity (`measure of name`), in table order. Keyed on the text's bytes
  /// (`QuantityKey`), made once per row name: most names are Chinese, which `String` hashes
  /// slowly, and a quantity string for every cell cost a third of this index.
  public private(set) var cells: [QuantityKey: [MeasuredCell]] = [:]

  /// Indexes the measured columns of every table.
  public init(_ report: Report) {
    let perTable = report.tables.keys.sorted().map { MeasureIndex.keyedCells(of: report.tables[$0]!) }
    // Room for every quantity up front: growing rehashes every key, and the keys (mostly
    // Chinese) are slow to hash.
    cells.reserveCapacity(perTable.reduce(0) { $0 + $1.count })
    for tableCells in perTable {
      for (key, cell) in tableCells {
        cells[key, default: []].append(cell)
      }
    }
  }

  /// The measured cells of one table.
  static func cells(of table: Table) -> [MeasuredCell] {
    keyedCells(of: table).map(\.cell)
  }

  /// The measured cells of one table, each with its quantity's key.
  static func keyedCells(of table: Table) -> [(key: QuantityKey, cell: MeasuredCell)] {
    let columns = table.schema.columns
    let structure = RowStructure(table.rows)
    let aliases = table.schema.checks.aliases
    var result: [(key: QuantityKey, cell: MeasuredCell)] = []
    // At most one cell per row and measured column: grown by doubling, the list (cells are
    // large) was copied about twice over, into fresh memory each time.
    result.reserveCapacity(table.rows.count * columns.count { $0.measure != nil && $0.derive == nil })
    var names: [Int: RowNames] = [:]
    for (c, column) in columns.enumerated() {
      guard let measure = column.measure, column.derive == nil else { continue }
      let labelIndex = columns[..<c].lastIndex { $0.kind == .label } ?? table.labelColumn
      guard let labelIndex else { continue }
      let rowNames = names[labelIndex] ?? RowNames(baseNames(table, structure, labelIndex))
      names[labelIndex] = rowNames
      let rows = table.rows.indices.filter { table.rows[$0].role != .group && table.rows[$0].cells[c].number != nil }
      // How many of these rows share each name, counted by name id.
      var seen = [Int](repeating: 0, count: rowNames.distinct)
      for row in rows { seen[rowNames.ids[row]] += 1 }
      let measureKey = TextKey(measure)
      for row in rows {
        var name = rowNames.names[row]
        var nameKey = rowNames.keys[rowNames.ids[row]]
        if seen[rowNames.ids[row]] > 1, table.rows[row].role == .member, let g = structure.groupOf[row],
          let group = structure.name(of: g, in: table)
        {
          name = "\(group)/\(name)"
          nameKey = TextKey(name)
        }
        if !aliases.isEmpty, let alias = aliases[name] {
          name = alias
          nameKey = TextKey(name)
        }
        result.append(
          (
            QuantityKey(measure: measureKey, name: nameKey),
            MeasuredCell(
              measure: measure, name: name, table: table.id, column: column.key, row: row, kind: column.kind, cell: table.rows[row].cells[c])
          ))
      }
    }
    for m in table.schema.checks.rowMeasures {
      guard let c = table.schema.index(of: m.column) else { continue }
      let key = QuantityKey(measure: TextKey(m.measure), name: TextKey(m.name))
      for row in structure.rows(named: m.row, in: table, for: m.column) where table.rows[row].cells[c].number != nil {
        result.append(
          (
            key,
            MeasuredCell(
              measure: m.measure, name: m.name, table: table.id, column: m.column, row: row, kind: columns[c].kind,
              cell: table.rows[row].cells[c])
          ))
      }
    }
    return result
  }

  /// Each row's name before aliases, read in label column `labelIndex`.
  private static func baseNames(_ table: Table, _ structure: RowStructure, _ labelIndex: Int) -> [String] {
    table.rows.indices.map { row in
      let r = table.rows[row]
      if r.role == .subtotal, let g = structure.groupOf[row], let name = structure.name(of: g, in: table) { return name }
      var label = Translator.normalize(r.cells[labelIndex].raw)
      if label.hasPrefix(Translator.subRowPrefix) { label = String(label.dropFirst(Translator.subRowPrefix.count)) }
      return label
    }
  }

  /// Rows' names with an id each, equal ids for equal names: each name hashed once per label
  /// column rather than twice per measured column (most names are Chinese, slow to hash).
  private struct RowNames {
    var names: [String]
    var ids: [Int] = []
    /// Each distinct name's key, by id.
    var keys: [TextKey] = []
    var distinct: Int { keys.count }

    init(_ names: [String]) {
      self.names = names
      var idOf: [TextKey: Int] = [:]
      idOf.reserveCapacity(names.count)
      ids.reserveCapacity(names.count)
      for name in names.map(TextKey.init) {
        if let id = idOf[name] {
          ids.append(id)
        } else {
          idOf[name] = keys.count
          ids.append(keys.count)
          keys.append(name)
        }
      }
    }
  }

  /// The measured cell at `location`, if any.
  public func cell(at location: SourceLocation) -> MeasuredCell? {
    cells.values.lazy.flatMap { $0 }.first { $0.cell.location == location }
  }
}
