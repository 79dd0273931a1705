import Charts
import Markdown

/// A chapter's body as HTML, the headings for its table of contents, and what went wrong.
public struct RenderedChapter: Sendable {
  /// Body HTML: the Markdown's with each table and figure in its place.
  public var pieces: HTMLPieces
  /// Body HTML, as one string.
  public var html: String { pieces.text }
  /// Headings (h2, h3) in order.
  public var headings: [Heading]
  /// Findings met while rendering (unknown ids, dangling references).
  public var diagnostics: [Diagnostic]
}

/// Renders a chapter's Markdown with its tables, figures, timelines and directories in
/// place, and cross-references replaced by numbered links. Pure.
public struct ChapterRenderer: Sendable {
  /// Everything loaded.
  public let report: Report
  /// Where every table and chart is placed.
  public let index: ReferenceIndex
  /// Where the HTML of placed tables and figures is remembered across builds, if anywhere.
  public let fragments: FragmentMemo?
  /// The revised figures, to mark.
  let revisions: RevisionIndex

  /// Makes a renderer.
  public init(report: Report, index: ReferenceIndex, fragments: FragmentMemo? = nil) {
    self.report = report
    self.index = index
    self.fragments = fragments
    revisions = RevisionIndex(report)
  }

  /// `make()`, or the HTML `fragments` remembers for the same inputs.
  private func fragment(_ key: FragmentMemo.Key, _ make: () -> HTMLPieces) -> HTMLPieces {
    fragments?.html(key, make) ?? make()
  }

  /// Renders `chapter` whose placements are `placements`.
  public func render(_ chapter: Chapter, placements: [Placement]) -> RenderedChapter {
    let language = chapter.language
    let translator = Translator(language: language, glossary: report.glossary)
    let rootPath = "../"
    var diagnostics: [Diagnostic] = []
    var extraHeadings: [(afterLine: Int, headings: [Heading])] = []
    var byLine: [Int: Placement] = [:]
    for p in placements { byLine[p.location.line] = p }
    let path = chapter.location.path

    let placed: (String, String, SourcePosition) -> HTMLPieces? = { info, _, at in
      guard let placement = byLine[at.line], placement.kind.rawValue == info.trimmingSpaces() else { return nil }
      switch placement.kind {
      case .table:
        guard let table = report.tables[placement.id] else {
          diagnostics.append(Diagnostic(.error, at: placement.location, rule: "unknown-id", "no table '\(placement.id)' in data/"))
          return HTMLPieces()
        }
        let errata = report.errataNotes(for: table.id, language).map(Words(language).sourceInconsistency)
        let marks = revisions.marks(table.id, language)
        let key = FragmentMemo.Key(
          kind: .table, table: table, label: placement.label, anchor: placement.anchor, notes: errata, language: language,
          glossary: report.glossary, rootPath: rootPath, marks: marks)
        return fragment(key) {
          var renderer = TableRenderer(translator: translator, rootPath: rootPath)
          renderer.marks = marks
          return renderer.pieces(table, label: placement.label, anchor: placement.anchor, errata: errata)
        }
      case .chart:
        guard let spec = report.charts[placement.id] else {
          diagnostics.append(Diagnostic(.error, at: placement.location, rule: "unknown-id", "no chart '\(placement.id)' declared in data/*.yaml"))
          return HTMLPieces()
        }
        guard let table = report.tables[spec.table] else {
          diagnostics.append(Diagnostic(.error, at: spec.location, rule: "unknown-id", "chart '\(spec.id)' draws from table '\(spec.table)', which does not exist"))
          return HTMLPieces()
        }
        let marks = chartMarks(spec, table, language)
        let key = FragmentMemo.Key(
          kind: .chart, table: table, spec: spec, label: placement.label, anchor: placement.anchor, notes: [], language: language,
          glossary: report.glossary, rootPath: rootPath, marks: marks)
        return fragment(key) {
          let chart = ChartBuilder(translator: translator).chart(spec, table: table, id: placement.anchor)
          var renderer = FigureRenderer(language: language, rootPath: rootPath)
          renderer.marks = marks
          return renderer.pieces(chart, spec: spec, label: placement.label, anchor: placement.anchor)
        }
      case .timeline:
        guard let table = report.tables[placement.id] else {
          diagnostics.append(Diagnostic(.error, at: placement.location, rule: "unknown-id", "no table '\(placement.id)' in data/"))
          return HTMLPieces()
        }
        let (html, headings) = TimelineRenderer(translator: translator).html(table, headingLevel: 2)
        extraHeadings.append((at.line, headings))
        return HTMLPieces(html)
      case .directory:
        guard let table = report.tables[placement.id] else {
          diagnostics.append(Diagnostic(.error, at: placement.location, rule: "unknown-id", "no table '\(placement.id)' in data/"))
          return HTMLPieces()
        }
        return DirectoryRenderer(translator: translator).pieces(table, anchor: placement.anchor)
      }
    }
    // The titles of links (a figure's options), read from the tree only when a figure is met:
    // the renderer's hook is given no title.
    var titles: [SourcePosition: String]?
    let linkHook: HTMLRenderer.LinkHook = { destination, textIsEmpty, at in
      guard textIsEmpty, destination.hasPrefix("#") else { return nil }
      if FigureReference.isFigure(destination) {
        if titles == nil {
          titles = [:]
          for link in LinkCollector.links(in: chapter.body) { titles![link.at] = link.title }
        }
        switch figureHTML(destination, title: titles![at] ?? "", in: chapter) {
        case .success(let html): return html
        case .failure(let problem):
          diagnostics.append(
            Diagnostic(.error, at: SourceLocation(path: path, line: at.line, column: at.column), rule: "figure-reference", problem.message))
          return "<span class=\"xref broken\">??</span>"
        }
      }
      let id = String(destination.dropFirst())
      guard report.tables[id] != nil || report.charts[id] != nil else {
        diagnostics.append(Diagnostic(.error, at: SourceLocation(path: path, line: at.line, column: at.column), rule: "dangling-reference", "cross-reference to '\(id)', which is no table or chart"))
        return "<span class=\"xref broken\">??</span>"
      }
      guard let target = index.target(id, from: chapter.slug, language) else {
        diagnostics.append(Diagnostic(.error, at: SourceLocation(path: path, line: at.line, column: at.column), rule: "dangling-reference", "cross-reference to '\(id)', which no \(language.code) chapter places"))
        return "<span class=\"xref broken\">??</span>"
      }
      let href = target.slug == chapter.slug ? "#\(target.anchor)" : "\(target.slug).html#\(target.anchor)"
      let text = target.label ?? (report.tables[id]?.schema.title ?? report.charts[id]?.title)?.text(language) ?? id
      return "<a class=\"xref\" href=\"\(escapeHTML(href))\">\(escapeHTML(text))</a>"
    }
    // A placed block's HTML is kept aside and put in its place after (the renderer notes
    // where): copied into the Markdown's HTML, the tables and figures (most of a page) were
    // copied once more at every growth of it.
    var blocks: [HTMLPieces] = []
    let blockHook: HTMLRenderer.BlockHook = { info, code, at in
      guard let html = placed(info, code, at) else { return nil }
      blocks.append(html)
      return ""
    }
    var renderer = HTMLRenderer(allowsRawHTML: chapter.allowsRawHTML, blockHook: blockHook, linkHook: linkHook)
    renderer.textHTML = { LanguageRuns.html($0, on: language) }
    let rendered = renderer.render(chapter.body)
    var headings = rendered.headings
    if !extraHeadings.isEmpty {
      headings += extraHeadings.flatMap(\.headings)
    }
    var pieces = HTMLPieces()
    var cursor = 0
    for (offset, block) in zip(rendered.blockOffsets, blocks) {
      pieces.append(rendered.html, utf8: cursor..<offset)
      pieces.append(contentsOf: block)
      cursor = offset
    }
    pieces.append(rendered.html, utf8: cursor..<rendered.html.utf8.count)
    return RenderedChapter(pieces: pieces, headings: headings.filter { $0.level <= 3 }, diagnostics: diagnostics)
  }
}
