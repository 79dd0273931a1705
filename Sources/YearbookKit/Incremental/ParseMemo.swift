import Foundation

/// Remembers the last parse of each content file, so `IncrementalBuilder` parses again only
/// the files whose text changed. Each entry holds the whole input it was parsed from (the file
/// and the languages or schema), so a hit is an exact equality, never a guess. Safe to use from
/// the parser's concurrent loops.
public final class ParseMemo: @unchecked Sendable {
  private let lock = NSLock()
  private let remembers: Bool
  private var chapters: [String: (SourceFile, [Language], (Chapter?, [Diagnostic]))] = [:]
  private var schemas: [String: (SourceFile, [Language], (SchemaParser.Parsed, [Diagnostic]))] = [:]
  private var tables: [String: (SourceFile, TableSchema, (Table?, [Diagnostic]))] = [:]
  private var templates: ([String: TemplateSource], (TemplateSet, [Diagnostic]))?
  private var site: (SourceFile, (Site?, [Diagnostic]))?
  private var glossary: (SourceFile, (Glossary, [Diagnostic]))?
  private var errata: (SourceFile, String, [Language], ([Erratum], [Diagnostic]))?

  /// Makes an empty memo; one that does not remember just parses (a full build's).
  public init(remembers: Bool = true) {
    self.remembers = remembers
  }

  func chapter(_ file: SourceFile, _ languages: [Language]) -> (Chapter?, [Diagnostic]) {
    if let (f, l, parsed) = lock.withLock({ chapters[file.path] }), Self.same(f, file), l == languages { return parsed }
    let parsed = ChapterParser.parse(file, languages: languages)
    if remembers { lock.withLock { chapters[file.path] = (file, languages, parsed) } }
    return parsed
  }

  func schema(_ file: SourceFile, _ languages: [Language]) -> (SchemaParser.Parsed, [Diagnostic]) {
    if let (f, l, parsed) = lock.withLock({ schemas[file.path] }), Self.same(f, file), l == languages { return parsed }
    let parsed = SchemaParser.parse(file, languages: languages)
    if remembers { lock.withLock { schemas[file.path] = (file, languages, parsed) } }
    return parsed
  }

  func table(_ file: SourceFile, _ schema: TableSchema) -> (Table?, [Diagnostic]) {
    if let (f, s, parsed) = lock.withLock({ tables[file.path] }), Self.same(f, file), s == schema { return parsed }
    let parsed = TableParser.parse(file, schema: schema)
    if remembers { lock.withLock { tables[file.path] = (file, schema, parsed) } }
    return parsed
  }

  /// The site file parsed. Reusing the very values of the last parse also keeps the
  /// dependency graph's comparisons of them to an identity check.
  func site(_ file: SourceFile) -> (Site?, [Diagnostic]) {
    remembered(\.site, file, SiteParser.parse)
  }

  /// The glossary parsed (see `site(_:)`: every page that translates labels compares it).
  func glossary(_ file: SourceFile) -> (Glossary, [Diagnostic]) {
    remembered(\.glossary, file, GlossaryParser.parse)
  }

  /// The errata parsed (see `site(_:)`: every page's inputs hold them, and comparing two
  /// parses of them was a third of comparing the dependency graphs).
  func errata(_ file: SourceFile, contentRoot: String, languages: [Language]) -> ([Erratum], [Diagnostic]) {
    if let (f, root, l, parsed) = lock.withLock({ errata }), Self.same(f, file), root == contentRoot, l == languages { return parsed }
    let parsed = ErrataParser.parse(file, contentRoot: contentRoot, languages: languages)
    if remembers { lock.withLock { errata = (file, contentRoot, languages, parsed) } }
    return parsed
  }

  /// The last parse kept at `slot` when it was of the same bytes, else `parse(file)`.
  private func remembered<Parsed>(
    _ slot: ReferenceWritableKeyPath<ParseMemo, (SourceFile, Parsed)?>, _ file: SourceFile, _ parse: (SourceFile) -> Parsed
  ) -> Parsed {
    if let (f, parsed) = lock.withLock({ self[keyPath: slot] }), Self.same(f, file) { return parsed }
    let parsed = parse(file)
    if remembers { lock.withLock { self[keyPath: slot] = (file, parsed) } }
    return parsed
  }

  /// The templates compiled, again only when one of them changed (compiling them all was a
  /// tenth of a rebuild after a content edit).
  func templates(_ sources: [String: TemplateSource]) -> (TemplateSet, [Diagnostic]) {
    if let (known, made) = lock.withLock({ templates }), known == sources { return made }
    let made = TemplateSet.make(sources)
    if remembers { lock.withLock { templates = (sources, made) } }
    return made
  }

  /// Byte equality: cheaper than `String ==`, which compares canonical equivalence, and stricter
  /// (a file re-saved in another normal form is parsed again, which is harmless).
  private static func same(_ a: SourceFile, _ b: SourceFile) -> Bool {
    guard a.path == b.path, a.text.utf8.count == b.text.utf8.count else { return false }
    var x = a.text
    var y = b.text
    return x.withUTF8 { p in
      y.withUTF8 { q in p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) }
    }
  }
}
