import Markdown

/// Assembles the whole site from a report: every page in every language, the language
/// chooser, 404, sitemap, CSV downloads and assets. Pure: the report in, files out.
public struct SiteBuilder: Sendable {
  /// Everything loaded.
  public let report: Report
  /// Parsed templates.
  public let templates: TemplateSet
  /// Options.
  public let options: BuildOptions

  /// The chapters published in each language, in order: every page's navigation reads them.
  private let publishedChapters: [Language: [Chapter]]
  /// Where `IncrementalBuilder` keeps the HTML of placed tables and figures between builds.
  var fragments: FragmentMemo?

  /// Makes a builder.
  public init(report: Report, templates: TemplateSet, options: BuildOptions) {
    self.report = report
    self.templates = templates
    self.options = options
    publishedChapters = Dictionary(grouping: report.chapters.filter { options.includeDrafts || !$0.isDraft }, by: \.language)
  }

  var languages: [Language] { report.site.languages }

  /// The chapters published in `language`, in order.
  func published(_ language: Language) -> [Chapter] {
    publishedChapters[language] ?? []
  }

  /// The chapters `language` publishes and the lines of a page's navigation among them (see
  /// `NavigationWindow`); `slug` is the page's own chapter, nil for other pages.
  func navigation(_ language: Language, current slug: String?) -> (chapters: [Chapter], entries: [NavigationWindow.Entry]) {
    let chapters = published(language)
    let own = slug.flatMap { slug in chapters.firstIndex { $0.slug == slug } }
    return (chapters, NavigationWindow.entries(count: chapters.count, current: own))
  }

  /// Builds every file, sorted by path (the list is `plan()`, shared with `IncrementalBuilder`).
  public func build() -> (files: [OutputFile], diagnostics: [Diagnostic]) {
    let plan = plan()
    let made = makeAll(plan.pages, in: plan) { _ in nil }
    return (made.map(\.file), made.flatMap(\.diagnostics))
  }

  // MARK: Pages

  func page(_ language: Language, path: String, title: String, description: String, bodyClass: String, body: HTMLPieces, otherPath: String?) -> HTMLPieces {
    let words = Words(language)
    // 404.html is served for missing paths at any depth, where relative links would break:
    // with a base URL its links are absolute.
    let root = path == "404.html" ? options.baseURL.map { "\($0)/" } ?? "" : path.contains("/") ? "../" : ""
    let current = path.split(separator: "/").last.map(String.init) ?? path
    let (chapters, entries) = navigation(language, current: current.hasSuffix(".html") ? String(current.dropLast(5)) : nil)
    let nav = entries.map { entry -> NavItemView in
      guard case .chapter(let index) = entry else { return NavItemView.gap }
      let chapter = chapters[index]
      return NavItemView(part: words.part(chapter.part), title: chapter.title, href: "\(root)\(language.code)/\(chapter.slug).html",
        current: "\(chapter.slug).html" == current, draft: chapter.isDraft)
    }
    let other = languages.first { $0 != language }
    let otherLink = other.flatMap { other in
      otherPath.map { LinkView(label: other.nativeName, href: "\(root)\($0)", hreflang: other.htmlLang, lang: other.htmlLang) }
    }
    var alternates: [AlternateView] = []
    var canonical: String?
    if let base = options.baseURL {
      canonical = "\(base)/\(path)"
      alternates = languages.map { lang in
        AlternateView(hreflang: lang.htmlLang, href: "\(base)/\(lang == language ? path : (otherPath ?? path))")
      }
    }
    return templates.render("layout", filling: body) { body in
      PageView(
        htmlLang: language.htmlLang, language: language.code,
        title: title == report.site.title.text(language) ? title : "\(title) — \(report.site.title.text(language))",
        siteTitle: report.site.title.text(language), description: description.isEmpty ? nil : description, root: root,
        homeHref: "\(root)\(language.code)/index.html", canonical: canonical, alternates: alternates,
        otherLanguage: otherLink, nav: nav, words: WordsView(words), bodyClass: bodyClass, body: body,
        liveReload: options.liveReloadScript)
    }
  }

  func chapterPage(_ chapter: Chapter, _ rendered: RenderedChapter) -> HTMLPieces {
    let language = chapter.language
    let words = Words(language)
    let list = published(language)
    let position = list.firstIndex { $0.slug == chapter.slug }
    func link(_ offset: Int) -> LinkView? {
      guard let position, list.indices.contains(position + offset) else { return nil }
      let target = list[position + offset]
      return LinkView(label: "\(words.part(target.part)) \(target.title)", href: "\(target.slug).html")
    }
    let toc = rendered.headings.map { TocItemView(text: $0.text, id: $0.id, sub: $0.level > 2) }
    let body = templates.render(chapter.template, filling: rendered.pieces) { content in
      ChapterView(
        title: chapter.title, part: words.part(chapter.part), isDraft: chapter.isDraft, toc: toc, hasToc: !toc.isEmpty,
        content: content, previous: link(-1), next: link(1), words: WordsView(words))
    }
    let other = languages.first { $0 != language }.flatMap { other in
      report.chapter(chapter.slug, other).flatMap { isPublished($0) ? "\(other.code)/\(chapter.slug).html" : nil }
    }
    return page(language, path: "\(language.code)/\(chapter.slug).html", title: chapter.title,
      description: chapter.summary, bodyClass: "chapter \(chapter.template)", body: body, otherPath: other)
  }

  func coverPage(_ language: Language) -> HTMLPieces {
    let words = Words(language)
    let chapters = published(language).map {
      ChapterItemView(part: words.part($0.part), title: $0.title, summary: $0.summary, href: "\($0.slug).html")
    }
    let view = CoverView(
      title: report.site.title.text(language), subtitle: report.site.subtitle.text(language),
      year: String(report.site.year), keyFigures: keyFigures(language), chapters: chapters,
      lastRevised: RevisionIndex(report).lastRevised.map(words.lastRevised), words: WordsView(words))
    let other = languages.first { $0 != language }.map { "\($0.code)/index.html" }
    return page(language, path: "\(language.code)/index.html", title: report.site.title.text(language),
      description: report.site.subtitle.text(language), bodyClass: "cover", body: HTMLPieces(templates.render(view, "cover")), otherPath: other)
  }

  func keyFigures(_ language: Language) -> [KeyFigureView] {
    guard let id = report.site.keyFigures, let table = report.tables[id] else { return [] }
    let schema = table.schema
    let translator = Translator(language: language, glossary: report.glossary)
    guard let item = schema.index(of: "item"), let value = schema.index(of: "value") else { return [] }
    let unit = schema.index(of: "unit")
    let growth = schema.index(of: "growth")
    let revisions = RevisionIndex(report)
    return table.rows.enumerated().map { index, row in
      let change = growth.flatMap { row.cells[$0].number }
      return KeyFigureView(
        label: translator.display(row.cells[item].raw),
        value: NumberFormat.format(row.cells[value], language),
        mark: revisions.mark(table: id, row: index, column: value, language),
        unit: unit.map { translator.display(row.cells[$0].raw) } ?? "",
        change: change.map { c in
          Words(language).change(NumberFormat.format(abs(c), decimals: growth.map { row.cells[$0].decimals } ?? 1, language), up: c >= 0)
        },
        down: (change ?? 0) < 0)
    }
  }

  func chooserPage() -> String {
    let links = languages.map {
      ChooserLanguageView(code: $0.code, name: $0.nativeName, title: report.site.title.text($0), href: "\($0.code)/index.html", lang: $0.htmlLang)
    }
    return templates.render(ChooserView(languages: links, defaultHref: "\(languages[0].code)/index.html"), "chooser")
  }

  func notFoundPage() -> HTMLPieces {
    let language = languages[0]
    let words = Words(language)
    let body = HTMLPieces(templates.render(WordsView(words), "not-found"))
    return page(language, path: "404.html", title: words.notFound, description: "", bodyClass: "not-found", body: body, otherPath: nil)
  }

  func sitemap() -> String {
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
    let base = options.baseURL.map { "\($0)/" } ?? ""
    let slugs = ["index"] + report.site.chapterOrder + (report.revisions.isEmpty ? [] : ["revisions"])
    // A draft left out in one language is neither listed nor given as an alternate.
    func listed(_ slug: String, _ language: Language) -> Bool {
      slug == "index" || slug == "revisions" || published(language).contains { $0.slug == slug }
    }
    for language in languages {
      for slug in slugs where listed(slug, language) {
        xml += "<url><loc>\(escapeHTML(base + "\(language.code)/\(slug).html"))</loc>"
        for alt in languages where listed(slug, alt) {
          xml += "<xhtml:link rel=\"alternate\" hreflang=\"\(alt.htmlLang)\" href=\"\(escapeHTML(base + "\(alt.code)/\(slug).html"))\"/>"
        }
        xml += "</url>\n"
      }
    }
    return xml + "</urlset>\n"
  }
}
