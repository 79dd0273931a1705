import Mustache

// swift-mustache finds a name in a value by casting the value to its protocols (and by
// reflection, `Mirror`, when none answers). The first cast of a type to a protocol scans every
// conformance record of the program (about 0.35 M instructions), so each view type and each
// array type handed to it cost a few scans per build. Every view therefore reaches the library
// as one type, `TemplateNode`, lists as `[TemplateNode]`, text as `TemplateText`, and each view
// answers its own names. `TemplateViewTests` checks the answers against reflection field by
// field, and that every template renders the same through them as through reflection.

/// A view model that answers, for each of its stored properties, the value a template sees:
/// text as `TemplateText`, flags as `Bool`, an optional unwrapped (nil when absent), a nested
/// view as a `TemplateNode`, a list of views as `[TemplateNode]`.
protocol TemplateView: Sendable {
  /// Every name a template can reach, in declaration order: the stored properties.
  static var fieldNames: [String] { get }
  /// The value of the field `name`; nil for no such field or an absent optional.
  func value(named name: String) -> Any?
}

/// The one type swift-mustache is given for every view model. It prints as its view does
/// (a template that prints a whole view, `{{words}}`, gets what it got before).
struct TemplateNode: MustacheParent, CustomStringConvertible, CustomDebugStringConvertible, Sendable {
  /// The view it stands for.
  let view: any TemplateView

  func child(named name: String) -> Any? { view.value(named: name) }
  var description: String { String(describing: view) }
  var debugDescription: String { String(reflecting: view) }
}

/// Text as swift-mustache is given it. It renders as the `String` would (escaped by `{{ }}`,
/// as it is by `{{{ }}}`), takes the same transforms, and as a section's context has no names,
/// like a `String`, but says so itself: the library reflects a `String` (`Mirror`) for every
/// name looked up through it, and casts it to two more protocols before printing it.
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable, Sendable {
  /// The text.
  let text: String

  init(_ text: String) { self.text = text }

  var renderText: String { text }
  var isNull: Bool { false }
  func child(named name: String) -> Any? { nil }
  func transform(_ name: String) -> Any? { text.transform(name) }
}

extension TemplateView {
  /// The view as swift-mustache is given it.
  var node: TemplateNode { TemplateNode(view: self) }
}

extension Array where Element: TemplateView {
  /// The views as swift-mustache is given them.
  var nodes: [TemplateNode] { map(\.node) }
}

extension String {
  /// The text as swift-mustache is given it.
  var node: TemplateText { TemplateText(self) }
}

extension LinkView: TemplateView {
  static let fieldNames = ["label", "href", "hreflang", "lang"]

  func value(named name: String) -> Any? {
    switch name {
    case "label": label.node
    case "href": href.node
    case "hreflang": hreflang.node
    case "lang": lang.node
    default: nil
    }
  }
}

extension NavItemView: TemplateView {
  static let fieldNames = ["part", "title", "href", "current", "draft", "gap"]

  func value(named name: String) -> Any? {
    switch name {
    case "part": part.node
    case "title": title.node
    case "href": href.node
    case "current": current
    case "draft": draft
    case "gap": gap
    default: nil
    }
  }
}

extension TocItemView: TemplateView {
  static let fieldNames = ["text", "id", "sub"]

  func value(named name: String) -> Any? {
    switch name {
    case "text": text.node
    case "id": id.node
    case "sub": sub
    default: nil
    }
  }
}

extension AlternateView: TemplateView {
  static let fieldNames = ["hreflang", "href"]

  func value(named name: String) -> Any? {
    switch name {
    case "hreflang": hreflang.node
    case "href": href.node
    default: nil
    }
  }
}

extension WordsView: TemplateView {
  static let fieldNames = [
    "skipToContent", "contents", "siteNavigation", "previous", "next", "chapters", "keyFigures", "home", "draft", "notFound",
  ]

  func value(named name: String) -> Any? {
    switch name {
    case "skipToContent": skipToContent.node
    case "contents": contents.node
    case "siteNavigation": siteNavigation.node
    case "previous": previous.node
    case "next": next.node
    case "chapters": chapters.node
    case "keyFigures": keyFigures.node
    case "home": home.node
    case "draft": draft.node
    case "notFound": notFound.node
    default: nil
    }
  }
}

extension PageView: TemplateView {
  static let fieldNames = [
    "htmlLang", "language", "title", "siteTitle", "description", "root", "homeHref", "canonical", "alternates",
    "otherLanguage", "nav", "words", "bodyClass", "body", "liveReload",
  ]

  func value(named name: String) -> Any? {
    switch name {
    case "htmlLang": htmlLang.node
    case "language": language.node
    case "title": title.node
    case "siteTitle": siteTitle.node
    case "description": description?.node
    case "root": root.node
    case "homeHref": homeHref.node
    case "canonical": canonical?.node
    case "alternates": alternates.nodes
    case "otherLanguage": otherLanguage?.node
    case "nav": nav.nodes
    case "words": words.node
    case "bodyClass": bodyClass.node
    case "body": body.node
    case "liveReload": liveReload?.node
    default: nil
    }
  }
}

extension ChapterView: TemplateView {
  static let fieldNames = ["title", "part", "isDraft", "toc", "hasToc", "content", "previous", "next", "words"]

  func value(named name: String) -> Any? {
    switch name {
    case "title": title.node
    case "part": part.node
    case "isDraft": isDraft
    case "toc": toc.nodes
    case "hasToc": hasToc
    case "content": content.node
    case "previous": previous?.node
    case "next": next?.node
    case "words": words.node
    default: nil
    }
  }
}

extension KeyFigureView: TemplateView {
  static let fieldNames = ["label", "value", "unit", "change", "down"]

  func value(named name: String) -> Any? {
    switch name {
    case "label": label.node
    case "value": value.node
    case "unit": unit.node
    case "change": change?.node
    case "down": down
    default: nil
    }
  }
}

extension ChapterItemView: TemplateView {
  static let fieldNames = ["part", "title", "summary", "href"]

  func value(named name: String) -> Any? {
    switch name {
    case "part": part.node
    case "title": title.node
    case "summary": summary.node
    case "href": href.node
    default: nil
    }
  }
}

extension CoverView: TemplateView {
  static let fieldNames = ["title", "subtitle", "year", "keyFigures", "chapters", "words"]

  func value(named name: String) -> Any? {
    switch name {
    case "title": title.node
    case "subtitle": subtitle.node
    case "year": year.node
    case "keyFigures": keyFigures.nodes
    case "chapters": chapters.nodes
    case "words": words.node
    default: nil
    }
  }
}

extension ChooserLanguageView: TemplateView {
  static let fieldNames = ["code", "name", "title", "href", "lang"]

  func value(named name: String) -> Any? {
    switch name {
    case "code": code.node
    case "name": self.name.node
    case "title": title.node
    case "href": href.node
    case "lang": lang.node
    default: nil
    }
  }
}

extension ChooserView: TemplateView {
  static let fieldNames = ["languages", "defaultHref"]

  func value(named name: String) -> Any? {
    switch name {
    case "languages": languages.nodes
    case "defaultHref": defaultHref.node
    default: nil
    }
  }
}
