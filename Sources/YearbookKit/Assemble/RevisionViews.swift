/// One revision on the revisions page, in the page's language.
struct RevisionItemView: Sendable {
  /// Element id, which the marks link to.
  var id: String
  /// `YYYY-MM-DD`.
  var date: String
  /// The table's printed label (`附表 2`), or its title when it has none.
  var table: String
  /// Where the table is shown, nil when no page shows it.
  var tableHref: String?
  /// The table's title.
  var title: String
  var row: String
  var column: String
  /// The figure before and now, as the tables print them.
  var was: String
  var now: String
  var reason: String
}

/// The revisions page's body, for `revisions.mustache`.
struct RevisionsView: Sendable {
  var title: String
  var intro: String
  var revisions: [RevisionItemView]
  var rowHeading: String
  var columnHeading: String
  var changeHeading: String
  var reasonHeading: String
  var words: WordsView
}

extension RevisionItemView: TemplateView {
  static let fieldNames = ["id", "date", "table", "tableHref", "title", "row", "column", "was", "now", "reason"]

  func value(named name: String) -> Any? {
    switch name {
    case "id": id.node
    case "date": date.node
    case "table": table.node
    case "tableHref": tableHref?.node
    case "title": title.node
    case "row": row.node
    case "column": column.node
    case "was": was.node
    case "now": now.node
    case "reason": reason.node
    default: nil
    }
  }
}

extension RevisionsView: TemplateView {
  static let fieldNames = ["title", "intro", "revisions", "rowHeading", "columnHeading", "changeHeading", "reasonHeading", "words"]

  func value(named name: String) -> Any? {
    switch name {
    case "title": title.node
    case "intro": intro.node
    case "revisions": revisions.nodes
    case "rowHeading": rowHeading.node
    case "columnHeading": columnHeading.node
    case "changeHeading": changeHeading.node
    case "reasonHeading": reasonHeading.node
    case "words": words.node
    default: nil
    }
  }
}
