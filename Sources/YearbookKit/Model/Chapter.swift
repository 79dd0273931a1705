import Markdown

/// One chapter in one language: its front matter and its Markdown.
public struct Chapter: Sendable, Equatable {
  /// How a chapter numbers its tables.
  public enum Numbering: String, Sendable {
    /// 表 1–1 / Table 1-1.
    case chapter
    /// 附表 5 / Appendix Table 5 (the schema's `number`).
    case appendix
  }

  /// The chapter's slug, e.g. `overview`.
  public var slug: String
  /// Its language.
  public var language: Language
  /// Page title.
  public var title: String
  /// Template name (overview, composition, regions, agencies, chronicle, appendix).
  public var template: String
  /// Part number, the first half of 图 1–1.
  public var part: Int
  /// Table numbering style.
  public var numbering: Numbering
  /// A draft: shown by `serve`, left out of `build` unless `--drafts`.
  public var isDraft: Bool
  /// Keep raw HTML from the Markdown.
  public var allowsRawHTML: Bool
  /// One line for the chapter list.
  public var summary: String
  /// The Markdown body.
  public var body: MarkdownNode
  /// The file.
  public var location: SourceLocation
}
