/// The element ids of an HTML page we produced (`id="…"`, attribute values escaped by us).
enum HTMLAnchors {
  static func ids(in html: String) -> Set<String> {
    var html = html
    return html.withUTF8 { ids(in: $0) }
  }

  /// The ids of a page given as its UTF-8 bytes, scanned in place: every page of the site is
  /// read here on every build.
  static func ids(in bytes: [UInt8]) -> Set<String> {
    bytes.withUnsafeBufferPointer { ids(in: $0) }
  }

  private static func ids(in bytes: UnsafeBufferPointer<UInt8>) -> Set<String> {
    let marker: [UInt8] = Array(" id=\"".utf8)
    var ids: Set<String> = []
    var i = 0
    while i + marker.count <= bytes.count {
      guard bytes[i] == marker[0], (1..<marker.count).allSatisfy({ bytes[i + $0] == marker[$0] }) else {
        i += 1
        continue
      }
      let start = i + marker.count
      guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) else { break }
      ids.insert(unescape(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)))
      i = end + 1
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
