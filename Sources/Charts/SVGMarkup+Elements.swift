/// Elements and attributes: what a chart writes.
extension SVGMarkup {
  /// Starts an element on a new line: `\n<name`.
  mutating func begin(_ name: StaticString) {
    reserve(name.utf8CodeUnitCount + 2)
    put(UInt8(ascii: "\n"))
    put(UInt8(ascii: "<"))
    put(name)
  }

  /// Ends an element without content: `/>`.
  mutating func end() {
    reserve(2)
    put(UInt8(ascii: "/"))
    put(UInt8(ascii: ">"))
  }

  /// Ends an element around one run of text: `>text</name>`.
  mutating func end(_ name: StaticString, text: String) {
    reserve(1)
    put(UInt8(ascii: ">"))
    write(text)
    endInline(name)
  }

  /// Ends the start tag of an element whose children follow, one per line.
  mutating func beginChildren() {
    reserve(1)
    put(UInt8(ascii: ">"))
  }

  /// Ends an element whose children were written one per line: `\n</name>`.
  mutating func end(_ name: StaticString) {
    reserve(1)
    put(UInt8(ascii: "\n"))
    endInline(name)
  }

  /// Starts an element on the current line (a `<tspan>` in a `<text>`): `<name`.
  mutating func beginInline(_ name: StaticString) {
    reserve(name.utf8CodeUnitCount + 1)
    put(UInt8(ascii: "<"))
    put(name)
  }

  /// Closes an element on the current line: `</name>`.
  mutating func endInline(_ name: StaticString) {
    reserve(name.utf8CodeUnitCount + 3)
    put(UInt8(ascii: "<"))
    put(UInt8(ascii: "/"))
    put(name)
    put(UInt8(ascii: ">"))
  }

  /// `<g class="className">` around `children`, or nothing when they are empty.
  mutating func group(_ className: StaticString, _ children: borrowing SVGMarkup) {
    guard !children.isEmpty else { return }
    begin("g")
    attribute("class", className)
    beginChildren()
    append(children)
    end("g")
  }

  /// Appends markup written apart (a layer, a legend).
  mutating func append(_ other: borrowing SVGMarkup) { write(other.bytes) }

  /// ` name="value"` for a value from the source, which holds nothing to escape.
  mutating func attribute(_ name: StaticString, _ value: StaticString) {
    beginAttribute(name)
    write(value)
    endAttribute()
  }

  /// ` name="value"`, escaped.
  mutating func attribute(_ name: StaticString, _ value: String) {
    beginAttribute(name)
    write(value)
    endAttribute()
  }

  /// ` name="first second"`: a role and a class ("bar s0"), escaped.
  mutating func attribute(_ name: StaticString, _ first: StaticString, _ second: String) {
    beginAttribute(name)
    write(first)
    reserve(1)
    put(UInt8(ascii: " "))
    write(second)
    endAttribute()
  }

  /// ` name="value"` for a coordinate or size: `decimals` at most, no trailing zeros,
  /// never "-0" (see `SVGWriter.number`).
  mutating func attribute(_ name: StaticString, _ value: Double, decimals: Int = 1) {
    beginAttribute(name)
    writeNumber(value, decimals: decimals)
    endAttribute()
  }

  /// ` name="value"` for path data or a list of points.
  mutating func attribute(_ name: StaticString, _ value: borrowing SVGPath) {
    beginAttribute(name)
    write(value.bytes)
    endAttribute()
  }

  /// ` name="value"` for bytes that are already markup.
  mutating func attribute(_ name: StaticString, markup value: [UInt8]) {
    beginAttribute(name)
    value.withUnsafeBufferPointer { write($0) }
    endAttribute()
  }

  /// ` name="value"` for a value made by interpolation ("rotate(\(angle) \(x) \(y))").
  mutating func attribute(_ name: StaticString, _ value: SVGValue) {
    attribute(name, markup: value.bytes)
  }

  private mutating func beginAttribute(_ name: StaticString) {
    reserve(name.utf8CodeUnitCount + 3)
    put(UInt8(ascii: " "))
    put(name)
    put(UInt8(ascii: "="))
    put(UInt8(ascii: "\""))
  }

  private mutating func endAttribute() {
    reserve(1)
    put(UInt8(ascii: "\""))
  }
}
