/// Path data (the `d` of a `<path>`), written as it is drawn: `M`, `L`, `A` and `Z`
/// commands with coordinates of at most one decimal.
struct SVGPath: ~Copyable {
  /// A point of the viewBox.
  typealias Point = (x: Double, y: Double)

  /// The commands so far.
  private var data = SVGMarkup(capacity: 128)

  /// No commands yet.
  init() {}

  /// True before the first command.
  var isEmpty: Bool { data.isEmpty }

  /// The commands' markup, valid while the path is not changed.
  var bytes: UnsafeBufferPointer<UInt8> { data.bytes }

  /// Starts a new stretch at `point`.
  mutating func move(to point: Point) {
    command(UInt8(ascii: "M"))
    append(point)
  }

  /// A straight line to `point`.
  mutating func line(to point: Point) {
    command(UInt8(ascii: "L"))
    append(point)
  }

  /// A circular arc of `radius` to `point`: the larger of the two arcs when `large`,
  /// drawn clockwise when `clockwise`.
  mutating func arc(radius: Double, large: Bool, clockwise: Bool, to point: Point) {
    command(UInt8(ascii: "A"))
    append((radius, radius))
    // No rotation, then the large-arc and sweep flags.
    data.reserve(7)
    for byte in " 0 ".utf8 { data.put(byte) }
    data.put(large ? UInt8(ascii: "1") : UInt8(ascii: "0"))
    data.put(UInt8(ascii: " "))
    data.put(clockwise ? UInt8(ascii: "1") : UInt8(ascii: "0"))
    data.put(UInt8(ascii: " "))
    append(point)
  }

  /// Closes the current stretch.
  mutating func close() { command(UInt8(ascii: "Z")) }

  private mutating func command(_ letter: UInt8) {
    data.reserve(1)
    data.put(letter)
  }

  /// "x,y".
  private mutating func append(_ point: Point) {
    data.writeNumber(point.x)
    data.reserve(1)
    data.put(UInt8(ascii: ","))
    data.writeNumber(point.y)
  }
}
