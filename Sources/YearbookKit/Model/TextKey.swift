import Foundation

/// A string as a dictionary key or sort key, equal (and so hashed) exactly as `String` is,
/// but on its UTF-8 bytes; ordered as `String` is for plain text (see `<`). `String` hashes
/// and compares Chinese text by normalising it scalar by scalar (1,500 to 2,000 instructions
/// a lookup for a short label); most labels are made only of ASCII and CJK ideographs and
/// punctuation, which normalisation leaves as they are and never combines, so their bytes
/// are already the normal form. Any other text is normalised once, when the key is made
/// (NFC, as `String` compares).
public struct TextKey: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The text as given.
  public let text: String
  /// The UTF-8 of its canonical composition (NFC): of `text` itself for plain text. An
  /// array rather than a `String`, whose bytes are reached at a cost on every comparison.
  private let normal: [UInt8]

  /// The key of `text`.
  public init(_ text: String) {
    self.text = text
    normal = Array((TextKey.isPlain(text) ? text : text.precomposedStringWithCanonicalMapping).utf8)
  }

  public var description: String { text }

  public static func == (a: TextKey, b: TextKey) -> Bool {
    compare(a, b) { x, y in x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
  }

  public func hash(into hasher: inout Hasher) {
    normal.withUnsafeBytes { hasher.combine(bytes: $0) }
  }

  /// The order of the NFC forms' UTF-8 bytes, which is their scalars' order: `String`'s `<`
  /// for plain text (String orders some other text otherwise, decomposed Hangul for one).
  public static func < (a: TextKey, b: TextKey) -> Bool {
    compare(a, b, precedes)
  }

  /// Byte order: the first differing byte decides, else the shorter comes first.
  static func precedes(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
    let common = min(x.count, y.count)
    let order = common == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, common)
    return order != 0 ? order < 0 : x.count < y.count
  }

  /// `body` of the normal form's UTF-8 bytes.
  func withNormalBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    normal.withUnsafeBufferPointer(body)
  }

  /// `body` of the two keys' normal UTF-8 bytes.
  @inline(__always)
  private static func compare(_ a: TextKey, _ b: TextKey, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
    a.normal.withUnsafeBufferPointer { x in b.normal.withUnsafeBufferPointer { y in body(x, y) } }
  }

  /// True when every scalar is ASCII or CJK (ideographs U+3400–U+4DBF and U+4E00–U+9FFF, the
  /// CJK symbols U+3000–U+3029 and U+3030–U+303F, general punctuation U+2010–U+2027 and
  /// U+2030–U+205E, full-width forms U+FF00–U+FFEF): none of them has a canonical
  /// decomposition or a combining class, and no two compose, so the text is its own NFC.
  static func isPlain(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { utf8 in
      var i = 0
      while i < utf8.count {
        let lead = utf8[i]
        if lead < 0x80 {
          i += 1
          continue
        }
        // Every plain scalar above ASCII takes three bytes (1110xxxx 10xxxxxx 10xxxxxx).
        guard lead & 0xF0 == 0xE0 else { return false }
        switch Unicode.Scalar(startingAt: i, in: utf8).value {
        case 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF00...0xFFEF: i += 3
        default: return false
        }
      }
      return true
    }
  }
}

/// The key of a quantity: what is measured (`measure:` in a schema) and of which row. Two
/// cells print the same quantity when both parts are equal; keys sort by measure, then name.
public struct QuantityKey: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let measure: TextKey
  public let name: TextKey

  /// The key of `measure of name`.
  public init(measure: TextKey, name: TextKey) {
    self.measure = measure
    self.name = name
  }

  /// The quantity as text: `measure of name`.
  public var text: String { "\(measure.text) of \(name.text)" }
  public var description: String { text }

  public static func < (a: QuantityKey, b: QuantityKey) -> Bool {
    (a.measure, a.name) < (b.measure, b.name)
  }
}
