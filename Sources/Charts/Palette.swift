import Foundation

/// Colours for chart marks. The qualitative colours follow the Okabe–Ito hues, darkened
/// where needed so that every colour keeps at least 3:1 contrast both on white and on a
/// near-black page (#111); the sequential ramp is viridis, light (low) to dark (high).
public enum Palette {
  /// Series and slice colours, in order: class `s0` uses `colors[0]`, and so on.
  public static let colors: [String] = [
    "#0072B2",  // blue
    "#D55E00",  // vermillion
    "#009E73",  // bluish green
    "#CC79A7",  // reddish purple
    "#B07A00",  // ochre (Okabe–Ito orange, darkened)
    "#3B8BC2",  // sky blue, darkened
    "#999933",  // olive (Okabe–Ito yellow, darkened)
    "#AA3377",  // wine
    // Four more for pies of up to twelve slices (pies are grouped only beyond that). No
    // twelve colours stay apart for every colour-blind reader; the slices' names do.
    "#7B61C9",  // violet
    "#8C564B",  // brown
    "#1B8A8F",  // teal
    "#5E7F3A",  // moss
  ]

  /// The colour of the slice that groups small pie slices (class `s-other`).
  public static let other = "#767676"

  /// Tile-map classes from low to high (classes `q0`…`q4`).
  public static let sequential: [String] = ["#FDE725", "#5EC962", "#21918C", "#3B528B", "#440154"]

  /// The colour of series `index`, cycling through `colors`.
  static func color(_ index: Int) -> String { colors[index % colors.count] }

  /// The CSS class of series `index`: "s0", "s1", … (not cycling: the page may style more).
  static func className(_ index: Int) -> String {
    index >= 0 && index < classNames.count ? classNames[index] : "s\(index)"
  }

  private static let classNames = colors.indices.map { "s\($0)" }

  /// The CSS class of tile-map class `level`: "q0"…"q4".
  static func levelClassName(_ level: Int) -> String {
    level >= 0 && level < levelClassNames.count ? levelClassNames[level] : "q\(level)"
  }

  private static let levelClassNames = sequential.indices.map { "q\($0)" }

  /// Black or white, whichever contrasts more with `background` (a `#RRGGBB` colour).
  public static func textColor(on background: String) -> String {
    // Marks are filled from the palettes: their text colours are worked out once.
    if let known = paletteTextColors.first(where: { $0.background == background }) { return known.text }
    return computedTextColor(on: background)
  }

  /// The text colour on every palette colour.
  private static let paletteTextColors = (colors + [other] + sequential).map {
    (background: $0, text: computedTextColor(on: $0))
  }

  private static func computedTextColor(on background: String) -> String {
    let luminance = relativeLuminance(background)
    let onBlack = (luminance + 0.05) / 0.05
    let onWhite = 1.05 / (luminance + 0.05)
    return onBlack >= onWhite ? "#000000" : "#FFFFFF"
  }

  /// WCAG relative luminance of a `#RRGGBB` colour.
  public static func relativeLuminance(_ hex: String) -> Double {
    let digits = Array(hex.unicodeScalars.filter { $0 != "#" })
    guard digits.count == 6 else { return 0 }
    func channel(_ offset: Int) -> Double {
      let text = String(String.UnicodeScalarView(digits[offset..<offset + 2]))
      let value = Double(UInt8(text, radix: 16) ?? 0) / 255
      return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
  }

  /// The WCAG contrast ratio between two `#RRGGBB` colours.
  public static func contrast(_ first: String, _ second: String) -> Double {
    let a = relativeLuminance(first)
    let b = relativeLuminance(second)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
  }
}
