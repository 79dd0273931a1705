/// View models handed to the Mustache templates: plain strings, booleans and lists, never
/// domain types. HTML fields (`body`, `content`) hold HTML we produced and escaped ourselves.

/// A link.
struct LinkView: Sendable {
  var label: String
  var href: String
  var hreflang: String = ""
  var lang: String = ""
}

/// One entry of the site navigation.
struct NavItemView: Sendable {
  var part: String
  var title: String
  var href: String
  var current: Bool
  var draft: Bool
  /// A mark for chapters a long report's navigation leaves out (see `NavigationWindow`).
  var gap = false

  static let gap = NavItemView(part: "", title: "", href: "", current: false, draft: false, gap: true)
}

/// One entry of a page's table of contents.
struct TocItemView: Sendable {
  var text: String
  var id: String
  var sub: Bool
}

/// An `hreflang` alternate.
struct AlternateView: Sendable {
  var hreflang: String
  var href: String
}

/// The interface's words, for templates.
struct WordsView: Sendable {
  var skipToContent: String
  var contents: String
  var siteNavigation: String
  var previous: String
  var next: String
  var chapters: String
  var keyFigures: String
  var home: String
  var draft: String
  var notFound: String
  var search: String
  var searchHint: String
  var searchCount: String
  var searchCountShown: String
  var searchCountOne: String
  var searchNone: String
  var searchUnavailable: String

  init(_ words: Words) {
    skipToContent = words.skipToContent
    contents = words.contents
    siteNavigation = words.siteNavigation
    previous = words.previous
    next = words.next
    chapters = words.chapters
    keyFigures = words.keyFigures
    home = words.home
    draft = words.draft
    notFound = words.notFound
    search = words.search
    searchHint = words.searchHint
    searchCount = words.searchCount
    searchCountShown = words.searchCountShown
    searchCountOne = words.searchCountOne
    searchNone = words.searchNone
    searchUnavailable = words.searchUnavailable
  }
}

/// The whole page, for `layout.mustache`.
struct PageView: Sendable {
  var htmlLang: String
  var language: String
  var title: String
  var siteTitle: String
  var description: String?
  var root: String
  var homeHref: String
  var canonical: String?
  var alternates: [AlternateView]
  var otherLanguage: LinkView?
  var nav: [NavItemView]
  var words: WordsView
  var bodyClass: String
  var body: String
  var liveReload: String?
}

/// A chapter page's body, for the chapter templates.
struct ChapterView: Sendable {
  var title: String
  var part: String
  var isDraft: Bool
  var toc: [TocItemView]
  var hasToc: Bool
  var content: String
  var previous: LinkView?
  var next: LinkView?
  var words: WordsView
}

/// One key figure on the cover.
struct KeyFigureView: Sendable {
  var label: String
  var value: String
  /// The revision mark after a revised value (HTML), "" when not revised.
  var mark: String = ""
  var unit: String
  var change: String?
  var down: Bool
}

/// One chapter in the cover's list.
struct ChapterItemView: Sendable {
  var part: String
  var title: String
  var summary: String
  var href: String
}

/// The cover's body.
struct CoverView: Sendable {
  var title: String
  var subtitle: String
  var year: String
  var keyFigures: [KeyFigureView]
  var chapters: [ChapterItemView]
  /// "Last revised: …" when figures were revised.
  var lastRevised: String? = nil
  var words: WordsView
}

/// One language offered by the root chooser.
struct ChooserLanguageView: Sendable {
  var code: String
  var name: String
  var title: String
  var href: String
  var lang: String
}

/// The root language chooser.
struct ChooserView: Sendable {
  var languages: [ChooserLanguageView]
  var defaultHref: String
}
