/// The report as a yearbook `Content/` folder.
extension SyntheticReport {
  /// Every file of the content folder, by path relative to it (`site.yaml`,
  /// `chapters/chapter-0001.zh.md`, `data/c0001-t1.csv`, …).
  public var contentFiles: [String: String] {
    var files: [String: String] = [:]
    files["site.yaml"] = siteYAML
    files["glossary.csv"] = "zh,en\n" + Vocabulary.glossary.map { "\(Self.csvField($0.zh)),\(Self.csvField($0.en))\n" }.joined()
    files["data/key-figures.yaml"] = """
      title: {zh: "2019年主要指标", en: "Key figures, 2019"}
      columns:
        - {key: item, label: {zh: 指标, en: Indicator}, kind: label}
        - {key: value, label: {zh: 数值, en: Value}, kind: decimal}
        - {key: unit, label: {zh: 单位, en: Unit}, kind: label}
        - {key: growth, label: {zh: 同比增长, en: Year-on-year growth}, kind: percent}

      """
    let units = Vocabulary.units
    let keys = Vocabulary.keyFigures
    files["data/key-figures.csv"] = "item,value,unit,growth\n\(keys[0].zh),484077,\(units[0].zh),17.5\n\(keys[1].zh),22398.4,\(units[1].zh),26.6\n\(keys[2].zh),462.7,\(units[2].zh),7.7\n"
    for chapter in chapters {
      for language in ["zh", "en"] {
        files["chapters/\(chapter.slug).\(language).md"] = markdown(chapter, language)
      }
      for table in chapter.tables + chapter.dataTables {
        files["data/\(table.id).yaml"] = schema(table)
        files["data/\(table.id).csv"] = csv(table)
      }
    }
    return files
  }

  var siteYAML: String {
    """
    title: {zh: "合成年报（\(chapterCount)部分）", en: "Synthetic report (\(chapterCount) parts)"}
    subtitle: {zh: 用于性能测试的合成内容, en: Synthetic content for benchmarks}
    year: 2019
    languages: [zh, en]
    chapters: [\(chapters.map(\.slug).joined(separator: ", "))]
    key_figures: key-figures

    """
  }

  func markdown(_ chapter: ChapterPlan, _ language: String) -> String {
    var text = "---\ntitle: \"\(chapter.title.text(language))\"\ntemplate: \(chapter.template)\npart: \(chapter.index)\n"
    text += "summary: \"\(chapter.summary.text(language))\"\n---\n"
    for block in chapter.blocks {
      switch block {
      case .paragraph(let inlines): text += "\n" + Self.inline(inlines, language) + "\n"
      case .heading(let level, let term): text += "\n" + String(repeating: "#", count: level) + " " + term.text(language) + "\n"
      case .list(let items): text += "\n" + items.map { "- " + Self.inline($0, language) + "\n" }.joined()
      case .table(let id): text += "\n```table\n\(id)\n```\n"
      case .chart(let id): text += "\n```chart\n\(id)\n```\n"
      }
    }
    return text
  }

  /// `inlines` as Markdown; figures quoted from their cells unless `quotesFigures` is false.
  static func inline(
    _ inlines: [Inline], _ language: String, reference: (String) -> String = { "[](#\($0))" }, quotesFigures: Bool = true
  ) -> String {
    inlines.map { inline in
      switch inline {
      case .text(let term): term.text(language)
      case .strong(let term): "**\(term.text(language))**"
      case .reference(let id): reference(id)
      case .figure(let target, let printed): quotesFigures ? "[](#\(target))" : printed.text(language)
      }
    }.joined()
  }

  func schema(_ table: TablePlan) -> String {
    var yaml = "title: {zh: \"\(table.family.title.zh)\", en: \"\(table.family.title.en)\"}\n"
    yaml += "source: {zh: 合成数据, en: Synthetic data}\n"
    yaml += "columns:\n"
    yaml += "  - {key: item, label: {zh: \"\(table.family.header.zh)\", en: \"\(table.family.header.en)\"}, kind: label}\n"
    switch table.shape {
    case .placed:
      yaml += "  - {key: role, kind: role}\n"
      for year in ["2018", "2019"] {
        let group = "group: {zh: \"\(year)年\", en: \"\(year)\"}"
        yaml += "  - {key: count_\(year), label: {zh: 合同数, en: Contracts}, kind: integer, unit: {zh: 项, en: contracts}, \(group)}\n"
        yaml += "  - {key: amount_\(year), label: {zh: 成交额, en: Turnover}, kind: decimal, unit: {zh: 亿元, en: 100 million yuan}, \(group)}\n"
      }
      yaml += "  - {key: growth, label: {zh: 成交额增长, en: Turnover growth}, kind: percent}\n"
      yaml += "  - {key: share, label: {zh: 成交额占比, en: Share of turnover}, kind: percent}\n"
      yaml += "checks:\n  sum: [count_2018, amount_2018, count_2019, amount_2019]\n"
      yaml += "  share: {share: amount_2019}\n  growth: {growth: [amount_2018, amount_2019]}\n"
    case .chartData:
      yaml += "  - {key: amount, label: {zh: 成交额, en: Turnover}, kind: decimal, unit: {zh: 亿元, en: 100 million yuan}}\n"
      yaml += "  - {key: share, label: {zh: 占比, en: Share}, kind: percent}\n"
      yaml += "checks:\n  share: {share: amount}\n"
    }
    if !table.charts.isEmpty { yaml += "charts:\n" }
    for chart in table.charts {
      yaml += "  - id: \(chart.id)\n    kind: \(chart.kind)\n"
      yaml += "    title: {zh: \"\(chart.title.zh)\", en: \"\(chart.title.en)\"}\n"
      yaml += "    category: item\n    series: [\(chart.series.joined(separator: ", "))]\n"
      if chart.limit != nil || chart.kind == "hbar" { yaml += "    sort: descending\n" }
      if let limit = chart.limit { yaml += "    limit: \(limit)\n" }
    }
    return yaml
  }

  /// A CSV field, quoted when it holds a comma or a quote (RFC 4180).
  static func csvField(_ text: String) -> String {
    text.contains(",") || text.contains("\"") ? "\"" + String(text.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] }) + "\"" : text
  }

  func csv(_ table: TablePlan) -> String {
    switch table.shape {
    case .placed:
      var text = "item,role,count_2018,amount_2018,count_2019,amount_2019,growth,share\n"
      for row in table.rows {
        text += "\(row.label.zh),\(row.role),\(row.count2018),\(Figures.fixed(row.amount2018, decimals: 2)),"
        text += "\(row.count2019),\(Figures.fixed(row.amount2019, decimals: 2)),"
        text += "\(Figures.fixed(table.growth(row), decimals: 2)),\(Figures.fixed(table.share(row), decimals: 2))\n"
      }
      return text
    case .chartData:
      return "item,amount,share\n"
        + table.rows.map { "\($0.label.zh),\(Figures.fixed($0.amount2019, decimals: 2)),\(Figures.fixed(table.share($0), decimals: 1))\n" }.joined()
    }
  }
}
