import Testing

@testable import Charts

@Suite struct PaletteTests {
  @Test func seriesColoursStandOutOnWhiteAndOnADarkPage() {
    for colour in Palette.colors + [Palette.other] {
      #expect(Palette.contrast(colour, "#FFFFFF") >= 3, "\(colour) on white")
      #expect(Palette.contrast(colour, "#111111") >= 3, "\(colour) on #111")
    }
    #expect(Set(Palette.colors).count == Palette.colors.count)
    #expect(Palette.colors.count == 12)
  }

  @Test func tileTextIsReadableOnEveryClass() {
    for colour in Palette.sequential {
      #expect(Palette.contrast(colour, Palette.textColor(on: colour)) >= 4.5, "\(colour)")
    }
    #expect(Palette.sequential.map(Palette.relativeLuminance) == Palette.sequential.map(Palette.relativeLuminance).sorted(by: >))
  }

  @Test func picksBlackOrWhiteText() {
    #expect(Palette.textColor(on: "#FDE725") == "#000000")
    #expect(Palette.textColor(on: "#440154") == "#FFFFFF")
    #expect(Palette.textColor(on: "#0072B2") == "#FFFFFF")
    #expect(Palette.textColor(on: "#D55E00") == "#000000")
  }

  @Test func computesWCAGContrast() {
    #expect(abs(Palette.contrast("#000000", "#FFFFFF") - 21) < 1e-9)
    #expect(Palette.contrast("#777777", "#777777") == 1)
  }
}
