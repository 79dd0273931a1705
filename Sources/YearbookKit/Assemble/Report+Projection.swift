import Markdown

extension Report {
  /// This report with only what a page of `languages` reads: their chapters as the
  /// navigation shows them (no body; summaries only for the cover), `chapter` in full, the
  /// tables and charts named, the glossary only when labels get translated, no assets.
  func projection(
    languages: [Language], chapter: Chapter? = nil, summaries: Bool = false, tables: Set<String> = [], charts: Set<String> = [],
    glossary: Bool = false
  ) -> Report {
    var report = self
    report.chapters = chapters.compactMap { other in
      if other == chapter { return other }
      guard languages.contains(other.language) else { return nil }
      var entry = other
      entry.body = .document([])
      if !summaries { entry.summary = "" }
      return entry
    }
    report.tables = self.tables.filter { tables.contains($0.key) }
    report.charts = self.charts.filter { charts.contains($0.key) }
    if !glossary { report.glossary = Glossary() }
    report.assets = [:]
    return report
  }
}
