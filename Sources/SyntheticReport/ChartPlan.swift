/// One synthetic chart: its kind, the table it draws from and the columns it shows.
struct ChartPlan: Sendable {
  /// The real report's 51 charts by kind, reduced to 25 (its two tile maps counted as bars):
  /// grouped 8, pie 5, horizontal bar 5, donut 4, bar 2, stacked 1. Charts take kinds from
  /// this cycle in order across the whole report.
  static let kinds = [
    "grouped", "pie", "hbar", "donut", "grouped", "bar", "pie", "grouped", "hbar", "donut", "grouped", "pie", "stacked",
    "grouped", "hbar", "donut", "grouped", "pie", "hbar", "grouped", "bar", "donut", "grouped", "pie", "hbar",
  ]

  var id: String
  var kind: String
  var title: Term
  /// The table it draws from.
  var table: String
  var series: [String]
  /// Long tables are cut to their largest rows for bar and grouped charts.
  var limit: Int?

  /// True for the kinds drawn from a chapter's placed table; pies and donuts have their own.
  static func drawsFromPlacedTable(_ kind: String) -> Bool { kind != "pie" && kind != "donut" }

  /// The chart `id` of `kind` over `table`.
  init(id: String, kind: String, table: TablePlan) {
    self.id = id
    self.kind = kind
    self.table = table.id
    let rows = table.rows.filter { $0.role.isEmpty }.count
    switch kind {
    case "grouped", "stacked":
      series = ["amount_2018", "amount_2019"]
      title = Term("\(table.family.title.zh.replacingYear)：2018—2019年成交额", "\(table.family.title.en.droppingYear): turnover, 2018–2019")
      limit = rows > 10 ? 10 : nil
    case "bar", "hbar":
      series = ["amount_2019"]
      title = Term("\(table.family.title.zh.replacingYear)：2019年成交额", "\(table.family.title.en.droppingYear): turnover, 2019")
      limit = kind == "bar" && rows > 12 ? 12 : nil
    default:
      series = ["amount"]
      title = Term("\(table.family.title.zh.replacingYear)：成交额构成", "\(table.family.title.en.droppingYear): shares of turnover")
      limit = nil
    }
  }
}

extension String {
  /// `2019年各地区技术合同成交情况` → `各地区技术合同成交情况`.
  fileprivate var replacingYear: String { hasPrefix("2019年") ? String(dropFirst(5)) : self }
  /// `Technology contracts by region, 2019` → `Technology contracts by region`.
  fileprivate var droppingYear: String { hasSuffix(", 2019") ? String(dropLast(6)) : self }
}
