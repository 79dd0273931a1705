/// The search index of one language: the entries of its chapter pages, in reading order, and
/// for every term (`SearchTokenizer`) the entries that hold it. Pure: pages in, script out.
struct SearchIndex: Equatable, Sendable {
  /// The language's code, the key the script stores the index under.
  var language: String
  /// Every entry, in reading order; a posting is a position in this list.
  var entries: [SearchEntry]
  /// Term → the positions of the entries holding it, ascending.
  var postings: [String: [Int]]

  /// Indexes `entries`.
  init(language: String, entries: [SearchEntry]) {
    self.language = language
    self.entries = entries
    var postings: [String: [Int]] = [:]
    for (n, entry) in entries.enumerated() {
      for term in Set(SearchTokenizer.terms(entry.text)) { postings[term, default: []].append(n) }
    }
    self.postings = postings
  }

  /// Indexes the chapter pages `pages` (file name and HTML), given in reading order.
  static func make(language: String, pages: [(name: String, html: [UInt8])]) -> SearchIndex {
    SearchIndex(language: language, entries: pages.flatMap { SearchExtractor.entries(page: $0.name, html: $0.html) })
  }

  /// The index as a script that adds it to the global `yearbookSearch` under its language:
  /// a page loads it with a `<script>` element, which works from `file://` where `fetch` does
  /// not. Pages and targets (page, anchor, place: shared by the rows of a table, the
  /// paragraphs of a section) are written once each and entries point to them by number, as
  /// `[target, kind, text]`; a posting list is its gaps in base 36, joined by dots. Keys are
  /// sorted, so the same pages always give the same bytes.
  var script: String {
    var pages: [String: Int] = [:]
    var targets: [String: Int] = [:]
    var targetList: [String] = []
    var rows: [String] = []
    rows.reserveCapacity(entries.count)
    for entry in entries {
      let page = pages[entry.page] ?? pages.count
      pages[entry.page] = page
      let target = "[\(page),\(SearchText.literal(entry.anchor)),\(SearchText.literal(entry.place))]"
      let number = targets[target] ?? targetList.count
      if number == targetList.count {
        targets[target] = number
        targetList.append(target)
      }
      rows.append("[\(number),\(entry.kind.rawValue),\(SearchText.literal(entry.text))]")
    }
    let pageList = pages.sorted { $0.value < $1.value }.map(\.key)
    let terms = postings.keys.sorted().map { term -> String in
      var previous = 0
      let gaps = postings[term]!.map { n -> String in
        defer { previous = n }
        return String(n - previous, radix: 36)
      }
      return "\(SearchText.literal(term)):\"\(gaps.joined(separator: "."))\""
    }
    let key = SearchText.literal(language)
    return "window.yearbookSearch=window.yearbookSearch||{};\nwindow.yearbookSearch[\(key)]={\n"
      + "pages:[\(pageList.map(SearchText.literal).joined(separator: ","))],\n"
      + "targets:[\n\(targetList.joined(separator: ",\n"))],\n"
      + "entries:[\n\(rows.joined(separator: ",\n"))],\n"
      + "terms:{\n\(terms.joined(separator: ",\n"))}};\n"
  }
}
