import Foundation
import Markdown

/// Runs the checks of a report (`Validator.check`, the template-key check and the link check)
/// in parts that each read one part of the report, and, for `IncrementalBuilder`, remembers
/// each part's findings with exactly what it read: an edit to a chapter runs again only the
/// checks that read that chapter, an edit to a table only those that read that table. A hit is
/// an equality of inputs, never a guess, so the findings are always the ones a full check
/// gives. A full build's memo (`remembers: false`) only splits the work, which also lets the
/// chapters' checks run side by side.
public final class CheckMemo: @unchecked Sendable {
  let lock = NSLock()
  let remembers: Bool
  var chapterChecks: (key: ChaptersKey, findings: [Diagnostic])?
  var numberChecks: [String: (key: ChaptersKey, findings: [Diagnostic])] = [:]
  var templateChecks: (key: [String: TemplateSource], findings: [Diagnostic])?
  /// Per table: its translation and arithmetic findings (see `CheckMemo+Tables`).
  var tableParts: [String: (table: Table, findings: [Diagnostic])] = [:]
  /// What every table's translation findings also read; a change empties `tableParts`.
  var translationContext: TranslationContext?
  /// Per chart: its reference findings, with the spec and the table it names.
  var chartParts: [String: (spec: ChartSpec, table: Table?, findings: [Diagnostic])] = [:]
  let measureMemo = MeasureMemo()
  /// Per chapter path: the links found in this body (see `CheckMemo+Links`).
  var chapterLinks: [String: (body: MarkdownNode, links: [LinkCollector.Link])] = [:]
  /// Per page: the element ids found in these bytes.
  var anchors: [String: (bytes: [UInt8], ids: Set<String>)] = [:]
  /// The inputs and findings of the last `tableChecks`, for a build that changed no table.
  var lastTableChecks: (key: TablesKey, findings: [Diagnostic])?

  /// Makes an empty memo; one that does not remember just runs the checks.
  public init(remembers: Bool = true) {
    self.remembers = remembers
  }

  /// What the chapter checks read: the chapters (all of them, or one slug's), the site, and of
  /// the tables only which exist and their appendix numbers (the placements' labels).
  struct ChaptersKey: Equatable {
    var site: Site
    var chapters: [Chapter]
    var tableNumbers: [String: Int?]
  }

  /// Every finding of `Validator.check(report)` and `TemplateKeys.check(templates)`.
  func check(_ report: Report, templates: [String: TemplateSource]) -> [Diagnostic] {
    let chaptersKey = ChaptersKey(site: report.site, chapters: report.chapters, tableNumbers: report.tables.mapValues(\.schema.number))
    let tables = tableChecks(report)
    let chapters = remembered(\.chapterChecks, chaptersKey) { Validator.chapters(report) }
    let numbers = bilingualNumbers(report) + Validator.unboundNumbers(report) + RevisionIndex.check(report)
    let templateFindings = remembered(\.templateChecks, templates) { TemplateKeys.check(templates) }
    return tables + chapters + numbers + templateFindings
  }

  /// `Validator.bilingualNumbers`, one chapter (in all its languages) at a time: the check
  /// pairs each chapter only with its own translations, and the most costly of all.
  private func bilingualNumbers(_ report: Report) -> [Diagnostic] {
    let slugs = Array(Set(report.chapters.map(\.slug))).sorted()
    let parts = slugs.concurrentMap { slug -> (String, ChaptersKey, [Diagnostic]) in
      var part = report
      part.chapters = report.chapters.filter { $0.slug == slug }
      // Only the chapters and the site's languages are read; the rest is left out of the key.
      let key = ChaptersKey(site: report.site, chapters: part.chapters, tableNumbers: [:])
      if let cached = lock.withLock({ numberChecks[slug] }), cached.key == key { return (slug, key, cached.findings) }
      return (slug, key, Validator.bilingualNumbers(part))
    }
    if remembers {
      lock.withLock { numberChecks = Dictionary(uniqueKeysWithValues: parts.map { ($0.0, (key: $0.1, findings: $0.2)) }) }
    }
    return parts.flatMap(\.2)
  }

  /// The findings remembered at `slot` when they were made from `key`, else `make()`'s.
  private func remembered<Key: Equatable>(
    _ slot: ReferenceWritableKeyPath<CheckMemo, (key: Key, findings: [Diagnostic])?>, _ key: Key, _ make: () -> [Diagnostic]
  ) -> [Diagnostic] {
    if let cached = lock.withLock({ self[keyPath: slot] }), cached.key == key { return cached.findings }
    let findings = make()
    if remembers { lock.withLock { self[keyPath: slot] = (key, findings) } }
    return findings
  }
}
