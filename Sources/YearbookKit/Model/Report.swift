/// Everything loaded from `Content/` and `Templates/`: the input of every later stage.
public struct Report: Sendable, Equatable {
  /// site.yaml.
  public var site: Site
  /// glossary.csv.
  public var glossary: Glossary
  /// Chapters, every language, in site order.
  public var chapters: [Chapter]
  /// Tables by id.
  public var tables: [String: Table]
  /// Charts by id.
  public var charts: [String: ChartSpec]
  /// Template sources by name (without extension).
  public var templates: [String: TemplateSource]
  /// Static assets by relative path (`assets/style.css`).
  public var assets: [String: [UInt8]]
  /// errata.yaml: the source's inconsistencies the editor acknowledges.
  public var errata: [Erratum] = []
  /// revisions.yaml: the published revisions of figures, as written.
  public var revisions: [Revision] = []

  /// The chapter `slug` in `language`.
  public func chapter(_ slug: String, _ language: Language) -> Chapter? {
    chapters.first { $0.slug == slug && $0.language == language }
  }
}

/// A template file's text and path.
public struct TemplateSource: Sendable, Equatable {
  /// Path for diagnostics.
  public var path: String
  /// Mustache text.
  public var text: String
}
