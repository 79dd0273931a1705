import Foundation

/// The HTML of each table and figure placed in a chapter, remembered with exactly what it was
/// made from, for `IncrementalBuilder`: a page remade after one table changed renders that
/// table again and takes every other table and figure as they were (the appendix places
/// every appendix table, so one table's edit rendered them all again: most of a rebuild). A
/// hit is an equality of inputs, never a guess, so the page is the one a full build makes.
/// Safe to use from pages made side by side.
public final class FragmentMemo: @unchecked Sendable {
  private let lock = NSLock()
  private var fragments: [String: (key: Key, html: HTMLPieces)] = [:]

  /// Makes an empty memo.
  public init() {}

  /// Everything a placed table or figure's HTML is made from.
  struct Key: Equatable {
    var kind: Placement.Kind
    var table: Table
    /// The chart drawn, for a figure.
    var spec: ChartSpec?
    var label: String?
    var anchor: String
    /// The errata notes shown under a table.
    var notes: [String]
    var language: Language
    var glossary: Glossary
    var rootPath: String
    /// The revision marks of its figures.
    var marks: [Int: [Int: String]] = [:]
  }

  /// The HTML remembered for `key`, else `make()`'s, remembered. One entry per placement
  /// (language, anchor and label): a placement's newer HTML replaces its older.
  func html(_ key: Key, _ make: () -> HTMLPieces) -> HTMLPieces {
    let slot = "\(key.language.code) \(key.anchor) \(key.label ?? "")"
    if let known = lock.withLock({ fragments[slot] }), known.key == key { return known.html }
    let html = make()
    lock.withLock { fragments[slot] = (key, html) }
    return html
  }
}
