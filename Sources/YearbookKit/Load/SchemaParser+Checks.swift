/// Reads a schema's `checks:` and `aliases:` (and checks its columns' `measure:`), each
/// column it names checked against the declared columns, so a slip in a declaration is a
/// finding at its YAML line rather than a check that silently never runs.
extension SchemaParser {
  static func checks(_ root: YAMLFields, columns: [Column], reader: inout YAMLReader) -> TableChecks {
    var checks = TableChecks()
    // By index, read field by field: a copy of a whole column retains each of its texts.
    var byKey = [String: Int](minimumCapacity: columns.count)
    for (i, column) in columns.enumerated() { byKey[column.key] = i }

    /// The column named by `node`, if it exists and fits; a finding otherwise. (`what` is
    /// only made for a finding, which most calls do not make.)
    func column(_ node: YAMLNode, _ what: @autoclosure () -> String, kinds: [ColumnKind]) -> String? {
      guard let key = node.text else {
        reader.error(node, "yaml-type", "\(what()) must name a column")
        return nil
      }
      guard let i = byKey[key] else {
        reader.error(node, "unknown-column", "\(what()) names column '\(key)', which is not declared")
        return nil
      }
      if !kinds.contains(columns[i].kind) {
        reader.error(
          node, "check-declaration",
          "\(what()) needs a \(kinds.map(\.rawValue).sorted().joined(separator: " or ")) column; '\(key)' is \(columns[i].kind.rawValue)")
        return nil
      }
      if columns[i].derive != nil {
        reader.error(node, "check-declaration", "\(what()) names '\(key)', a derived column: only printed figures are checked")
        return nil
      }
      return key
    }
    let numbers: [ColumnKind] = [.integer, .decimal, .percent]

    for i in columns.indices where columns[i].measure != nil && (!numbers.contains(columns[i].kind) || columns[i].derive != nil) {
      let column = columns[i]
      let why = column.derive != nil ? "a derived column" : "a \(column.kind.rawValue) column"
      reader.appendDiagnostic(
        Diagnostic(.error, at: column.location, rule: "check-declaration", "'measure' is for printed figures; '\(column.key)' is \(why)"))
    }
    if let node = root["checks"] {
      guard node.pairs != nil else {
        reader.error(node, "yaml-type", "'checks' must map sum, share, growth and rank to their columns")
        return checks
      }
      let declared = YAMLFields(node)
      reader.rejectUnknownKeys(declared, known: checksKeys, in: "checks")
      if let sum = declared["sum"] {
        if let items = sum.items {
          checks.sums = items.compactMap { column($0, "'sum'", kinds: numbers) }
        } else {
          reader.error(sum, "yaml-type", "'sum' must list the columns whose total is the sum of the rows")
        }
      }
      let shares = pairs(declared["share"], "share", "{share column: value column, or [value column, whole column]}", reader: &reader)
      for (key, value) in shares {
        guard let share = column(key, "'share'", kinds: [.percent]) else { continue }
        if let pair = value.items {
          guard pair.count == 2 else {
            reader.error(value, "yaml-type", "'share: \(share)' lists two columns of the row: [value, whole]")
            continue
          }
          guard let of = column(pair[0], "'share: \(share)'", kinds: numbers),
            let whole = column(pair[1], "'share: \(share)'", kinds: numbers)
          else { continue }
          checks.shares.append(.init(share: share, of: of, whole: whole, location: reader.location(of: key)))
        } else if let of = column(value, "'share: \(share)'", kinds: numbers) {
          checks.shares.append(.init(share: share, of: of, location: reader.location(of: key)))
        }
      }
      let growths = pairs(declared["growth"], "growth", "{growth column: [last year's column, this year's column]}", reader: &reader)
      for (key, value) in growths {
        guard let growth = column(key, "'growth'", kinds: [.percent]) else { continue }
        guard let years = value.items, years.count == 2 else {
          reader.error(value, "yaml-type", "'growth: \(growth)' must list two columns: [last year's, this year's]")
          continue
        }
        guard let from = column(years[0], "'growth: \(growth)'", kinds: numbers),
          let to = column(years[1], "'growth: \(growth)'", kinds: numbers)
        else { continue }
        checks.growths.append(.init(growth: growth, from: from, to: to, location: reader.location(of: key)))
      }
      for (key, value) in pairs(declared["rank"], "rank", "{rank column: the column it ranks}", reader: &reader) {
        guard let rank = column(key, "'rank'", kinds: [.rank]), let by = column(value, "'rank: \(rank)'", kinds: numbers) else { continue }
        checks.ranks.append(.init(rank: rank, by: by, location: reader.location(of: key)))
      }
    }
    for (key, value) in pairs(root["aliases"], "aliases", "{printed label: name across tables}", reader: &reader) {
      guard let label = key.string, let name = value.text else {
        reader.error(value, "yaml-type", "'aliases' maps a printed row label to the name it goes by across tables")
        continue
      }
      checks.aliases[Translator.normalize(label)] = Translator.normalize(name)
    }
    for (rowNode, columnsNode) in pairs(root["measures"], "measures", "{row label: {column: measure of name}}", reader: &reader) {
      guard let row = rowNode.string else { continue }
      for (key, value) in pairs(columnsNode, "measures: \(row)", "{column: measure of name}", reader: &reader) {
        guard let column = column(key, "'measures: \(row)'", kinds: numbers) else { continue }
        let parts = value.string?.parts(separatedBy: " of ") ?? []
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
          reader.error(value, "yaml-type", "'measures: \(row): \(column)' is a quantity like 'turnover-2019 of 合计'")
          continue
        }
        checks.rowMeasures.append(
          .init(
            row: Translator.normalize(row), column: column, measure: String(parts[0]), name: Translator.normalize(String(parts[1])),
            location: reader.location(of: value)))
      }
    }
    return checks
  }

  /// The entries of an optional mapping; a finding when it is not one.
  private static func pairs(_ node: YAMLNode?, _ key: String, _ shape: String, reader: inout YAMLReader) -> [(YAMLNode, YAMLNode)] {
    guard let node else { return [] }
    guard let pairs = node.pairs else {
      reader.error(node, "yaml-type", "'\(key)' must be a mapping \(shape)")
      return []
    }
    return pairs.map { ($0.key, $0.value) }
  }
}
