/// One synthetic chapter (both languages): its tables, charts and body.
struct ChapterPlan: Sendable {
  static let templates = ["overview", "composition", "regions", "agencies", "appendix", "chronicle"]

  /// 1-based; also the part number.
  let index: Int
  let slug: String
  let title: Term
  let summary: Term
  let template: String
  /// Placed tables, in order of placement.
  var tables: [TablePlan] = []
  /// Charts' own data tables (not placed).
  var dataTables: [TablePlan] = []
  /// Charts, in order of placement.
  var charts: [ChartPlan] = []
  /// The body.
  var blocks: [Block] = []

  /// Tables placed in chapter `index`: 6, 6, 7, … (the real report: 44 in 7 chapters).
  static func tableCount(_ index: Int) -> Int { 6 + (index % 3 == 0 ? 1 : 0) }
  /// Charts placed in chapter `index`: 8, 7, 7, … (the real report: 51 in 7 chapters).
  static func chartCount(_ index: Int) -> Int { 7 + (index % 3 == 1 ? 1 : 0) }

  init(index: Int, includesCharts: Bool) {
    self.index = index
    slug = "chapter-" + Figures.integer(index, grouped: false).leftPadded(to: 4)
    let topic = Vocabulary.sections[(index - 1) % Vocabulary.sections.count]
    title = Term("专题分析\(index)：\(topic.zh)", "Analysis \(index): \(topic.en)")
    summary = Term("第\(index)部分分析2019年技术合同的\(topic.zh)。", "Part \(index) looks at the \(topic.en.lowercased()) of the 2019 technology contracts.")
    template = ChapterPlan.templates[(index - 1) % ChapterPlan.templates.count]
    var random = SeededRandom(seed: UInt64(index))
    let short = slug.dropFirst("chapter-".count)

    // Families and chart kinds run on across chapters, so the whole report keeps the mix.
    let tablesBefore = 6 * (index - 1) + (index - 1) / 3
    for t in 0..<ChapterPlan.tableCount(index) {
      let family = Vocabulary.tableFamilies[(tablesBefore + t) % Vocabulary.tableFamilies.count]
      tables.append(TablePlan(id: "c\(short)-t\(t + 1)", shape: .placed, family: family, random: &random))
    }
    if includesCharts {
      let chartsBefore = 7 * (index - 1) + (index + 1) / 3
      for c in 0..<ChapterPlan.chartCount(index) {
        let kind = ChartPlan.kinds[(chartsBefore + c) % ChartPlan.kinds.count]
        let id = "c\(short)-f\(c + 1)"
        if ChartPlan.drawsFromPlacedTable(kind) {
          let t = c % tables.count
          let chart = ChartPlan(id: id, kind: kind, table: tables[t])
          tables[t].charts.append(chart)
          charts.append(chart)
        } else {
          let family = Vocabulary.chartFamilies[(chartsBefore + c) % Vocabulary.chartFamilies.count]
          var data = TablePlan(id: "c\(short)-d\(c + 1)", shape: .chartData, family: family, random: &random)
          let chart = ChartPlan(id: id, kind: kind, table: data)
          data.charts.append(chart)
          dataTables.append(data)
          charts.append(chart)
        }
      }
    }
    blocks = body(&random)
  }

  /// Intro, a list, then sections (`##`) of subsections (`###`), each placing up to three
  /// tables and charts, every one introduced by a paragraph that refers to it.
  private func body(_ random: inout SeededRandom) -> [Block] {
    let first = tables[0]
    var intro: [Inline] = [.text(Prose.fill(&random))]
    if index > 1 {
      // A reference into the previous chapter, as the real report refers across parts.
      let previous = "c" + Figures.integer(index - 1, grouped: false).leftPadded(to: 4) + "-t1"
      intro += [.text(Term("上一部分已经给出了总体情况（", " The previous part gave the overall picture (")), .reference(previous), .text(Term("）。", ")."))]
    }
    var blocks: [Block] = [.paragraph(intro)]
    let total = first.rows.last!
    // The key figures are quoted from the first table's total row.
    let cell = "\(first.id)/\(total.label.zh)"
    let amount = Figures.fixed(total.amount2019, decimals: 2)
    let growth = Figures.fixed(first.growth(total), decimals: 2)
    blocks.append(.list([
      [.text(Term("合同数：", "Contracts: ")), .figure("\(cell)/count_2019 \"unit\"", Term("\(total.count2019)项", "\(total.count2019) contracts"))],
      [.text(Term("成交额：", "Turnover: ")), .figure("\(cell)/amount_2019 \"unit\"", Term("\(amount)亿元", "\(amount) 100 million yuan"))],
      [.text(Term("增长：", "Growth: ")), .figure("\(cell)/growth \"unit\"", Term("\(growth)%", "\(growth)%"))],
    ]))
    var placements: [Block] = []
    for k in 0..<max(tables.count, charts.count) {
      if k < charts.count { placements.append(.chart(charts[k].id)) }
      if k < tables.count { placements.append(.table(tables[k].id)) }
    }
    var section = 0
    var subsection = 0
    for (k, placement) in placements.enumerated() {
      if k % 3 == 0 {
        if subsection % 2 == 0 {
          section += 1
          let topic = Vocabulary.sections[(index + section) % Vocabulary.sections.count]
          let numeral = section < Vocabulary.numerals.count ? Vocabulary.numerals[section] : String(section)
          blocks.append(.heading(level: 2, Term("\(numeral)、\(topic.zh)", "\(section). \(topic.en)")))
        }
        subsection += 1
        let topic = Vocabulary.subsections[(index + subsection) % Vocabulary.subsections.count]
        blocks.append(.heading(level: 3, Term("\(subsection). \(topic.zh)", "\(subsection). \(topic.en)")))
      }
      switch placement {
      case .table(let id): blocks.append(Prose.aboutTable(tables.first { $0.id == id }!, &random))
      case .chart(let id): blocks.append(Prose.aboutChart(charts.first { $0.id == id }!, &random))
      default: break
      }
      blocks.append(placement)
    }
    return blocks
  }

  /// The numbered labels of the placed tables and charts (`表 3–2` / `Table 3-2`), by id.
  var labels: [String: (zh: String, en: String, anchor: String)] {
    var result: [String: (zh: String, en: String, anchor: String)] = [:]
    var figures = 0
    var tableNumber = 0
    for block in blocks {
      switch block {
      case .chart(let id):
        figures += 1
        result[id] = ("图 \(index)–\(figures)", "Figure \(index)-\(figures)", "figure-\(id)")
      case .table(let id):
        tableNumber += 1
        result[id] = ("表 \(index)–\(tableNumber)", "Table \(index)-\(tableNumber)", "table-\(id)")
      default: break
      }
    }
    return result
  }
}

extension String {
  /// The string with zeros in front up to `width` characters.
  func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
