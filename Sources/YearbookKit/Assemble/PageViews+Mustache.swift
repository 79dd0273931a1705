// Each view answers its own names (see `TemplateView`); `TemplateViewTests` checks every
// answer against what reflection gives.

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
    "search", "searchHint", "searchCount", "searchCountShown", "searchCountOne", "searchNone", "searchUnavailable",
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
    case "search": search.node
    case "searchHint": searchHint.node
    case "searchCount": searchCount.node
    case "searchCountShown": searchCountShown.node
    case "searchCountOne": searchCountOne.node
    case "searchNone": searchNone.node
    case "searchUnavailable": searchUnavailable.node
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
  static let fieldNames = ["label", "value", "mark", "unit", "change", "down"]

  func value(named name: String) -> Any? {
    switch name {
    case "label": label.node
    case "value": value.node
    case "mark": mark.node
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
  static let fieldNames = ["title", "subtitle", "year", "keyFigures", "chapters", "lastRevised", "words"]

  func value(named name: String) -> Any? {
    switch name {
    case "title": title.node
    case "subtitle": subtitle.node
    case "year": year.node
    case "keyFigures": keyFigures.nodes
    case "chapters": chapters.nodes
    case "lastRevised": lastRevised?.node
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
