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
  public var words: Words

  /// Makes a chart.
  public init(
    kind: Kind, id: String, title: String, summary: String, categories: [Category],
    series: [Series], unit: String, numberStyle: NumberStyle, words: Words
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
  /// True when the values are computed by the build rather than printed in the source;
  /// drawn hatched and marked in the legend.
  public var isDerived: Bool
  /// Makes a series.
  public init(name: String, values: [Double?], labels: [String?], isDerived: Bool = false) {
    self.name = name
    self.values = values
    self.labels = labels
    self.isDerived = isDerived
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
public struct Words: Sendable, Equatable {
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
