/// One sample of each view model, every optional set and every list one element long, so
/// `TemplateShape` sees every name a template could use; and which template renders which.
/// Mirrors what `SiteBuilder` hands each template: a view model that gains a property is
/// seen here without change; one that gains a property without a default must be given a
/// sample value here (the compiler says so).
enum TemplateSamples {
  static var shapes: [String: TemplateShape] {
    var shapes: [String: TemplateShape] = [
      "layout": TemplateShape(of: page),
      "cover": TemplateShape(of: cover),
      "chooser": TemplateShape(of: chooser),
      "not-found": TemplateShape(of: words),
      "revisions": TemplateShape(of: revisions),
    ]
    let chapterShape = TemplateShape(of: chapter)
    for name in ChapterParser.templates { shapes[name] = chapterShape }
    return shapes
  }

  static let words = WordsView(Words(.en))
  static let link = LinkView(label: "label", href: "href", hreflang: "en", lang: "en")

  static var page: PageView {
    PageView(
      htmlLang: "en", language: "en", title: "title", siteTitle: "site", description: "description", root: "../",
      homeHref: "index.html", canonical: "canonical", alternates: [AlternateView(hreflang: "en", href: "href")],
      otherLanguage: link, nav: [NavItemView(part: "Part 1", title: "title", href: "href", current: true, draft: false)],
      words: words, bodyClass: "chapter", body: "body", liveReload: "script")
  }

  static var chapter: ChapterView {
    ChapterView(
      title: "title", part: "Part 1", isDraft: false, toc: [TocItemView(text: "text", id: "id", sub: false)], hasToc: true,
      content: "content", previous: link, next: link, words: words)
  }

  static var cover: CoverView {
    CoverView(
      title: "title", subtitle: "subtitle", year: "2019",
      keyFigures: [KeyFigureView(label: "label", value: "1", mark: "mark", unit: "unit", change: "+1%", down: false)],
      chapters: [ChapterItemView(part: "Part 1", title: "title", summary: "summary", href: "href")], lastRevised: "lastRevised",
      words: words)
  }

  static var revisions: RevisionsView {
    RevisionsView(
      title: "title", intro: "intro",
      revisions: [
        RevisionItemView(
          id: "id", date: "2021-03-15", table: "table", tableHref: "href", title: "title", row: "row", column: "column", was: "1",
          now: "2", reason: "reason")
      ],
      rowHeading: "row", columnHeading: "column", changeHeading: "change", reasonHeading: "reason", words: words)
  }

  static var chooser: ChooserView {
    ChooserView(
      languages: [ChooserLanguageView(code: "en", name: "English", title: "title", href: "href", lang: "en")], defaultHref: "href")
  }
}
