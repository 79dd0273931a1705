import Mustache

// swift-mustache finds a name in a view by reflection (`Mirror`) unless the view answers it
// itself: reflecting the whole struct for every `{{name}}` was a tenth of a build. Each view
// answers its own fields here; a name not listed (a field added later) still goes through
// the same reflection the library would use, so a template never sees a difference.

/// What swift-mustache's reflection gives for `name`: the field's value, optionals unwrapped.
private func reflected(_ value: Any, _ name: String) -> Any? {
  guard let field = Mirror(reflecting: value).children.first(where: { $0.label == name })?.value else { return nil }
  let mirror = Mirror(reflecting: field)
  guard mirror.displayStyle == .optional else { return field }
  return mirror.children.first?.value
}

extension LinkView: MustacheParent {
  func child(named name: String) -> Any? {
    switch name {
    case "label": label
    case "href": href
    case "hreflang": hreflang
    case "lang": lang
    default: reflected(self, name)
    }
  }
}

extension NavItemView: MustacheParent {
  func child(named name: String) -> Any? {
    switch name {
    case "part": part
    case "title": title
    case "href": href
    case "current": current
    case "draft": draft
    case "gap": gap
    default: reflected(self, name)
    }
  }
}

extension TocItemView: MustacheParent {
  func child(named name: String) -> Any? {
    switch name {
    case "text": text
    case "id": id
    case "sub": sub
    default: reflected(self, name)
    }
  }
}

extension AlternateView: MustacheParent {
  func child(named name: String) -> Any? {
    switch name {
    case "hreflang": hreflang
    case "href": href
    default: reflected(self, name)
    }
  }
}

extension WordsView: MustacheParent {
  func child(named name: String) -> Any? {
    switch name {
    case "skipToContent": skipToContent
    case "contents": contents
    case "siteNavigation": siteNavigation
    case "previous": previous
    case "next": next
    case "chapters": chapters
    case "keyFigures": keyFigures
    case "home": home
    case "draft": draft
    case "notFound": notFound
    default: reflected(self, name)
    }
  }
}

extension PageView: MustacheParent {
  func child(named name: String) -> Any? {
    switch name {
    case "htmlLang": htmlLang
    case "language": language
    case "title": title
    case "siteTitle": siteTitle
    case "description": description
    case "root": root
    case "homeHref": homeHref
    case "canonical": canonical
    case "alternates": alternates
    case "otherLanguage": otherLanguage
    case "nav": nav
    case "words": words
    case "bodyClass": bodyClass
    case "body": body
    case "liveReload": liveReload
    default: reflected(self, name)
    }
  }
}

extension ChapterView: MustacheParent {
  func child(named name: String) -> Any? {
    switch name {
    case "title": title
    case "part": part
    case "isDraft": isDraft
    case "toc": toc
    case "hasToc": hasToc
    case "content": content
    case "previous": previous
    case "next": next
    case "words": words
    default: reflected(self, name)
    }
  }
}

extension KeyFigureView: MustacheParent {
  func child(named name: String) -> Any? {
    switch name {
    case "label": label
    case "value": value
    case "unit": unit
    case "change": change
    case "down": down
    default: reflected(self, name)
    }
  }
}

extension ChapterItemView: MustacheParent {
  func child(named name: String) -> Any? {
    switch name {
    case "part": part
    case "title": title
    case "summary": summary
    case "href": href
    default: reflected(self, name)
    }
  }
}

extension CoverView: MustacheParent {
  func child(named name: String) -> Any? {
    switch name {
    case "title": title
    case "subtitle": subtitle
    case "year": year
    case "keyFigures": keyFigures
    case "chapters": chapters
    case "words": words
    default: reflected(self, name)
    }
  }
}

extension ChooserLanguageView: MustacheParent {
  func child(named name: String) -> Any? {
    switch name {
    case "code": code
    case "name": self.name
    case "title": title
    case "href": href
    case "lang": lang
    default: reflected(self, name)
    }
  }
}

extension ChooserView: MustacheParent {
  func child(named name: String) -> Any? {
    switch name {
    case "languages": languages
    case "defaultHref": defaultHref
    default: reflected(self, name)
    }
  }
}
