/// HTML written into one growing buffer of UTF-8 bytes. A table writes a few pieces per cell:
/// string interpolation made a temporary `String` for each piece, and `String.append` costs
/// several hundred instructions a call where copying bytes onto an array costs about one hundred.
struct HTMLBuffer {
  /// What has been written.
  private(set) var bytes: [UInt8] = []

  /// An empty buffer with room for about `capacity` bytes.
  init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// Appends `html` as it is.
  mutating func append(_ html: String) {
    var html = html
    // Contiguous UTF-8 (literals and native strings already are): copied as one block, which
    // the generic `append(contentsOf: html.utf8)` is not.
    html.withUTF8 { bytes.append(contentsOf: $0) }
  }

  /// Appends `text` escaped for element content and double-quoted attributes, as `escapeHTML`
  /// writes it.
  mutating func appendEscaped(_ text: String) {
    var text = text
    text.withUTF8 { utf8 in
      // Runs without any of the five characters are copied whole.
      var start = 0
      for i in utf8.indices {
        let entity: StaticString
        switch utf8[i] {
        case UInt8(ascii: "&"): entity = "&amp;"
        case UInt8(ascii: "<"): entity = "&lt;"
        case UInt8(ascii: ">"): entity = "&gt;"
        case UInt8(ascii: "\""): entity = "&quot;"
        case UInt8(ascii: "'"): entity = "&#39;"
        default: continue
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
        entity.withUTF8Buffer { bytes.append(contentsOf: $0) }
        start = i + 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
    }
  }

  /// Appends one byte of UTF-8.
  mutating func appendByte(_ byte: UInt8) {
    bytes.append(byte)
  }

  /// Reverses the bytes written since `start`.
  mutating func reverseBytes(from start: Int) {
    // Through the buffer: reversing `bytes[start...]` copies the slice out and back.
    bytes.withUnsafeMutableBufferPointer { buffer in
      var (i, j) = (start, buffer.count - 1)
      while i < j {
        buffer.swapAt(i, j)
        i += 1
        j -= 1
      }
    }
  }

  /// Puts U+2212 MINUS SIGN before the bytes written since `start`.
  mutating func insertMinus(at start: Int) {
    bytes.insert(contentsOf: "\u{2212}".utf8, at: start)
  }

  /// Appends `number` (not negative) in decimal digits.
  mutating func append(_ number: Int) {
    if number >= 10 { append(number / 10) }
    appendByte(UInt8(ascii: "0") + UInt8(number % 10))
  }

  /// The HTML written.
  var html: String { String(decoding: bytes, as: UTF8.self) }
}
