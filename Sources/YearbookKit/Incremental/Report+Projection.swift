import Markdown

extension Report {
  /// This report with only what a page of `languages` reads: their chapters as the
  /// navigation shows them (no body; summaries only for the cover), `chapter` in full, the
  /// tables and charts named, the glossary only when labels get translated, no assets.
  /// `navigation`, when given, names the only other chapters the page shows (a long report's
  /// pages list a window of chapters: see `NavigationWindow`).
  func projection(
    languages: [Language], chapter: Chapter? = nil, summaries: Bool = false, tables: Set<String> = [], charts: Set<String> = [],
    glossary: Bool = false, navigation: Set<String>? = nil
  ) -> Report {
    var report = self
    report.chapters = chapters.compactMap { other in
      // A chapter is one slug in one language: found by those, not by comparing whole bodies.
      if let chapter, other.slug == chapter.slug, other.language == chapter.language { return other }
      guard languages.contains(other.language), navigation?.contains(other.slug) ?? true else { return nil }
      var entry = other
      entry.body = .document([])
      if !summaries { entry.summary = "" }
      return entry
    }
    report.tables = Self.picking(tables, from: self.tables)
    report.charts = Self.picking(charts, from: self.charts)
    if !glossary { report.glossary = Glossary() }
    report.assets = [:]
    return report
  }

  /// The entries of `all` named in `keys`: a lookup per name rather than a pass over every
  /// table of the report for every page.
  private static func picking<Value>(_ keys: Set<String>, from all: [String: Value]) -> [String: Value] {
    var picked: [String: Value] = [:]
    picked.reserveCapacity(keys.count)
    for key in keys {
      if let value = all[key] { picked[key] = value }
    }
    return picked
  }
}
