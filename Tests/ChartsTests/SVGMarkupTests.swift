import Testing

@testable import Charts

/// Markup is written straight as bytes: exact text, elements one per line, attributes in
/// the order written, text escaped, numbers as coordinates, empty groups left out.
@Suite struct SVGMarkupTests {
  @Test func writesAnEmptyElementWithItsAttributesInOrder() {
    var svg = SVGMarkup()
    svg.begin("rect")
    svg.attribute("x", 1.25)
    svg.attribute("class", "bar", "s0")
    svg.attribute("fill", "#0072B2" as String)
    svg.attribute("stroke-opacity", 0.125, decimals: 2)
    svg.end()
    #expect(svg.text == "\n" + ##"<rect x="1.3" class="bar s0" fill="#0072B2" stroke-opacity="0.13"/>"##)
  }

  @Test func escapesTextAndInterpolatedValues() {
    let label = "R&D <\"a\"> 'b'"
    var svg = SVGMarkup()
    svg.begin("text")
    svg.attribute("class", label)
    svg.attribute("data-x", "\(label) \(2.0) \(-0.04) \(7)" as SVGValue)
    svg.end("text", text: label)
    #expect(
      svg.text
        == "\n"
        + #"<text class="R&amp;D &lt;&quot;a&quot;&gt; &apos;b&apos;" data-x="R&amp;D &lt;&quot;a&quot;&gt; &apos;b&apos; 2 0 7">R&amp;D &lt;&quot;a&quot;&gt; &apos;b&apos;</text>"#
    )
  }

  @Test func dropsCharactersXMLForbids() {
    var svg = SVGMarkup()
    svg.write("a\u{0}b\u{1B}c\nd\u{FFFE}e")
    #expect(svg.text == "abc\nde")
  }

  @Test func escapesExactlyTheCharactersXMLNeeds() {
    for byte in UInt8(0)..<0x80 {
      let escaped = "\"&'<>".utf8.contains(byte) || (byte < 0x20 && ![0x09, 0x0A, 0x0D].contains(byte))
      #expect([byte].withUnsafeBufferPointer(SVGWriter.needsEscaping) == escaped, "\(byte)")
    }
    for text in ["北京", "（推算）", "a\u{FFFD}b", "\u{FFEF}"] {
      #expect(!Array(text.utf8).withUnsafeBufferPointer(SVGWriter.needsEscaping), "\(text)")
    }
    for text in ["\u{FFFE}", "x\u{FFFF}", "北\u{FFFE}京"] {
      #expect(Array(text.utf8).withUnsafeBufferPointer(SVGWriter.needsEscaping), "\(text)")
    }
  }

  @Test func interpolatesNumbersAsCoordinatesNotAsSwiftPrintsThem() {
    let angle = -45.0
    var svg = SVGMarkup()
    svg.begin("g")
    svg.attribute("transform", "rotate(\(angle) \(12.0) \(3.14159))" as SVGValue)
    svg.end()
    #expect(svg.text == "\n" + #"<g transform="rotate(-45 12 3.1)"/>"#)
  }

  @Test func keepsSpansOnTheirTextsLine() {
    var svg = SVGMarkup()
    svg.begin("text")
    svg.attribute("x", 1.0)
    svg.beginChildren()
    for (index, line) in ["a", "b"].enumerated() {
      svg.beginInline("tspan")
      svg.attribute("dy", Double(index) * 15)
      svg.end("tspan", text: line)
    }
    svg.endInline("text")
    #expect(svg.text == "\n" + #"<text x="1"><tspan dy="0">a</tspan><tspan dy="15">b</tspan></text>"#)
  }

  @Test func groupsChildrenOneALineAndLeavesOutEmptyGroups() {
    var bars = SVGMarkup()
    bars.begin("rect")
    bars.end()
    bars.begin("circle")
    bars.attribute("r", 3.5)
    bars.end()
    var body = SVGMarkup()
    body.group("bars", bars)
    body.group("values", SVGMarkup())
    #expect(body.text == "\n<g class=\"bars\">\n<rect/>\n<circle r=\"3.5\"/>\n</g>")
  }

  @Test func growsPastItsFirstCapacity() {
    var svg = SVGMarkup(capacity: 16)
    var expected = ""
    for index in 0..<500 {
      svg.begin("circle")
      svg.attribute("cx", Double(index) / 4)
      svg.end()
      expected += "\n<circle cx=\"\(SVGWriter.number(Double(index) / 4))\"/>"
    }
    #expect(svg.text == expected)
    #expect(svg.byteCount == expected.utf8.count)
  }

  @Test func writesPathCommands() {
    var path = SVGPath()
    let startsEmpty = path.isEmpty
    #expect(startsEmpty)
    path.move(to: (10, 20.04))
    path.arc(radius: 110, large: true, clockwise: true, to: (120.25, -0.01))
    path.line(to: (5.56, 6))
    path.arc(radius: 66, large: false, clockwise: false, to: (1, 2))
    path.close()
    var svg = SVGMarkup()
    svg.begin("path")
    svg.attribute("d", path)
    svg.end()
    #expect(svg.text == "\n" + #"<path d="M10,20A110,110 0 1 1 120.3,0L5.6,6A66,66 0 0 0 1,2Z"/>"#)
  }

  @Test func wrapsADocumentAroundTheBody() {
    let chart = Chart(
      kind: .bar, id: "c1", title: "T & t", summary: "S", categories: [], series: [], unit: "",
      numberStyle: NumberStyle(groupingSeparator: ""),
      words: ChartWords(other: "Other", derived: "derived", noData: "no data"))
    var body = SVGMarkup()
    body.begin("rect")
    body.end()
    let svg = String(decoding: SVGDocument.markup(chart: chart, width: 10.2, height: 5, defs: SVGMarkup(), body: body), as: UTF8.self)
    #expect(
      svg
        == #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 11 5" class="chart chart-bar" role="img" aria-labelledby="c1-title c1-desc" font-family="Noto Sans, Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, system-ui, sans-serif" font-size="12">"#
        + "\n<title id=\"c1-title\">T &amp; t</title>\n<desc id=\"c1-desc\">S</desc>\n<rect/>\n</svg>\n")
  }
}
