import Foundation

/// The element ids of an HTML page we produced (`id="…"`, attribute values escaped by us).
enum HTMLAnchors {
  static func ids(in html: String) -> Set<String> {
    var ids: Set<String> = []
    var rest = Substring(html)
    while let range = rest.range(of: " id=\"") {
      rest = rest[range.upperBound...]
      guard let end = rest.firstIndex(of: "\"") else { break }
      ids.insert(unescape(String(rest[..<end])))
      rest = rest[end...]
    }
    return ids
  }

  private static func unescape(_ text: String) -> String {
    text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
      .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
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
