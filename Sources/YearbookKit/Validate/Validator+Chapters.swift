extension Validator {
  /// Every chapter in the site's order exists in every language, and all languages place the
  /// same tables and charts in the same order.
  static func chapters(_ report: Report) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let site = report.site
    for slug in site.chapterOrder {
      for language in site.languages where report.chapter(slug, language) == nil {
        diagnostics.append(Diagnostic(.error, at: site.location, rule: "missing-chapter", "chapter '\(slug)' has no \(language.code) version (chapters/\(slug).\(language.code).md)"))
      }
    }
    for chapter in report.chapters where !site.chapterOrder.contains(chapter.slug) {
      diagnostics.append(Diagnostic(.warning, at: chapter.location, rule: "unlisted-chapter", "chapter '\(chapter.slug)' is not listed in site.yaml's chapters, so it is not published"))
    }
    guard let first = site.languages.first else { return diagnostics }
    for chapter in report.chapters where chapter.language == first {
      let reference = PlacementPlanner.placements(in: chapter, report: report)
      for language in site.languages.dropFirst() {
        guard let other = report.chapter(chapter.slug, language) else { continue }
        let placements = PlacementPlanner.placements(in: other, report: report)
        let a = reference.map { "\($0.kind.rawValue) \($0.id)" }
        let b = placements.map { "\($0.kind.rawValue) \($0.id)" }
        guard a != b else { continue }
        let i = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        let at = i < placements.count ? placements[i].location : other.location
        let expected = i < a.count ? a[i] : "nothing more"
        let found = i < b.count ? b[i] : "nothing more"
        diagnostics.append(Diagnostic(.error, at: at, rule: "placement-mismatch", "\(language.code) places \(found) where \(first.code) places \(expected) (\(chapter.location.path))"))
      }
    }
    // Every language's chapter on its own: a table placed twice is reported in each.
    for chapter in report.chapters {
      var seen: [String: Placement] = [:]
      for p in PlacementPlanner.placements(in: chapter, report: report) where p.kind == .table || p.kind == .chart {
        if let earlier = seen[p.anchor] {
          diagnostics.append(Diagnostic(.error, at: p.location, rule: "duplicate-placement", "\(p.kind.rawValue) '\(p.id)' is already placed in this chapter at line \(earlier.location.line)"))
        }
        seen[p.anchor] = p
      }
    }
    if let id = site.keyFigures, report.tables[id] == nil {
      diagnostics.append(
        Diagnostic(
          .error, at: site.keyFiguresLocation ?? site.location, rule: "unknown-id",
          "key_figures names the table '\(id)', which no data/\(id).yaml declares\(CellLocator.suggestion(id, among: Array(report.tables.keys)))"))
    }
    return diagnostics
  }
}
