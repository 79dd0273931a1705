import Charts
import Foundation
import Testing

/// Text contrast of the real stylesheet and the chart palette, in light and dark mode: at least
/// 4.5:1 for text (WCAG 1.4.3) and 3:1 for chart marks and focus rings (WCAG 1.4.11).
@Suite struct ContrastTests {
  typealias Scheme = StylesheetColors.Scheme

  static let css: String = {
    let url = Fixture.repository.appendingPathComponent("Templates/assets/style.css")
    return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
  }()
  static let colors = StylesheetColors(css: css)

  /// Surfaces text sits on: the page, panels (header, table of contents, cards, table heads)
  /// and total rows.
  static let surfaces = ["--background", "--surface", "--total"]
  /// Text colours that may sit on any of them.
  static let inks = ["--text", "--muted", "--accent"]

  func color(_ expression: String, _ scheme: Scheme) -> String {
    let found = Self.colors.color(expression, in: scheme)
    #expect(found != nil, "style.css gives no readable colour for \(expression) in \(scheme) mode")
    return found ?? "#000000"
  }

  func expectContrast(
    _ foreground: String, on background: String, atLeast minimum: Double, _ what: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let ratio = Palette.contrast(foreground, background)
    #expect(
      ratio >= minimum, "\(what): \(foreground) on \(background) is \(String(format: "%.2f", ratio)):1, under \(minimum):1",
      sourceLocation: sourceLocation)
  }

  @Test func theRatioIsWCAGs() {
    #expect(abs(Palette.contrast("#000000", "#FFFFFF") - 21) < 1e-9)
    #expect(Palette.contrast("#777777", "#777777") == 1)
    #expect(abs(Palette.contrast("#767676", "#FFFFFF") - 4.54) < 0.01)
    #expect(StylesheetColors.blend("#000000", opacity: 0.5, over: "#FFFFFF") == "#808080")
  }

  @Test func theStylesheetIsReadInBothSchemes() {
    #expect(!Self.css.isEmpty)
    #expect(Self.colors.color("var(--background)", in: .light) != Self.colors.color("var(--background)", in: .dark))
    // Print rules are not a scheme: their black-on-white must not leak into light mode.
    #expect(Self.colors.value("color", of: "body", in: .light) == "var(--text)")
  }

  @Test(arguments: Scheme.allCases) func pageTextHasAtLeast4_5To1(_ scheme: Scheme) {
    for ink in Self.inks {
      for surface in Self.surfaces {
        expectContrast(color("var(\(ink))", scheme), on: color("var(\(surface))", scheme), atLeast: 4.5, "\(ink) on \(surface), \(scheme)")
      }
    }
    expectContrast(
      color("var(--accent-text)", scheme), on: color("var(--accent)", scheme), atLeast: 4.5, "the skip link, \(scheme)")
    let badge = color(Self.colors.value("background", of: ".draft-badge", in: scheme) ?? "?", scheme)
    expectContrast(color(Self.colors.value("color", of: ".draft-badge", in: scheme) ?? "?", scheme), on: badge, atLeast: 4.5, "draft badge")
    for selector in [".card .change", ".card .change.down"] {
      let ink = color(Self.colors.value("color", of: selector, in: scheme) ?? "?", scheme)
      expectContrast(ink, on: color("var(--surface)", scheme), atLeast: 4.5, "\(selector), \(scheme)")
    }
  }

  /// A colour added to the stylesheet must be one the tests above check.
  @Test(arguments: Scheme.allCases) func everyTextColourIsChecked(_ scheme: Scheme) {
    let checked = Set(
      (Self.inks + ["--accent-text"]).map { color("var(\($0))", scheme) }
        + [".draft-badge", ".card .change", ".card .change.down"].compactMap {
          Self.colors.value("color", of: $0, in: scheme).flatMap { Self.colors.color($0, in: scheme) }
        })
    for (selector, value) in Self.colors.textColors(in: scheme) where !["inherit", "currentColor", "transparent"].contains(value) {
      let resolved = Self.colors.color(value, in: scheme)
      #expect(
        resolved.map(checked.contains) == true, "\(selector) { color: \(value) } in \(scheme) mode is not covered by a contrast check")
    }
  }

  /// Chart text is drawn in `currentColor` (the page's text colour, set on `.chart-box svg`),
  /// some of it faded with `fill-opacity`; every such text must still reach 4.5:1 on the page.
  @Test(arguments: Scheme.allCases) func chartTextHasAtLeast4_5To1(_ scheme: Scheme) {
    let ink = color(Self.colors.value("color", of: ".chart-box svg", in: scheme) ?? "?", scheme)
    let page = color("var(--background)", scheme)
    let opacities = Set(Self.sampleCharts.flatMap(Self.textOpacities))
    #expect(opacities.contains(1), "the sample charts drew no text")
    for opacity in opacities {
      let seen = StylesheetColors.blend(ink, opacity: opacity, over: page)
      expectContrast(seen, on: page, atLeast: 4.5, "chart text at opacity \(opacity), \(scheme)")
    }
  }

  /// Labels inside marks are black or white, whichever contrasts more with the mark.
  @Test func textInsideChartMarksHasAtLeast4_5To1() {
    for fill in Palette.colors + [Palette.other] + Palette.sequential {
      expectContrast(Palette.textColor(on: fill), on: fill, atLeast: 4.5, "a label inside a \(fill) mark")
    }
  }

  /// Bars, lines and slices keep their light-mode colours in dark mode, so each must stand
  /// out from both page backgrounds.
  @Test(arguments: Scheme.allCases) func chartMarksHaveAtLeast3To1(_ scheme: Scheme) {
    let page = color("var(--background)", scheme)
    for fill in Palette.colors + [Palette.other] {
      expectContrast(fill, on: page, atLeast: 3, "a \(fill) chart mark, \(scheme)")
    }
  }

  @Test(arguments: Scheme.allCases) func focusRingsHaveAtLeast3To1(_ scheme: Scheme) {
    for surface in Self.surfaces {
      expectContrast(color("var(--focus)", scheme), on: color("var(\(surface))", scheme), atLeast: 3, "focus ring on \(surface), \(scheme)")
    }
  }

  /// One chart of every kind, with a gap and a derived series, so that every kind of text the
  /// renderer draws (ticks, labels, legends, "no data" notes) shows up.
  static let sampleCharts: [String] = Chart.Kind.allCases.map { kind in
    let keys = ["北京", "上海", "广东", "江苏", "浙江"]
    let values: [Double?] = [12.5, nil, 30.25, 7.75, 18]
    let other: [Double?] = [10, 14, 22, 9, 16]
    func labels(_ values: [Double?]) -> [String?] { values.map { $0.map { String(format: "%.1f", $0) } } }
    let chart = Chart(
      kind: kind, id: "sample-\(kind.rawValue)", title: "Sample", summary: "Sample data",
      categories: keys.map { Category(key: $0, label: $0) },
      series: kind == .tilemap || kind == .pie || kind == .donut
        ? [Series(name: "2019", values: values, labels: labels(values))]
        : [
          Series(name: "2019", values: values, labels: labels(values)),
          Series(name: "2018", values: other, labels: labels(other), isDerived: true),
        ],
      unit: "亿元", numberStyle: NumberStyle(groupingSeparator: ""),
      words: Charts.ChartWords(other: "其他", derived: "推算", noData: "无数据"))
    return SVGRenderer.svg(for: chart)
  }

  /// The `fill-opacity` of every `<text>` drawn in `currentColor` (1 when none is given).
  static func textOpacities(_ svg: String) -> [Double] {
    svg.components(separatedBy: "<text ").dropFirst().compactMap { element in
      let tag = element.prefix { $0 != ">" }
      guard tag.contains("fill=\"currentColor\"") else { return nil }
      guard let range = tag.range(of: "fill-opacity=\"") else { return 1 }
      return Double(tag[range.upperBound...].prefix { $0 != "\"" })
    }
  }
}
