/// The same report as a bilingual Hugo site, for the side-by-side benchmark: the same Markdown
/// text, each placed table as a Markdown table under its numbered caption, cross-references as
/// labelled links, the CSVs as static files, and a layout with the same navigation (every
/// chapter listed on every page, language switch, table of contents, previous/next).
/// Charts are left out (Hugo has no equivalent); a chart's reference becomes its label.
extension SyntheticReport {
  /// Every file of the Hugo site, by path relative to its root. The caller adds
  /// `static/assets/` (the yearbook's own CSS and scripts) so both sites copy the same assets.
  public var hugoSite: [String: String] {
    var files: [String: String] = [:]
    files["config.toml"] = hugoConfig
    for (name, text) in HugoLayouts.files { files["layouts/\(name)"] = text }
    for language in ["zh", "en"] {
      files["content/\(language)/_index.md"] = "---\ntitle: \"\(language == "zh" ? "目录" : "Contents")\"\n---\n"
    }
    var labels: [String: (zh: String, en: String, anchor: String, slug: String)] = [:]
    for chapter in chapters {
      for (id, label) in chapter.labels { labels[id] = (label.zh, label.en, label.anchor, chapter.slug) }
    }
    for chapter in chapters {
      for language in ["zh", "en"] {
        files["content/\(language)/\(chapter.slug).md"] = hugoMarkdown(chapter, language, labels: labels)
      }
      for table in chapter.tables + chapter.dataTables {
        files["static/data/\(table.id).csv"] = csv(table)
      }
    }
    return files
  }

  var hugoConfig: String {
    func language(_ code: String, name: String, htmlLang: String, weight: Int, words: [String]) -> String {
      let keys = ["htmllang", "skip", "nav", "contents", "chapters", "previous", "next"]
      var text = "[languages.\(code)]\nlanguageName = \"\(name)\"\nlanguageCode = \"\(htmlLang)\"\ncontentDir = \"content/\(code)\"\nweight = \(weight)\n"
      text += "title = \"\(code == "zh" ? "合成年报（\(chapterCount)部分）" : "Synthetic report (\(chapterCount) parts)")\"\n"
      text += "[languages.\(code).params]\n" + zip(keys, [htmlLang] + words).map { "\($0) = \"\($1)\"\n" }.joined()
      return text
    }
    return """
      baseURL = "http://localhost/"
      relativeURLs = true
      uglyURLs = true
      defaultContentLanguage = "zh"
      defaultContentLanguageInSubdir = true
      disableKinds = ["taxonomy", "term", "RSS", "section"]
      disableHugoGeneratorInject = true

      [markup.goldmark.extensions]
      typographer = true
      [markup.goldmark.renderer]
      unsafe = false
      [markup.goldmark.parser.attribute]
      block = true
      [markup.tableOfContents]
      startLevel = 2
      endLevel = 3


      """
      + language("zh", name: "中文", htmlLang: "zh-Hans", weight: 1, words: ["跳到正文", "全书目录", "本章目录", "目录", "上一章", "下一章"])
      + language("en", name: "English", htmlLang: "en", weight: 2, words: ["Skip to content", "Report contents", "On this page", "Contents", "Previous", "Next"])
  }

  func hugoMarkdown(_ chapter: ChapterPlan, _ language: String, labels: [String: (zh: String, en: String, anchor: String, slug: String)]) -> String {
    let zh = language == "zh"
    let part = zh ? "第\(chapter.index < Vocabulary.numerals.count ? Vocabulary.numerals[chapter.index] : String(chapter.index))部分" : "Part \(chapter.index)"
    var text = "---\ntitle: \"\(chapter.title.text(language))\"\nweight: \(chapter.index)\npart: \"\(part)\"\n"
    text += "summary: \"\(chapter.summary.text(language))\"\n---\n"
    func reference(_ id: String) -> String {
      guard let label = labels[id] else { return id }
      let name = zh ? label.zh : label.en
      if label.anchor.hasPrefix("figure-") { return name }
      let page = label.slug == chapter.slug ? "" : "\(label.slug).html"
      return "[\(name)](\(page)#\(label.anchor))"
    }
    for block in chapter.blocks {
      switch block {
      case .paragraph(let inlines): text += "\n" + Self.inline(inlines, language, reference: reference, quotesFigures: false) + "\n"
      case .heading(let level, let term): text += "\n" + String(repeating: "#", count: level) + " " + term.text(language) + "\n"
      case .list(let items): text += "\n" + items.map { "- " + Self.inline($0, language, reference: reference, quotesFigures: false) + "\n" }.joined()
      case .table(let id):
        let table = chapter.tables.first { $0.id == id }!
        let label = labels[id]!
        text += "\n" + markdownTable(table, language, label: zh ? label.zh : label.en, anchor: label.anchor)
      case .chart: break
      }
    }
    return text
  }

  /// A placed table as a Markdown table: the spanning year headers become part of each
  /// column's header, the total row is bold.
  func markdownTable(_ table: TablePlan, _ language: String, label: String, anchor: String) -> String {
    let zh = language == "zh"
    var text = "**\(label)** \(table.family.title.text(language))\n{#\(anchor)}\n\n"
    let headers =
      zh
      ? [table.family.header.zh, "2018年合同数（项）", "2018年成交额（亿元）", "2019年合同数（项）", "2019年成交额（亿元）", "成交额增长（%）", "成交额占比（%）"]
      : [table.family.header.en, "2018 contracts", "2018 turnover (100 million yuan)", "2019 contracts", "2019 turnover (100 million yuan)", "Turnover growth (%)", "Share of turnover (%)"]
    text += "| " + headers.joined(separator: " | ") + " |\n"
    text += "|:--" + String(repeating: "|--:", count: headers.count - 1) + "|\n"
    for row in table.rows {
      var cells = [
        row.label.text(language), Figures.integer(row.count2018, grouped: !zh), Figures.fixed(row.amount2018, decimals: 2, grouped: !zh),
        Figures.integer(row.count2019, grouped: !zh), Figures.fixed(row.amount2019, decimals: 2, grouped: !zh),
        Figures.fixed(table.growth(row), decimals: 2), Figures.fixed(table.share(row), decimals: 2),
      ]
      if row.role == "total" { cells = cells.map { "**\($0)**" } }
      text += "| " + cells.joined(separator: " | ") + " |\n"
    }
    text += "\n\(zh ? "资料来源：合成数据" : "Source: Synthetic data")\n\n"
    text += "[\(zh ? "下载数据（CSV）" : "Download data (CSV)")](/data/\(table.id).csv)\n"
    return text
  }
}
