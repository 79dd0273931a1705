/// An attribute value made by interpolation, written as it is made: text escaped, literal
/// parts as they are, each `Double` as a coordinate with at most one decimal (see
/// `SVGWriter.number`), never as Swift would print it ("12.0"):
/// `"rotate(\(angle) \(x) \(y))"`.
struct SVGValue: ExpressibleByStringInterpolation {
  /// The value's markup.
  let bytes: [UInt8]

  typealias StringLiteralType = StaticString
  typealias ExtendedGraphemeClusterLiteralType = StaticString
  typealias UnicodeScalarLiteralType = StaticString

  /// A literal from the source.
  init(stringLiteral literal: StaticString) {
    var interpolation = StringInterpolation(literalCapacity: literal.utf8CodeUnitCount, interpolationCount: 0)
    interpolation.appendLiteral(literal)
    bytes = interpolation.bytes
  }

  /// Literal parts and interpolated values, already written.
  init(stringInterpolation: StringInterpolation) { bytes = stringInterpolation.bytes }

  /// Writes an interpolated value as it comes: text escaped, numbers as coordinates.
  struct StringInterpolation: StringInterpolationProtocol {
    fileprivate var bytes: [UInt8] = []

    init(literalCapacity: Int, interpolationCount: Int) {
      bytes.reserveCapacity(literalCapacity + 8 * interpolationCount)
    }

    /// Appends a literal part as it is: literals hold nothing to escape, which debug
    /// builds check.
    mutating func appendLiteral(_ literal: StaticString) {
      literal.withUTF8Buffer { part in
        assert(!SVGWriter.needsEscaping(part), "literal needs escaping: \(literal)")
        bytes.append(contentsOf: part)
      }
    }

    mutating func appendInterpolation(_ text: String) { SVGWriter.appendEscaped(text, to: &bytes) }

    mutating func appendInterpolation(_ number: Double) { SVGWriter.appendNumber(number, to: &bytes) }

    mutating func appendInterpolation(_ number: Int) { SVGWriter.appendInteger(number, to: &bytes) }
  }
}
