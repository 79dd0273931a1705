import Testing

@testable import Charts

@Suite struct PieChartTests {
  @Test func startsAtTwelveOClockAndGoesClockwise() {
    let svg = Fixtures.inspect(Fixtures.small(.pie, ["甲", "乙"], [[3, 1]]))
    let paths = svg.elements("path", class: "slice").map { $0.attributes["d"]! }
    #expect(paths.count == 2)
    let cx = 10 + TextMetrics.width(of: "乙 25.0%", fontSize: 12) + PieChart.labelGap + PieChart.radius
    let top = "M\(SVGWriter.number(cx)),"
    #expect(paths[0].hasPrefix(top))
    #expect(paths[0].contains("A110,110 0 1 1 "))
    #expect(paths[1].contains("A110,110 0 0 1 \(SVGWriter.number(cx)),"))
    #expect(svg.elements("text", class: "label").map(\.text) == ["甲 75.0%", "乙 25.0%"])
  }

  @Test func keepsUpToTwelveSlicesAsTheyAre() {
    let svg = Fixtures.inspect(Fixtures.pieZh)
    let slices = svg.elements("path", class: "slice")
    #expect(slices.count == 11)
    #expect(!slices.contains { $0.attributes["class"] == "slice s-other" })
    #expect(svg.elements("text", class: "label").last?.text == "核应用 0.5%")
    #expect(PieSlices(Fixtures.pieSmallSlicesZh).slices.allSatisfy { !$0.isOther })
  }

  @Test func keepsARealOtherRowAsItIsWhenNotGrouping() {
    // 附表6: ten kinds of transfer contract, one of them 其他; nothing to group.
    let labels = ["专利权", "技术秘密", "专利实施许可", "软件著作权", "生物医药新品种权", "专利申请权", "植物新品种权", "其他", "集成电路布图", "设计著作权"]
    let pie = PieSlices(Fixtures.small(.pie, labels, [[900, 600, 300, 200, 40, 30, 20, 15, 5, 2]]))
    #expect(pie.slices.map(\.label) == labels)
    #expect(pie.slices.filter { $0.label == "其他" }.count == 1)
    #expect(pie.slices.allSatisfy { !$0.isOther })
  }

  @Test func groupsSmallSlicesWhenThereAreMoreThanTwelve() {
    let labels = (1...14).map { "第\($0)类" }
    let values: [Double?] = [300, 250, 200, 150, 100, 90, 80, 70, 60, 50, 40, 30, 5, 1]
    let pie = PieSlices(Fixtures.small(.pie, labels, [values]))
    #expect(pie.slices.count == 12)
    #expect(pie.slices.last == PieSlices.Slice(label: "其他", value: 36, text: nil, isOther: true))
    #expect(pie.slices.dropLast().map(\.label) == Array(labels.prefix(11)))
    let svg = Fixtures.inspect(Fixtures.small(.pie, labels, [values]))
    #expect(svg.elements("path", class: "slice").last?.attributes["class"] == "slice s-other")
    #expect(svg.elements("path", class: "slice").last?.attributes["fill"] == Palette.other)
  }

  @Test func foldsSmallSlicesIntoARealOtherRow() {
    let labels = (1...13).map { "第\($0)类" } + ["其他"]
    let values: [Double?] = [300, 250, 200, 150, 100, 90, 80, 70, 60, 50, 40, 5, 1, 20]
    let pie = PieSlices(Fixtures.small(.pie, labels, [values]))
    #expect(pie.slices.filter { $0.label == "其他" }.count == 1)
    #expect(pie.slices.last == PieSlices.Slice(label: "其他", value: 26, text: nil, isOther: true))
    #expect(pie.slices.count == 12)
  }

  @Test func neighbouringSlicesNeverShareAColour() {
    for count in 2...12 {
      let pie = PieSlices(Fixtures.small(.pie, (1...count).map { "\($0)" }, [(1...count).map { _ in 1 }]))
      let colours = pie.slices.map(\.colour)
      for index in colours.indices {
        #expect(colours[index] != colours[(index + 1) % colours.count], "\(count) slices")
      }
      #expect(Set(colours).count == count)
    }
  }

  @Test func outlinesSlicesWithAStrokeAttributeAPageCanRestyle() {
    for chart in [Fixtures.pieZh, Fixtures.donutEn] {
      let slices = Fixtures.inspect(chart).elements("path", class: "slice")
      #expect(!slices.isEmpty)
      #expect(slices.allSatisfy { $0.attributes["stroke"] == "#FFFFFF" && $0.attributes["style"] == nil })
    }
  }

  @Test func labelsManySmallSlicesWithoutOverlap() {
    let svg = Fixtures.inspect(Fixtures.pieSmallSlicesZh)
    #expect(svg.elements("polyline", class: "leader").count == 8)
    #expect(svg.overlappingTexts().map { "\($0.0) × \($0.1)" } == [])
    #expect(svg.textsOutsideViewBox() == [])
    let many = Fixtures.small(.pie, (1...8).map { "第\($0)类" }, [[900, 1, 1, 1, 1, 1, 1, 1]])
    let crowded = Fixtures.inspect(many)
    #expect(crowded.overlappingTexts().isEmpty)
    #expect(crowded.textsOutsideViewBox().isEmpty)
  }

  @Test func leavesOutMissingAndNegativeValues() {
    let svg = Fixtures.inspect(Fixtures.small(.pie, ["甲", "乙", "丙", "丁"], [[3, nil, -2, 1]]))
    #expect(svg.elements("path", class: "slice").count == 2)
    #expect(svg.elements("text", class: "label").map(\.text) == ["甲 75.0%", "丁 25.0%"])
  }

  @Test func drawsASingleSliceAsAFullDisc() {
    let svg = Fixtures.inspect(Fixtures.small(.donut, ["甲"], [[5]]))
    let d = svg.elements("path", class: "slice")[0].attributes["d"]!
    #expect(d.components(separatedBy: "A").count - 1 == 4)
    #expect(svg.elements("text").filter { $0.attributes["class"] == "label" }.map(\.text) == ["甲 100.0%"])
    #expect(svg.elements("text", class: "total").map(\.text) == ["5"])
  }

  @Test func donutShowsTheTotalInItsHole() {
    let svg = Fixtures.inspect(Fixtures.donutEn)
    #expect(svg.elements("text", class: "total").map(\.text) == ["22,398.4"])
    #expect(svg.elements("text", class: "axis-title").map(\.text) == ["100 million yuan"])
    #expect(svg.elements("path", class: "slice").allSatisfy { $0.attributes["d"]!.contains("L") })
  }
}
