/// Where a mark sits and what shape it has: the attributes a mark shares with the hatch
/// drawn over it when its value is derived.
protocol MarkGeometry {
  /// Writes the geometry's attributes.
  func write(into svg: inout SVGMarkup)
}

/// A rectangle, its corners rounded when `cornerRadius` is given.
struct MarkBox: MarkGeometry {
  var x: Double
  var y: Double
  var width: Double
  var height: Double
  var cornerRadius: StaticString? = nil

  func write(into svg: inout SVGMarkup) {
    svg.attribute("x", x)
    svg.attribute("y", y)
    svg.attribute("width", width)
    svg.attribute("height", height)
    if let cornerRadius { svg.attribute("rx", cornerRadius) }
  }
}

/// A path: a pie slice.
struct MarkPath: MarkGeometry {
  /// The path data, kept to be written for the mark and its hatching.
  private let data: [UInt8]

  init(_ path: borrowing SVGPath) { data = Array(path.bytes) }

  func write(into svg: inout SVGMarkup) { svg.attribute("d", markup: data) }
}
