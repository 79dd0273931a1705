/// The report as `site.yaml` describes it.
public struct Site: Sendable, Equatable {
  /// Report title.
  public var title: Localized
  /// Subtitle.
  public var subtitle: Localized
  /// The data year.
  public var year: Int
  /// Languages, the first the default.
  public var languages: [Language]
  /// Chapter slugs in reading order.
  public var chapterOrder: [String]
  /// Id of the table whose rows are the cover's key figures.
  public var keyFigures: String?
  /// Where `site.yaml` is.
  public var location: SourceLocation
}

/// Chinese label → English, from `glossary.csv`.
public struct Glossary: Sendable, Equatable {
  /// English per Chinese label.
  public var english: [String: String]
  /// Where each entry is.
  public var locations: [String: SourceLocation]

  /// Makes a glossary.
  public init(english: [String: String] = [:], locations: [String: SourceLocation] = [:]) {
    self.english = english
    self.locations = locations
  }
}
