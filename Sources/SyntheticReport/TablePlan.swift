/// One synthetic data table: a placed table (two years of contracts and turnover, growth and
/// share, a total row, sometimes a `其中：` sub-row) or a chart's own small table (turnover and
/// share). Its figures add up, so the table checks pass.
struct TablePlan: Sendable {
  /// Which of the two shapes.
  enum Shape: Sendable { case placed, chartData }

  /// One row; amounts in hundredths (亿元 with two decimals), so sums are exact.
  struct Row: Sendable {
    var label: Term
    var role: String
    var count2018 = 0
    var amount2018 = 0
    var count2019 = 0
    var amount2019 = 0
  }

  var id: String
  var shape: Shape
  var family: Vocabulary.Family
  var rows: [Row]
  /// Charts declared in this table's schema.
  var charts: [ChartPlan] = []

  init(id: String, shape: Shape, family: Vocabulary.Family, random: inout SeededRandom) {
    self.id = id
    self.shape = shape
    self.family = family
    var rows: [Row] = []
    for label in family.labels {
      var row = Row(label: label, role: "")
      row.count2018 = random.int(200...60_000)
      row.amount2018 = random.int(5_000...2_500_000)
      row.count2019 = row.count2018 * random.int(85...140) / 100
      row.amount2019 = row.amount2018 * random.int(80...150) / 100
      rows.append(row)
    }
    if shape == .placed {
      if let sub = family.sub, let first = rows.first {
        var row = Row(label: Term("其中：\(sub.zh)", "of which: \(sub.en)"), role: "sub")
        row.count2018 = first.count2018 * 6 / 10
        row.amount2018 = first.amount2018 * 6 / 10
        row.count2019 = first.count2019 * 6 / 10
        row.amount2019 = first.amount2019 * 6 / 10
        rows.insert(row, at: 1)
      }
      var total = Row(label: Vocabulary.total, role: "total")
      for row in rows where row.role.isEmpty {
        total.count2018 += row.count2018
        total.amount2018 += row.amount2018
        total.count2019 += row.count2019
        total.amount2019 += row.amount2019
      }
      rows.append(total)
    }
    self.rows = rows
  }

  /// The total of the 2019 turnover over the rows that make it.
  var whole2019: Int { rows.filter { $0.role.isEmpty }.reduce(0) { $0 + $1.amount2019 } }

  /// Growth of the turnover in hundredths of a percent.
  func growth(_ row: Row) -> Int { Figures.percent(row.amount2019 - row.amount2018, of: row.amount2018, decimals: 2) }

  /// Share of the 2019 turnover, in hundredths (placed) or tenths (chart data) of a percent.
  func share(_ row: Row) -> Int { Figures.percent(row.amount2019, of: whole2019, decimals: shape == .placed ? 2 : 1) }
}
