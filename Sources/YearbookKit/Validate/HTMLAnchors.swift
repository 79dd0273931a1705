import Foundation

/// The element ids of an HTML page we produced (`id="…"`, attribute values escaped by us).
enum HTMLAnchors {
  static func ids(in html: String) -> Set<String> {
    var html = html
    return html.withUTF8 { ids(in: $0) }
  }

  /// The ids of a page given as its UTF-8 bytes, scanned in place: the pages that links point
  /// into are read here on every build, after every page is made (no core can share it).
  static func ids(in bytes: [UInt8]) -> Set<String> {
    bytes.withUnsafeBufferPointer { ids(in: $0) }
  }

  /// Each ` id="` is found from its `=`, which `memchr` finds many bytes at a time: a page has
  /// far fewer `=` than bytes (about one in twenty, in the attributes of its charts).
  private static func ids(in bytes: UnsafeBufferPointer<UInt8>) -> Set<String> {
    guard let base = bytes.baseAddress else { return [] }
    let quote = UInt8(ascii: "\"")
    func find(_ byte: UInt8, from start: Int) -> Int? {
      guard start < bytes.count, let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
      return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
    var ids: Set<String> = []
    var next = 0
    while let equals = find(UInt8(ascii: "="), from: next) {
      next = equals + 1
      guard equals >= 3, equals + 1 < bytes.count, bytes[equals + 1] == quote, bytes[equals - 1] == UInt8(ascii: "d"),
        bytes[equals - 2] == UInt8(ascii: "i"), bytes[equals - 3] == UInt8(ascii: " ")
      else { continue }
      let start = equals + 2
      guard let end = find(quote, from: start) else { break }
      ids.insert(unescape(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)))
      next = end + 1
    }
    return ids
  }

  /// The five entities `escapeHTML` writes, and what they stand for.
  private static let entities = ["&quot;": "\"", "&#39;": "'", "&lt;": "<", "&gt;": ">", "&amp;": "&"]

  /// The text of an attribute value we escaped (`escapeHTML` writes these five entities).
  private static func unescape(_ text: String) -> String {
    // A byte test first: most ids have no entity. (A `&` byte that is not a Character `&`
    // finds nothing below, so the text comes back as it was.)
    guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
    var out = ""
    var rest = Substring(text)
    while let amp = rest.firstIndex(of: "&") {
      out += rest[..<amp]
      rest = rest[amp...]
      if let (entity, value) = entities.first(where: { rest.hasPrefix($0.key) }) {
        out += value
        rest = rest.dropFirst(entity.count)
      } else {
        out += "&"
        rest = rest.dropFirst()
      }
    }
    return out + rest
  }
}

extension String {
  /// Percent-decoded, or the text itself when it is not valid percent-encoding.
  var removingPercentEncodingIfValid: String {
    var bytes: [UInt8] = []
    var utf8 = Array(self.utf8)[...]
    while let byte = utf8.popFirst() {
      if byte == UInt8(ascii: "%"), utf8.count >= 2, let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
        bytes.append(value)
        utf8 = utf8.dropFirst(2)
      } else {
        bytes.append(byte)
      }
    }
    return String(validating: bytes, as: UTF8.self) ?? self
  }
}
