/// A made-up report of any number of chapters per language, shaped like the real one: per
/// chapter about 6⅓ placed tables and 7⅓ charts (the 2020 report places 44 tables and 51 charts
/// in 7 chapters), about 2,500 characters of Chinese text with cross-references, headings, a
/// list and emphasis, and the real report's mix of chart kinds. Deterministic: the same size
/// gives the same files. Used by the benchmark (`yearbook-bench`) and by the unit tests.
///
/// It only makes text; writing it to disk is the caller's business.
public struct SyntheticReport: Sendable {
  /// Chapters per language.
  public let chapterCount: Int
  /// Whether chapters place charts (the comparison with Hugo leaves them out).
  public let includesCharts: Bool
  /// Every chapter's plan, in order.
  let chapters: [ChapterPlan]

  /// Makes the plan of a report with `chapters` chapters per language.
  public init(chapters: Int, includesCharts: Bool = true) {
    chapterCount = chapters
    self.includesCharts = includesCharts
    self.chapters = (0..<max(0, chapters)).map { ChapterPlan(index: $0 + 1, includesCharts: includesCharts) }
  }

  /// Tables placed per language.
  public var placedTableCount: Int { chapters.reduce(0) { $0 + $1.tables.count } }
  /// Charts placed per language.
  public var chartCount: Int { chapters.reduce(0) { $0 + $1.charts.count } }

  /// The chapter slugs in order.
  public var slugs: [String] { chapters.map(\.slug) }
}
