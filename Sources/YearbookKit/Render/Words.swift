/// The interface's fixed words in each language, in one place.
public struct Words: Sendable {
  /// The language.
  public let language: Language
  /// Makes the words for `language`.
  public init(_ language: Language) { self.language = language }

  private var zh: Bool { language == .zh }

  /// 图 2–1 / Figure 2-1.
  public func figure(_ part: Int, _ n: Int) -> String { zh ? "图 \(part)–\(n)" : "Figure \(part)-\(n)" }
  /// 表 2–1 / Table 2-1.
  public func table(_ part: Int, _ n: Int) -> String { zh ? "表 \(part)–\(n)" : "Table \(part)-\(n)" }
  /// 附表 5 / Appendix Table 5.
  public func appendixTable(_ n: Int) -> String { zh ? "附表 \(n)" : "Appendix Table \(n)" }
  /// Unit caption.
  public func unit(_ unit: String) -> String { zh ? "单位：\(unit)" : "Unit: \(unit)" }
  /// Source caption.
  public func source(_ text: String) -> String { zh ? "资料来源：\(text)" : "Source: \(text)" }
  /// Note caption.
  public func note(_ text: String) -> String { zh ? "注：\(text)" : "Note: \(text)" }
  /// Footnote for an inconsistency of the source, acknowledged in errata.yaml.
  public func sourceInconsistency(_ text: String) -> String { zh ? "原资料数据不一致：\(text)" : "Inconsistency in the source: \(text)" }
  /// Download link text.
  public var downloadCSV: String { zh ? "下载数据（CSV）" : "Download data (CSV)" }
  /// Summary of the data table under a chart.
  public var chartData: String { zh ? "查看图表数据" : "Show the data" }
  /// Title of a missing value.
  public var notInSource: String { zh ? "资料中未列出" : "not given in the source" }
  /// Marker for derived values.
  public var derived: String { zh ? "推算" : "derived" }
  /// Footnote for derived columns (or series), listed as the language lists: 、 or a comma.
  public func derivedNote(_ columns: [String]) -> String {
    let list = columns.joined(separator: zh ? "、" : ", ")
    return zh
      ? "标 * 的数值（\(list)）由本站根据资料中的数值推算，非原资料所载。"
      : "Values marked * (\(list)) are derived by this edition from figures in the source; they are not printed there."
  }
  /// Chart words.
  public var other: String { zh ? "其他" : "Other" }
  /// No data.
  public var noData: String { zh ? "无数据" : "no data" }
  /// The data table's label column header in a chart.
  public var category: String { zh ? "类别" : "Category" }
  /// Table of contents heading.
  public var contents: String { zh ? "本章目录" : "On this page" }
  /// Previous chapter.
  public var previous: String { zh ? "上一章" : "Previous" }
  /// Next chapter.
  public var next: String { zh ? "下一章" : "Next" }
  /// Skip link.
  public var skipToContent: String { zh ? "跳到正文" : "Skip to content" }
  /// The chapters list heading.
  public var chapters: String { zh ? "目录" : "Contents" }
  /// Key figures heading.
  public var keyFigures: String { zh ? "年度主要数据" : "Key figures" }
  /// Year-on-year change.
  public func change(_ formatted: String, up: Bool) -> String {
    zh ? "同比\(up ? "增长" : "下降") \(formatted)%" : "\(up ? "+" : "")\(formatted)% year on year"
  }
  /// Part N.
  public func part(_ n: Int) -> String {
    let numerals = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    return zh ? "第\(n < numerals.count ? numerals[n] : String(n))部分" : "Part \(n)"
  }
  /// Filter box label.
  public var filter: String { zh ? "筛选机构名称" : "Filter by name" }
  /// Count of items.
  public func count(_ n: Int) -> String { zh ? "\(n) 家" : n == 1 ? "1 agency" : "\(n) agencies" }
  /// Site navigation label.
  public var siteNavigation: String { zh ? "全书目录" : "Report contents" }
  /// Language switch label.
  public var otherLanguage: String { zh ? "English" : "中文" }
  /// Draft marker.
  public var draft: String { zh ? "草稿" : "Draft" }
  /// Not-found page text.
  public var notFound: String { zh ? "未找到该页面。" : "This page could not be found." }
  /// Home link.
  public var home: String { zh ? "封面" : "Cover" }
  /// The superscript after a revised figure.
  public var revisionMark: String { zh ? "修" : "r" }
  /// The revision mark's title: when, and what the figure was.
  public func revisedOn(_ date: String, was: String) -> String { zh ? "\(date)修订，原为\(was)" : "Revised on \(date); was \(was)" }
  /// The revisions page's title.
  public var revisions: String { zh ? "数据修订记录" : "Revisions" }
  /// What the revisions page lists.
  public var revisionsIntro: String {
    zh
      ? "以下数据在本报告发布后作了修订，最近的修订在前。修订过的数据在各处均标有“修”字。"
      : "These figures were revised after the report was published, the latest first. Each revised figure is marked r wherever it is shown."
  }
  /// The revisions page's heading of a revised figure's row.
  public var revisionRow: String { zh ? "行" : "Row" }
  /// … of its column.
  public var revisionColumn: String { zh ? "列" : "Column" }
  /// … of the figure before and after.
  public var revisionChange: String { zh ? "原数据 → 现数据" : "Was → now" }
  /// … of the reason.
  public var revisionReason: String { zh ? "修订原因" : "Reason" }
  /// The cover's line on the last revision.
  public func lastRevised(_ date: String) -> String { zh ? "最近修订：\(date)" : "Last revised: \(date)" }
  /// The search box's name.
  public var search: String { zh ? "搜索" : "Search" }
  /// The search box's hint.
  public var searchHint: String { zh ? "搜索全书（按 / 键）" : "Search the report (press /)" }
  /// The count of results, `{n}` standing for the number (filled in by search.js).
  public var searchCount: String { zh ? "找到 {n} 条结果" : "{n} results" }
  /// The count when only the first results are listed.
  public var searchCountShown: String { zh ? "找到 {n} 条结果，列出前 {shown} 条" : "{n} results, the first {shown} listed" }
  /// One result.
  public var searchCountOne: String { zh ? "找到 1 条结果" : "1 result" }
  /// No result.
  public var searchNone: String { zh ? "没有找到结果" : "No results" }
  /// Shown while the index loads, and when it cannot.
  public var searchUnavailable: String { zh ? "搜索索引未能加载" : "The search index could not be loaded" }
}
