/// SVG markup written as a chart is drawn: elements one per line (text on its element's
/// line), attributes in the order written, text escaped, numbers as coordinates.
///
/// A chart writes each layer (bars, labels, values…) into its own markup and joins them in
/// paint order, so the same input always gives the same bytes. The bytes go straight into
/// one growing buffer: no string, array or node per element, attribute or number, which
/// made drawing the charts the largest part of a build.
///
///     var bars = SVGMarkup()
///     bars.begin("rect")
///     bars.attribute("x", 12.5)
///     bars.attribute("class", "bar", "s0")
///     bars.end()                            // \n<rect x="12.5" class="bar s0"/>
///     body.group("bars", bars)              // \n<g class="bars">…\n</g>, or nothing
struct SVGMarkup: ~Copyable {
  private var start: UnsafeMutablePointer<UInt8>
  private var count = 0
  private var capacity: Int

  /// Empty markup with room for `capacity` bytes before it grows.
  init(capacity: Int = 256) {
    self.capacity = max(16, capacity)
    start = .allocate(capacity: self.capacity)
  }

  deinit { start.deallocate() }

  /// True when nothing has been written.
  var isEmpty: Bool { count == 0 }

  /// The number of bytes written.
  var byteCount: Int { count }

  /// The markup as text.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  /// The bytes written, valid while the markup is not changed.
  var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

  // MARK: Text and numbers

  /// Writes `text` escaped.
  mutating func write(_ text: String) {
    let clean = text.utf8.withContiguousStorageIfAvailable { bytes in
      guard !SVGWriter.needsEscaping(bytes) else { return false }
      write(bytes)
      return true
    }
    if clean == true { return }
    var escaped: [UInt8] = []
    SVGWriter.appendEscaped(text, to: &escaped)
    escaped.withUnsafeBufferPointer { write($0) }
  }

  /// Writes a literal from the source as it is: literals (names, classes, fixed values)
  /// never hold a character that needs escaping, which debug builds check.
  mutating func write(_ literal: StaticString) {
    literal.withUTF8Buffer { bytes in
      assert(!SVGWriter.needsEscaping(bytes), "literal needs escaping: \(literal)")
      write(bytes)
    }
  }

  /// Writes a coordinate (see `SVGWriter.number`).
  mutating func writeNumber(_ value: Double, decimals: Int = 1) {
    reserve(SVGWriter.maximumNumberLength)
    var cursor = MarkupCursor(position: start + count)
    SVGWriter.writeNumber(value, decimals: decimals, to: &cursor)
    count = cursor.position - start
  }

  /// Writes bytes that are already markup.
  mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
    reserve(bytes.count)
    put(bytes)
  }

  // MARK: Storage: `put` writes into room `reserve` made

  /// Makes room for `extra` more bytes.
  mutating func reserve(_ extra: Int) {
    if count + extra > capacity { grow(to: count + extra) }
  }

  private mutating func grow(to needed: Int) {
    var newCapacity = capacity * 2
    while newCapacity < needed { newCapacity *= 2 }
    let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    bigger.moveInitialize(from: start, count: count)
    start.deallocate()
    start = bigger
    capacity = newCapacity
  }

  /// Writes one byte into room already reserved.
  mutating func put(_ byte: UInt8) {
    (start + count).initialize(to: byte)
    count += 1
  }

  /// Writes a name into room already reserved.
  mutating func put(_ name: StaticString) { name.withUTF8Buffer { put($0) } }

  /// Writes `bytes` into room already reserved. Most are names, numbers and labels a few
  /// bytes long, shorter than it takes to set up a call to `memcpy`: up to 16 bytes are
  /// moved as two words that may overlap.
  mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress else { return }
    let length = bytes.count
    let target = UnsafeMutableRawPointer(start + count)
    let from = UnsafeRawPointer(source)
    switch length {
    case 8...16:
      let head = from.loadUnaligned(as: UInt64.self)
      let tail = from.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
      target.storeBytes(of: head, as: UInt64.self)
      target.storeBytes(of: tail, toByteOffset: length - 8, as: UInt64.self)
    case 4..<8:
      let head = from.loadUnaligned(as: UInt32.self)
      let tail = from.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)
      target.storeBytes(of: head, as: UInt32.self)
      target.storeBytes(of: tail, toByteOffset: length - 4, as: UInt32.self)
    case 0..<4:
      for offset in 0..<length { target.storeBytes(of: source[offset], toByteOffset: offset, as: UInt8.self) }
    default:
      target.copyMemory(from: from, byteCount: length)
    }
    count += length
  }
}
