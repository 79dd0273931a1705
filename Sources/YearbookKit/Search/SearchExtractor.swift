/// Reads the searchable pieces out of a chapter page as it was rendered.
///
/// The index is made from the finished HTML rather than from the report model: it then holds
/// exactly the words a reader sees (translated row labels, figure numbers, the chronicle's
/// dates) and the very ids the page has, with no second copy of the renderers' rules for
/// anchors and translations, which could drift apart from them. The pages are our own HTML,
/// so a small tag scanner reads them; a chapter's raw HTML, if any, can make its own entries
/// odd but never breaks the scan (every tag is bounded by the page, unknown ones are passed).
enum SearchExtractor {
  /// The entries of the page `page` (a file name such as `provinces.html`) whose HTML is `html`,
  /// in page order; only `<main>` is read, without navigation, charts' SVG and table headers.
  static func entries(page: String, html: [UInt8]) -> [SearchEntry] {
    var scan = Scan(page: page)
    let main = Array("<main".utf8)
    guard let start = html.firstRange(of: main)?.lowerBound else { return [] }
    var i = start
    var textStart = i
    while i < html.count {
      guard html[i] == UInt8(ascii: "<") else {
        i += 1
        continue
      }
      if i > textStart { scan.text(html[textStart..<i]) }
      // Comments are passed whole; any other tag ends at its first `>` (ours quote no `>`).
      if html[i...].starts(with: "<!--".utf8) {
        i = html[(i + 4)...].firstRange(of: Array("-->".utf8))?.upperBound ?? html.count
      } else {
        let end = html[i...].firstIndex(of: UInt8(ascii: ">")) ?? html.count
        let tag = Tag(html[(i + 1)..<end])
        if tag.closing && tag.name == "main" { break }
        scan.tag(tag)
        i = end + 1
        // A chart's drawing (most of a page's tags) is passed whole, up to its end tag.
        if tag.name == "svg" && !tag.closing && !tag.selfClosing {
          i = html[min(i, html.count)...].firstRange(of: Array("</svg".utf8))?.lowerBound ?? html.count
        }
      }
      textStart = i
    }
    return scan.entries
  }

  /// What a tag says, as far as the index cares.
  struct Tag {
    var name = ""
    var closing = false
    var id: String?
    var classes: [Substring] = []
    var scope: String?
    /// Written `<x/>`: never closed.
    var selfClosing = false

    init(_ bytes: ArraySlice<UInt8>) {
      var rest = bytes[...]
      selfClosing = rest.last == UInt8(ascii: "/")
      if rest.first == UInt8(ascii: "/") {
        closing = true
        rest = rest.dropFirst()
      }
      let nameEnd = rest.firstIndex { !Self.isNameByte($0) } ?? rest.endIndex
      name = String(decoding: rest[..<nameEnd], as: UTF8.self).lowercased()
      rest = rest[nameEnd...]
      // Attributes: name="value" (or 'value', or bare); only id, class and scope are kept.
      while let at = rest.firstIndex(where: Self.isNameByte) {
        rest = rest[at...]
        let end = rest.firstIndex { !Self.isNameByte($0) } ?? rest.endIndex
        let attribute = String(decoding: rest[..<end], as: UTF8.self).lowercased()
        rest = rest[end...]
        var value = ""
        if rest.first == UInt8(ascii: "=") {
          rest = rest.dropFirst()
          if let quote = rest.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            let close = rest.dropFirst().firstIndex(of: quote) ?? rest.endIndex
            value = String(decoding: rest[rest.index(after: rest.startIndex)..<close], as: UTF8.self)
            rest = close < rest.endIndex ? rest[rest.index(after: close)...] : rest[close...]
          } else {
            let close = rest.firstIndex { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") } ?? rest.endIndex
            value = String(decoding: rest[..<close], as: UTF8.self)
            rest = rest[close...]
          }
        }
        switch attribute {
        case "id": id = SearchText.decoded(value)
        case "class": classes = value.split(separator: " ")
        case "scope": scope = value
        default: break
        }
      }
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
      (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }
  }
}
