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
  /// Where `key_figures` is given, for findings about it.
  public var keyFiguresLocation: SourceLocation?
  /// Where `site.yaml` is.
  public var location: SourceLocation
}

/// Chinese label → English, from `glossary.csv`.
public struct Glossary: Sendable, Equatable {
  /// English per Chinese label. Keyed by `TextKey`: every label of every English table is
  /// looked up here, and `String` hashes Chinese slowly.
  public var english: [TextKey: String]
  /// Where each entry is.
  public var locations: [TextKey: SourceLocation]

  /// Makes a glossary.
  public init(english: [String: String] = [:], locations: [String: SourceLocation] = [:]) {
    self.english = Dictionary(uniqueKeysWithValues: english.map { (TextKey($0.key), $0.value) })
    self.locations = Dictionary(uniqueKeysWithValues: locations.map { (TextKey($0.key), $0.value) })
  }

  /// The English of the Chinese label `zh`, if the glossary has it.
  public func english(_ zh: String) -> String? {
    english[TextKey(zh)]
  }
}
