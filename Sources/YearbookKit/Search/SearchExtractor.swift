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
    guard let start = find("<main", in: html, from: 0) else { return [] }
    var i = start
    var textStart = i
    while i < html.count {
      guard html[i] == UInt8(ascii: "<") else {
        i += 1
        continue
      }
      if i > textStart { scan.text(html[textStart..<i]) }
      // Comments are passed whole; any other tag ends at its first `>` (ours quote no `>`).
      if i + 3 < html.count && html[i + 1] == UInt8(ascii: "!") && html[i + 2] == UInt8(ascii: "-") && html[i + 3] == UInt8(ascii: "-") {
        i = find("-->", in: html, from: i + 4).map { $0 + 3 } ?? html.count
      } else {
        let end = find(">", in: html, from: i) ?? html.count
        let tag = Tag(html[(i + 1)..<end])
        if tag.closing && tag.name == "main" { break }
        scan.tag(tag)
        i = end + 1
        // A chart's drawing (most of a page's tags) is passed whole, up to its end tag.
        if tag.name == "svg" && !tag.closing && !tag.selfClosing { i = find("</svg", in: html, from: i) ?? html.count }
      }
      textStart = i
    }
    return scan.entries
  }

  /// Where `needle` (ASCII) first starts in `bytes` at or after `from`.
  static func find(_ needle: StaticString, in bytes: [UInt8], from: Int) -> Int? {
    needle.withUTF8Buffer { needle in
      bytes.withUnsafeBufferPointer { bytes in
        var i = from
        while i + needle.count <= bytes.count {
          if bytes[i] == needle[0] {
            var k = 1
            while k < needle.count && bytes[i + k] == needle[k] { k += 1 }
            if k == needle.count { return i }
          }
          i += 1
        }
        return nil
      }
    }
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
        let attribute = Self.attribute(rest[..<end])
        rest = rest[end...]
        var value = ""
        if rest.first == UInt8(ascii: "="), attribute == 0 {
          // A value not kept is passed without making a string of it.
          rest = rest.dropFirst()
          if let quote = rest.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            let close = rest.dropFirst().firstIndex(of: quote) ?? rest.endIndex
            rest = close < rest.endIndex ? rest[rest.index(after: close)...] : rest[close...]
          } else {
            rest = rest[(rest.firstIndex { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") } ?? rest.endIndex)...]
          }
        } else if rest.first == UInt8(ascii: "=") {
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
        case 1: id = SearchText.decoded(value)
        case 2: classes = value.split(separator: " ")
        case 3: scope = value
        default: break
        }
      }
    }

    /// 1 for `id`, 2 for `class`, 3 for `scope` (in any case), 0 for any other name.
    static func attribute(_ name: ArraySlice<UInt8>) -> Int {
      func equals(_ word: StaticString) -> Bool {
        word.withUTF8Buffer { word in
          name.count == word.count && zip(name, word).allSatisfy { $0 | 0x20 == $1 }
        }
      }
      return equals("id") ? 1 : equals("class") ? 2 : equals("scope") ? 3 : 0
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
      (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }
  }
}
