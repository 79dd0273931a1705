/// A chapter's body as language-neutral blocks, written out as yearbook Markdown (placement
/// blocks, `[](#id)` references) or as Hugo Markdown (Markdown tables, labelled links). Both
/// languages share one block list, so they place the same things in the same order.
enum Block: Sendable {
  case paragraph([Inline])
  case heading(level: Int, Term)
  case list([[Inline]])
  case table(String)
  case chart(String)
}

/// A run of text in a paragraph.
enum Inline: Sendable {
  case text(Term)
  case strong(Term)
  /// A cross-reference to a table or chart id.
  case reference(String)
  /// A figure quoted from a table cell: the link's target after `#` (and title), and the
  /// figure as printed, for a generator that cannot quote.
  case figure(String, Term)
}

/// Sentences in both languages, about as long as the real report's.
enum Prose {
  static let fillers = [
    Term(
      "科技成果转移转化的环境不断改善，科技创新的活力加快迸发，市场配置创新资源的作用更加明显。",
      "The conditions for turning research into products kept improving, and the market played a larger part in allocating the resources of innovation."),
    Term(
      "技术交易主体更加活跃，技术要素的质量与效益同步提高，技术市场延续了稳定发展、长期向好的态势。",
      "Parties to technology trade grew more active, the quality and returns of technology rose together, and the market kept to its steady long-term growth."),
    Term(
      "从合同类型看，技术开发与技术服务合计占全国近九成，技术转让与技术咨询合同的成交额增长平稳。",
      "By type, technology development and services together made up nearly nine tenths of the total, while transfer and consulting grew steadily."),
    Term(
      "企业作为技术创新主体的地位进一步巩固，输出和吸纳技术的规模均创历史新高。",
      "Enterprises consolidated their place at the centre of innovation, selling and buying more technology than ever before."),
    Term(
      "高等院校和科研机构的技术输出保持平稳增长，产学研合作更加紧密，科技成果加速向现实生产力转化。",
      "Universities and research institutes sold technology at a steady pace, and closer ties with industry turned research results into production faster."),
    Term(
      "区域技术交易格局进一步优化，东部地区保持领先，中西部地区增速加快，技术要素跨区域流动更加活跃。",
      "The regional pattern improved further: the east stayed ahead, the centre and west grew faster, and technology moved more freely between regions."),
    Term(
      "知识产权类技术合同成交额占比稳步提高，专利和技术秘密仍是交易的主要标的。",
      "Contracts involving intellectual property took a steadily larger share, with patents and technical secrets still the main objects of trade."),
    Term(
      "重点领域技术交易规模持续扩大，电子信息、先进制造和城市建设与社会发展领域位居前列。",
      "Trade in key fields kept expanding, led by electronic information, advanced manufacturing, and urban construction and social development."),
  ]

  /// Two filler sentences chosen by `random`.
  static func fill(_ random: inout SeededRandom) -> Term {
    let a = random.pick(fillers)
    let b = random.pick(fillers)
    return Term(a.zh + b.zh, a.en + " " + b.en)
  }

  /// A paragraph introducing a placed table through its first row.
  static func aboutTable(_ table: TablePlan, _ random: inout SeededRandom) -> Block {
    let row = table.rows[0]
    let amount = Figures.fixed(row.amount2019, decimals: 2)
    let growth = Figures.fixed(table.growth(row), decimals: 2)
    let rest = fill(&random)
    let cell = "\(table.id)/\(row.label.zh)"
    return .paragraph([
      .text(Term("\(row.label.zh)技术合同成交额为", "Turnover for \(row.label.en) came to ")),
      .figure("\(cell)/amount_2019 \"unit\"", Term("\(amount)亿元", "\(amount) 100 million yuan")),
      .text(Term("，比上年增长", ", ")),
      .figure("\(cell)/growth \"unit\"", Term("\(growth)%", "\(growth)%")),
      .text(Term("，合同数", " more than the year before, from ")),
      .figure("\(cell)/count_2019 \"unit\"", Term("\(row.count2019)项", "\(row.count2019) contracts")),
      .text(Term("（", " (")),
      .reference(table.id),
      .text(Term("）。" + rest.zh, "). " + rest.en)),
    ])
  }

  /// A paragraph pointing at a chart.
  static func aboutChart(_ chart: ChartPlan, _ random: inout SeededRandom) -> Block {
    let rest = fill(&random)
    return .paragraph([.text(Term("如", "As ")), .reference(chart.id), .text(Term("所示，" + rest.zh, " shows, " + rest.en.lowercasedFirst))])
  }
}

extension String {
  /// The string with its first letter in lower case (`Patents` → `patents`).
  var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
