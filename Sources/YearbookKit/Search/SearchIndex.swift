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
    var counted: [SearchTokenizer.Key: [Int]] = [:]
    for (n, entry) in entries.enumerated() {
      SearchTokenizer.forEachKey(entry.text) { key in
        if counted[key]?.last != n { counted[key, default: []].append(n) }
      }
    }
    var postings: [String: [Int]] = [:]
    postings.reserveCapacity(counted.count)
    for (key, list) in counted { postings[key.term] = list }
    self.postings = postings
  }

  /// Indexes the chapter pages `pages` (file name and HTML), given in reading order.
  static func make(language: String, pages: [(name: String, html: [UInt8])]) -> SearchIndex {
    SearchIndex(language: language, entries: pages.flatMap { SearchExtractor.entries(page: $0.name, html: $0.html) })
  }

  /// The index as a script that adds it to the global `yearbookSearch` under its language:
  /// a page loads it with a `<script>` element, which works from `file://` where `fetch` does
  /// not. Targets (page, anchor, place: shared by the rows of a table, the paragraphs of a
  /// section) and pages are written once each and entries point to them by number, as
  /// `[target, kind, text]`; a posting list is its gaps in base 36, joined by dots. Terms are
  /// sorted, so the same pages always give the same bytes.
  var script: String { String(decoding: scriptBytes, as: UTF8.self) }

  /// `script`, as the bytes written.
  var scriptBytes: [UInt8] {
    var pages: [String: Int] = [:]
    var pageList: [String] = []
    var targets: [String: Int] = [:]
    var out: [UInt8] = []
    out.reserveCapacity(entries.reduce(4096) { $0 + $1.text.utf8.count + 16 } + postings.count * 24)
    out += "window.yearbookSearch=window.yearbookSearch||{};\nwindow.yearbookSearch[".utf8
    SearchText.appendLiteral(language, to: &out)
    out += "]={\ntargets:[".utf8
    var rows: [UInt8] = []
    for entry in entries {
      let page = pages[entry.page] ?? pageList.count
      if page == pageList.count {
        pages[entry.page] = page
        pageList.append(entry.page)
      }
      var target: [UInt8] = Array("[\(page),".utf8)
      SearchText.appendLiteral(entry.anchor, to: &target)
      target.append(UInt8(ascii: ","))
      SearchText.appendLiteral(entry.place, to: &target)
      target.append(UInt8(ascii: "]"))
      let key = String(decoding: target, as: UTF8.self)
      let number = targets[key] ?? targets.count
      if number == targets.count {
        targets[key] = number
        out += number == 0 ? "\n".utf8 : ",\n".utf8
        out += target
      }
      rows += rows.isEmpty ? "\n[".utf8 : ",\n[".utf8
      rows += "\(number),\(entry.kind.rawValue),".utf8
      SearchText.appendLiteral(entry.text, to: &rows)
      rows.append(UInt8(ascii: "]"))
    }
    out += "],\npages:[".utf8
    for (i, page) in pageList.enumerated() {
      if i > 0 { out.append(UInt8(ascii: ",")) }
      SearchText.appendLiteral(page, to: &out)
    }
    out += "],\nentries:[".utf8
    out += rows
    out += "],\nterms:{".utf8
    // Sorted by their UTF-8 bytes: the same order on every machine, and no Unicode collation.
    let terms = postings.keys.map { (bytes: Array($0.utf8), term: $0) }.sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
    for (i, term) in terms.enumerated() {
      out += i == 0 ? "\n".utf8 : ",\n".utf8
      SearchText.appendLiteral(term.term, to: &out)
      out += ":\"".utf8
      var previous = 0
      for (j, n) in postings[term.term]!.enumerated() {
        if j > 0 { out.append(UInt8(ascii: ".")) }
        Self.appendBase36(n - previous, to: &out)
        previous = n
      }
      out.append(UInt8(ascii: "\""))
    }
    out += "}};\n".utf8
    return out
  }

  /// `value` (not negative) in base 36, lower case, as `String(value, radix: 36)` writes it.
  static func appendBase36(_ value: Int, to out: inout [UInt8]) {
    let digits = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)
    var reversed: [UInt8] = []
    var rest = value
    repeat {
      reversed.append(digits[rest % 36])
      rest /= 36
    } while rest > 0
    out += reversed.reversed()
  }
}
