import Markdown

/// The revisions of `revisions.yaml` that name a cell, newest first, with the cells they
/// revised: what marks a revised figure wherever it is shown and lists it on the revisions
/// page. Findings about the entries themselves are `RevisionIndex.check`'s. Pure.
public struct RevisionIndex: Sendable, Equatable {
  /// One revision of a cell that exists.
  public struct Entry: Sendable, Equatable {
    /// The revision as written.
    public var revision: Revision
    /// Its element id on the revisions page (`revision-1` is the newest).
    public var anchor: String
    /// The table revised.
    public var table: Table
    /// Row index of the cell.
    public var row: Int
    /// Column index of the cell.
    public var column: Int
    /// The figure as published before.
    public var was: Double
    /// The decimals it was published with.
    public var wasDecimals: Int
    /// The cell as it is now.
    public var cell: Cell { table.rows[row].cells[column] }
  }

  /// A cell: table id, row index, column index.
  struct CellKey: Hashable {
    var table: String
    var row: Int
    var column: Int
  }

  /// The revisions that name a cell, newest first (by date, then as written).
  public private(set) var entries: [Entry] = []
  /// The newest revision of each revised cell, by index in `entries`.
  private var newest: [CellKey: Int] = [:]

  /// The day of the newest revision, nil when there is none.
  public var lastRevised: String? { entries.first?.revision.date }
  /// True when nothing was revised.
  public var isEmpty: Bool { entries.isEmpty }

  /// Indexes the revisions of `report` that name a cell.
  public init(_ report: Report) {
    guard !report.revisions.isEmpty else { return }
    let locator = CellLocator(report: report)
    var found: [(Revision, CellLocator.Found, (value: Double, decimals: Int))] = []
    for revision in report.revisions {
      guard case .success(let cell) = locator.find(table: revision.table, row: revision.row, column: revision.column),
        let was = NumberText.parse(revision.was)
      else { continue }
      found.append((revision, cell, was))
    }
    // Newest first; one day's revisions in the order written (the sort is stable).
    let ordered = found.enumerated().sorted { a, b in
      a.element.0.date != b.element.0.date ? a.element.0.date > b.element.0.date : a.offset < b.offset
    }
    for (n, item) in ordered.enumerated() {
      let (revision, cell, was) = item.element
      entries.append(
        Entry(
          revision: revision, anchor: "revision-\(n + 1)", table: cell.table, row: cell.row, column: cell.column, was: was.value,
          wasDecimals: was.decimals))
      let key = CellKey(table: cell.table.id, row: cell.row, column: cell.column)
      if newest[key] == nil { newest[key] = n }
    }
  }

  /// The newest revision of a cell, if it was revised.
  public func entry(table: String, row: Int, column: Int) -> Entry? {
    newest[CellKey(table: table, row: row, column: column)].map { entries[$0] }
  }

  /// The marks of the revised cells of `table` in `language`, by row index and column index.
  func marks(_ table: String, _ language: Language) -> [Int: [Int: String]] {
    var marks: [Int: [Int: String]] = [:]
    for (key, index) in newest where key.table == table {
      marks[key.row, default: [:]][key.column] = mark(entries[index], language)
    }
    return marks
  }

  /// The mark after a revised figure: a superscript link to its entry on the revisions page
  /// (in the same folder as every page of the language), titled with the date and the figure
  /// it replaced.
  func mark(_ entry: Entry, _ language: Language) -> String {
    let words = Words(language)
    let was = NumberFormat.format(entry.was, decimals: entry.wasDecimals, language)
    return
      "<sup class=\"revision-mark\"><a href=\"revisions.html#\(entry.anchor)\" title=\"\(escapeHTML(words.revisedOn(entry.revision.date, was: was)))\">\(escapeHTML(words.revisionMark))</a></sup>"
  }

  /// The mark of a cell in `language`, "" when it was not revised.
  func mark(table: String, row: Int, column: Int, _ language: Language) -> String {
    entry(table: table, row: row, column: column).map { mark($0, language) } ?? ""
  }
}

extension RevisionIndex {
  /// An entry that names no cell is an error (`revision-target`, a dangling revision); one
  /// whose `was` is the figure printed now is an error (`stale-revision`), like an erratum
  /// that answers no finding.
  public static func check(_ report: Report) -> [Diagnostic] {
    let locator = CellLocator(report: report)
    var diagnostics: [Diagnostic] = []
    for revision in report.revisions {
      switch locator.find(table: revision.table, row: revision.row, column: revision.column) {
      case .failure(let problem):
        diagnostics.append(Diagnostic(.error, at: revision.location, rule: "revision-target", "revision: \(problem.message)"))
      case .success(let found):
        guard let now = found.cell.number, let was = NumberText.parse(revision.was) else { continue }
        let decimals = max(found.cell.decimals, was.decimals)
        if NumberFormat.format(now, decimals: decimals, .zh) == NumberFormat.format(was.value, decimals: decimals, .zh) {
          diagnostics.append(
            Diagnostic(
              .error, at: revision.location, rule: "stale-revision",
              "this revision's 'was' (\(revision.was)) is the figure \(found.table.id) prints now (\(found.cell.location)): if the figure was not changed, remove the revision"
            ))
        }
      }
    }
    return diagnostics
  }
}
