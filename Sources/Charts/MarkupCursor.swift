/// A write position in storage sized beforehand: numbers work out a bound on their length,
/// make room once and write their digits straight in, from the last one back, instead of
/// growing a buffer byte by byte with a check at every append.
struct MarkupCursor {
  /// Where the next byte goes.
  private(set) var position: UnsafeMutablePointer<UInt8>

  /// A cursor at `position`, with room behind it for all it will be asked to write.
  init(position: UnsafeMutablePointer<UInt8>) { self.position = position }

  /// A new string of at most `capacity` bytes of UTF-8, written by `body`, which must not
  /// write more.
  static func string(capacity: Int, writing body: (inout MarkupCursor) -> Void) -> String {
    guard capacity > 0 else { return "" }
    return String(unsafeUninitializedCapacity: capacity) { buffer in
      var cursor = MarkupCursor(position: buffer.baseAddress!)
      body(&cursor)
      let count = cursor.position - buffer.baseAddress!
      precondition(count <= capacity, "markup written past the room worked out for it")
      return count
    }
  }

  /// Writes `byte`.
  mutating func write(_ byte: UInt8) {
    position.initialize(to: byte)
    position += 1
  }

  /// Writes `bytes`.
  mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress else { return }
    position.initialize(from: base, count: bytes.count)
    position += bytes.count
  }

  /// Writes a literal from the source as it is.
  mutating func write(_ literal: StaticString) { literal.withUTF8Buffer { write($0) } }

  /// Writes `byte` at `offset` bytes past the position, which does not move: numbers are
  /// written from their last digit back.
  mutating func write(_ byte: UInt8, at offset: Int) { (position + offset).initialize(to: byte) }

  /// Moves the position `count` bytes on, over bytes written with `write(_:at:)`.
  mutating func skip(_ count: Int) { position += count }
}
