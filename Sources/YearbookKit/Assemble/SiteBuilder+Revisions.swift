extension SiteBuilder {
  /// `<lang>/revisions.html`: every revision of a figure, the latest first, each with the
  /// date, the table's label linked to where it is shown, the row and column in the page's
  /// language, the figure before and now as the tables print them, and the reason.
  func revisionsPage(_ language: Language, index: ReferenceIndex) -> HTMLPieces {
    let words = Words(language)
    let translator = Translator(language: language, glossary: report.glossary)
    let revisions = RevisionIndex(report)
    let items = revisions.entries.map { entry -> RevisionItemView in
      let table = entry.table
      let column = table.schema.columns[entry.column]
      let target = index.target(table.id, from: "", language)
      let href =
        target.map { "\($0.slug).html#\($0.anchor)" } ?? (report.site.keyFigures == table.id ? "index.html#key-figures-title" : nil)
      let title = table.schema.title.text(language)
      let labels = TableRenderer(translator: translator, rootPath: "")
      let row = table.labelColumn.map { labels.text(table.rows[entry.row], column: $0, table: table) } ?? ""
      return RevisionItemView(
        id: entry.anchor, date: entry.revision.date, table: target?.label ?? title, tableHref: href,
        title: target?.label == nil ? "" : title,
        row: row, column: ChartBuilder(translator: translator).seriesName(column),
        was: NumberFormat.format(entry.was, decimals: entry.wasDecimals, language), now: NumberFormat.format(entry.cell, language),
        reason: entry.revision.reason.text(language))
    }
    let view = RevisionsView(
      title: words.revisions, intro: words.revisionsIntro, revisions: items, rowHeading: words.revisionRow,
      columnHeading: words.revisionColumn, changeHeading: words.revisionChange, reasonHeading: words.revisionReason,
      words: WordsView(words))
    let other = languages.first { $0 != language }.map { "\($0.code)/revisions.html" }
    return page(
      language, path: "\(language.code)/revisions.html", title: words.revisions, description: "", bodyClass: "revisions",
      body: HTMLPieces(templates.render(view, "revisions")), otherPath: other)
  }
}
