/// A chart to draw: what kind, what it shows, and the words around it, already in the
/// reader's language. The renderer knows nothing of languages or content files.
public struct Chart: Sendable, Equatable {
  /// The kinds of chart yearbook draws.
  public enum Kind: String, Sendable, CaseIterable {
    case bar, hbar, grouped, stacked, pie, donut, line, tilemap
  }

  /// The chart kind.
  public var kind: Kind
  /// A page-unique id; every element id inside the SVG starts with it.
  public var id: String
  /// Read as the SVG `<title>`.
  public var title: String
  /// Read as the SVG `<desc>`: what the chart shows, in a sentence.
  public var summary: String
  /// Categories along the axis (or slices, or tiles), in order.
  public var categories: [Category]
  /// One or more data series; every series has one value per category.
  public var series: [Series]
  /// The unit of the values, for the axis caption (e.g. "亿元", "100 million yuan").
  public var unit: String
  /// How tick numbers are written in the reader's language.
  public var numberStyle: NumberStyle
  /// Words the renderer needs in the reader's language.
  public var words: ChartWords
  /// The width of the viewBox to lay the chart out in. Wide layouts (640–720) are the
  /// classic ones; below `Chart.compactWidth` (e.g. 360, for phones) every chart is laid out
  /// exactly this wide with text kept at its normal size: bars turn horizontal, pie labels
  /// become a list under the pie, and so on. Bar, grouped, stacked and line charts are always
  /// exactly this wide; a wide horizontal bar chart may grow for long labels; a wide pie and
  /// tile map take the width their labels and grid need.
  public var width: Double

  /// Widths below this get the compact (phone) layouts.
  public static let compactWidth = 520.0

  /// Makes a chart.
  public init(
    kind: Kind, id: String, title: String, summary: String, categories: [Category],
    series: [Series], unit: String, numberStyle: NumberStyle, words: ChartWords, width: Double = 640
  ) {
    self.kind = kind
    self.id = id
    self.title = title
    self.summary = summary
    self.categories = categories
    self.series = series
    self.unit = unit
    self.numberStyle = numberStyle
    self.words = words
    self.width = width
  }
}

/// One category: a stable key (the Chinese name; the tile map places tiles by it) and the
/// label shown to the reader.
public struct Category: Sendable, Equatable {
  /// Stable key, e.g. "北京".
  public var key: String
  /// Label in the reader's language, e.g. "Beijing".
  public var label: String
  /// Makes a category.
  public init(key: String, label: String) {
    self.key = key
    self.label = label
  }
}

/// One data series: a name for the legend, a value per category (nil where the source has
/// none) and the value as the page prints it.
public struct Series: Sendable, Equatable {
  /// Legend name, e.g. "2019年" / "2019".
  public var name: String
  /// One value per category; nil = not in the source (drawn as a gap, never as zero).
  public var values: [Double?]
  /// One printed label per category, formatted for the reader's language; nil where missing.
  public var labels: [String?]
  /// True when the values are computed by the build rather than printed in the source: the
  /// flag every value gets when `derived` is not given.
  public var isDerived: Bool
  /// One flag per value, true where that value is computed by the build rather than
  /// printed (a transposed chart mixes a derived 2018 value with a printed 2019 one). Those
  /// bars, slices and tiles are hatched; the legend marks the series as derived only when
  /// all its values are. Defaults to `isDerived` for every value.
  public var derived: [Bool] {
    get { derivedFlags ?? Array(repeating: isDerived, count: values.count) }
    set { derivedFlags = newValue }
  }
  /// The flags as given; nil when every value follows `isDerived`.
  private(set) var derivedFlags: [Bool]?

  /// Makes a series; `derived`, when given, flags each value (see `derived`).
  public init(
    name: String, values: [Double?], labels: [String?], isDerived: Bool = false, derived: [Bool]? = nil
  ) {
    self.name = name
    self.values = values
    self.labels = labels
    self.isDerived = isDerived
    self.derivedFlags = derived
  }

  /// Equal when everything shown is equal, however the flags were given.
  public static func == (lhs: Series, rhs: Series) -> Bool {
    lhs.name == rhs.name && lhs.values == rhs.values && lhs.labels == rhs.labels
      && lhs.isDerived == rhs.isDerived && lhs.derived == rhs.derived
  }
}

/// How numbers on axes are written.
public struct NumberStyle: Sendable, Equatable {
  /// Thousands separator: "" in Chinese, "," in English.
  public var groupingSeparator: String
  /// Makes a number style.
  public init(groupingSeparator: String) { self.groupingSeparator = groupingSeparator }
}

/// Fixed words in the reader's language.
public struct ChartWords: Sendable, Equatable {
  /// Label of the slice that groups small pie slices ("其他" / "Other").
  public var other: String
  /// Marker for derived series in the legend ("推算" / "derived").
  public var derived: String
  /// Shown where a value is missing ("无数据" / "no data").
  public var noData: String
  /// Makes the words.
  public init(other: String, derived: String, noData: String) {
    self.other = other
    self.derived = derived
    self.noData = noData
  }
}
