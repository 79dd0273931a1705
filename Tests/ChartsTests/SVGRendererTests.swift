import Foundation
import Testing

@testable import Charts

/// What every chart kind promises, at the default width and at a phone's (every sample is
/// also drawn 360 wide, its golden file named "<name>-narrow"): well-formed, accessible,
/// deterministic SVG whose text neither overlaps nor leaves the viewBox; and the golden files.
@Suite struct SVGRendererTests {
  static let samples = Fixtures.bothWidths.map(\.name)

  private func sample(_ name: String) -> Chart {
    Fixtures.bothWidths.first { $0.name == name }!.chart
  }

  @Test(arguments: samples) func matchesItsGoldenFile(name: String) throws {
    try Snapshot.assert(SVGRenderer.svg(for: sample(name)), named: name)
  }

  @Test(arguments: samples) func parsesAsXMLWithAnAccessibleRoot(name: String) throws {
    let chart = sample(name)
    let svg = SVGInspector(SVGRenderer.svg(for: chart))
    #expect(svg.error == nil)
    let root = try #require(svg.root)
    #expect(root.name == "svg")
    #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
    #expect(root.attributes["role"] == "img")
    #expect(root.attributes["class"] == "chart chart-\(chart.kind.rawValue)")
    #expect(root.attributes["aria-labelledby"] == "\(chart.id)-title \(chart.id)-desc")
    #expect(root.attributes["width"] == nil && root.attributes["height"] == nil)
    let children = svg.elements.filter { $0.depth == 1 }
    #expect(children.prefix(2).map(\.name) == ["title", "desc"])
    #expect(children.first?.attributes["id"] == "\(chart.id)-title")
    #expect(children.first?.text == chart.title)
    #expect(children.dropFirst().first?.text == chart.summary)
    #expect(svg.viewBox.width > 0 && svg.viewBox.height > 0)
  }

  @Test(arguments: samples) func textNeitherOverlapsNorSpills(name: String) {
    let svg = SVGInspector(SVGRenderer.svg(for: sample(name)))
    #expect(svg.texts.count > 3)
    #expect(svg.overlappingTexts().map { "\($0.0) × \($0.1)" } == [])
    #expect(svg.textsOutsideViewBox() == [])
  }

  @Test(arguments: samples) func idsStartWithTheChartID(name: String) {
    let chart = sample(name)
    let ids = SVGInspector(SVGRenderer.svg(for: chart)).elements.compactMap { $0.attributes["id"] }
    #expect(ids.allSatisfy { $0.hasPrefix(chart.id + "-") })
    #expect(Set(ids).count == ids.count)
  }

  @Test(arguments: samples) func textFollowsThePageColour(name: String) {
    let svg = SVGInspector(SVGRenderer.svg(for: sample(name)))
    let outside = svg.elements("text").filter {
      !["label inside", "label", "label value"].contains($0.attributes["class"] ?? "")
    }
    #expect(outside.allSatisfy { $0.attributes["fill"] == "currentColor" })
  }

  @Test(arguments: samples) func isDeterministic(name: String) {
    let first = SVGRenderer.svg(for: sample(name))
    let second = SVGRenderer.svg(for: sample(name))
    #expect(first == second)
  }

  @Test func escapesTextAndDropsCharactersXMLForbids() {
    var chart = Fixtures.barZh
    chart.title = "R&D <spending> \"quoted\" 'single'\u{1}"
    chart.categories[0].label = "A&B"
    let markup = SVGRenderer.svg(for: chart)
    #expect(
      markup.contains(
        "<title id=\"fig-1-1-title\">R&amp;D &lt;spending&gt; &quot;quoted&quot; &apos;single&apos;</title>"))
    #expect(markup.contains(">A&amp;B</text>"))
    #expect(SVGInspector(markup).error == nil)
  }

  @Test(arguments: Chart.Kind.allCases, [640.0, 360])
  func drawsAnEmptyChartWithANote(kind: Chart.Kind, width: Double) {
    let chart = Chart(
      kind: kind, id: "empty", title: "T", summary: "S",
      categories: [Category(key: "北京", label: "北京"), Category(key: "上海", label: "上海")],
      series: [Series(name: "2019", values: [nil, nil], labels: [nil, nil])], unit: "亿元",
      numberStyle: Fixtures.zhStyle, words: Fixtures.zhWords, width: width)
    let svg = SVGInspector(SVGRenderer.svg(for: chart))
    #expect(svg.error == nil)
    #expect(svg.elements("text").contains { $0.text == "无数据" || $0.text.hasSuffix("无数据") })
    #expect(svg.textsOutsideViewBox() == [])
  }
}
