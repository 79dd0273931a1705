import Charts

/// Turns a chart declaration and its table into a `Chart` in one language. Pure.
public struct ChartBuilder: Sendable {
  /// The translator of the page's language.
  public let translator: Translator

  /// Makes a builder.
  public init(translator: Translator) { self.translator = translator }

  var language: Language { translator.language }

  /// A row chosen for a chart: the row and the label it goes by (a subtotal goes by its group's name).
  struct Selected {
    var row: Row
    var label: String
  }

  /// Every row's label in the chart's category column.
  static func rowLabels(_ spec: ChartSpec, _ table: Table) -> [String] {
    let labelIndex = spec.category.flatMap(table.schema.index(of:)) ?? table.labelColumn
    return table.rows.map { row in Translator.normalize(labelIndex.map { row.cells[$0].raw } ?? "") }
  }

  /// The ids of the charts, in id order, that draw the cell `found`: charts of its table whose
  /// series hold its column and whose drawn rows hold its row.
  static func charts(drawing found: CellLocator.Found, in report: Report) -> [String] {
    let key = found.table.schema.columns[found.column].key
    let line = found.table.rows[found.row].line
    return report.charts.keys.sorted().filter { id in
      let spec = report.charts[id]!
      return spec.table == found.table.id && spec.series.contains(key) && selectRows(spec, found.table).contains { $0.row.line == line }
    }
  }

  /// The rows a chart draws, in order: `rows:` when given, else every ordinary row and subtotal.
  static func selectRows(_ spec: ChartSpec, _ table: Table) -> [Selected] {
    var all: [(row: Row, label: String, isDefault: Bool)] = []
    var groupLabel = ""
    let labelIndex = spec.category.flatMap(table.schema.index(of:)) ?? table.labelColumn
    for row in table.rows {
      let label = Translator.normalize(labelIndex.map { row.cells[$0].raw } ?? "")
      switch row.role {
      case .group: groupLabel = label
      case .subtotal: all.append((row, groupLabel.isEmpty ? label : groupLabel, true))
      case .plain: all.append((row, label, true)); groupLabel = ""
      case .member, .sub, .total: all.append((row, label, false))
      }
    }
    if let wanted = spec.rows {
      return wanted.compactMap { name in
        let key = Translator.normalize(name)
        return all.first { $0.label == key }.map { Selected(row: $0.row, label: $0.label) }
      }
    }
    return all.filter(\.isDefault).map { Selected(row: $0.row, label: $0.label) }
  }

  /// The rows a chart draws, in the order drawn: `selectRows`, sorted and cut as declared.
  static func drawnRows(_ spec: ChartSpec, _ table: Table) -> [Selected] {
    var selected = ChartBuilder.selectRows(spec, table)
    if let sort = spec.sort, let first = spec.series.lazy.compactMap(table.schema.index(of:)).first {
      selected.sort { a, b in
        let x = a.row.cells[first].number ?? -.infinity
        let y = b.row.cells[first].number ?? -.infinity
        return sort == .descending ? x > y : x < y
      }
    }
    if let limit = spec.limit { selected = Array(selected.prefix(limit)) }
    return selected
  }

  /// The chart, with `id` unique on its page.
  public func chart(_ spec: ChartSpec, table: Table, id: String) -> Chart {
    let schema = table.schema
    let selected = ChartBuilder.drawnRows(spec, table)
    let seriesColumns = spec.series.compactMap { key in schema.index(of: key).map { (key: key, index: $0) } }

    var categories: [Category]
    var series: [Series]
    if spec.transpose {
      categories = seriesColumns.map { Category(key: $0.key, label: schema.columns[$0.index].label.text(language)) }
      series = selected.map { item in
        let cells = seriesColumns.map { item.row.cells[$0.index] }
        return Series(
          name: translator.display(item.label), values: cells.map(\.number),
          labels: cells.map { $0.number == nil ? nil : NumberFormat.format($0, language) },
          isDerived: cells.allSatisfy(\.isDerived), derived: cells.map(\.isDerived))
      }
    } else {
      categories = selected.map { Category(key: $0.label, label: translator.display($0.label)) }
      let columns = seriesColumns.map { schema.columns[$0.index] }
      let sameLabel = Set(columns.map { $0.label.text(language) }).count == 1
      let groups = columns.compactMap { $0.group?.text(language) }
      let byGroupOnly = columns.count > 1 && sameLabel && Set(groups).count == columns.count
      series = seriesColumns.map { column in
        let cells = selected.map { $0.row.cells[column.index] }
        let declared = schema.columns[column.index]
        return Series(
          name: byGroupOnly ? declared.group!.text(language) : seriesName(declared), values: cells.map(\.number),
          labels: cells.map { $0.number == nil ? nil : NumberFormat.format($0, language) },
          isDerived: schema.columns[column.index].derive != nil)
      }
    }
    let firstColumn = seriesColumns.first.map { schema.columns[$0.index] }
    let unit = firstColumn?.unit?[language] ?? schema.unit?[language] ?? (firstColumn?.kind == .percent ? "%" : "")
    let words = Words(language)
    return Chart(
      kind: spec.kind, id: id, title: spec.title.text(language),
      summary: summary(spec, categories: categories, series: series, unit: unit),
      categories: categories, series: series, unit: unit,
      numberStyle: NumberStyle(groupingSeparator: language == .zh ? "" : ","),
      words: Charts.ChartWords(other: words.other, derived: words.derived, noData: words.noData))
  }

  /// A series' legend name: the column's label, after its spanning group when it has one
  /// (two columns both labelled 成交额 under 2018年 and 2019年 become "2018年 成交额", …).
  func seriesName(_ column: Column) -> String {
    let label = column.label.text(language)
    guard let group = column.group?.text(language), !group.isEmpty else { return label }
    return language == .zh ? "\(group)\(label)" : "\(group): \(label)"
  }

  private func summary(_ spec: ChartSpec, categories: [Category], series: [Series], unit: String) -> String {
    let separator = language == .zh ? "；" : "; "
    let parts = categories.enumerated().prefix(12).map { i, category in
      let values = series.map { s in
        let v = s.labels[i] ?? Words(language).noData
        return series.count > 1 ? "\(s.name) \(v)" : v
      }
      return "\(category.label) \(values.joined(separator: language == .zh ? "，" : ", "))"
    }
    let more = categories.count > 12 ? (language == .zh ? "等" : " …") : ""
    let unitText = unit.isEmpty ? "" : (language == .zh ? "（单位：\(unit)）" : " (\(unit))")
    return spec.title.text(language) + unitText + (language == .zh ? "：" : ": ") + parts.joined(separator: separator) + more
  }
}
