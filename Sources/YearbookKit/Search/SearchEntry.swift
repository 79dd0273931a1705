/// One searchable piece of a page: a heading, a paragraph, a figure or table title, a table's
/// row label, a directory entry or a chronicle event, with the anchor a result jumps to.
struct SearchEntry: Equatable, Sendable {
  /// What the piece is; a lower rank is listed first among results that match equally.
  enum Kind: Int, Comparable, Sendable {
    /// The chapter's title or a section heading.
    case heading = 0
    /// A figure's or table's caption.
    case title = 1
    /// A table's row label, a directory entry, a chronicle event.
    case label = 2
    /// A paragraph or list item of the text.
    case body = 3

    static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
  }

  /// The page's file name in its language folder, e.g. `provinces.html`.
  var page: String
  /// The `id` to jump to; empty for the top of the page.
  var anchor: String
  /// Where the piece is, for the reader: the chapter's title, then the section heading or the
  /// figure or table caption it sits under.
  var place: String
  /// What the piece is.
  var kind: Kind
  /// Its text, spaces collapsed.
  var text: String
}
