import Markdown

/// One value a page is made from. Pages keep the values themselves rather than file names or
/// hashes, so "did this page's input change?" is a plain equality.
public enum Dependency: Sendable, Equatable {
  /// The part of the report a page reads: the report with what the page provably does not
  /// read taken out (other chapters' bodies, other languages, tables and charts it does not
  /// place, assets). Whatever else the report holds, now or once it grows, stays in, so a new
  /// kind of input can make the graph remake too much but never too little.
  case report(Report)
  /// Whether the chapter exists, published, in the other language (the language switch).
  case counterpart(exists: Bool)
  /// A cross-referenced id and where it is placed, for the link's target and number.
  case reference(String, [ReferenceIndex.Target])
  /// The bytes of a file copied as it is (an asset, a CSV download).
  case bytes([UInt8])
}

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
