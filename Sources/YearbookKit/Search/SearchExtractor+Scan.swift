extension SearchExtractor {
  /// Walks a page's tags in order, keeping the open elements on a stack, and turns each
  /// searchable element's text into an entry when it closes.
  struct Scan {
    let page: String
    private(set) var entries: [SearchEntry] = []

    /// What an open element means for the scan.
    private enum Role { case none, skip, capture, figure, directory }
    private struct Open {
      var name: String
      var role: Role
    }
    private struct Capture {
      var name: String
      var kind: SearchEntry.Kind
      var anchor: String
      var place: String
      var text: [UInt8] = []
    }

    private var stack: [Open] = []
    private var skipping = 0
    private var capture: Capture?
    private var chapter = ""
    private var section = ""
    private var topSection = ""
    private var headingAnchor = ""
    private var figure: (anchor: String, caption: String)?
    private var directories = 0
    private var seen: Set<String> = []

    init(page: String) { self.page = page }

    /// Elements whose text is not part of the page's prose: navigation, charts' drawn text
    /// (their data table follows), table headers, form controls, counts and units; and, in the
    /// English directory, each agency's Chinese name and the kind of its English name (the
    /// Chinese edition's index holds the names).
    private static let skippedNames: Set<String> = [
      "nav", "svg", "thead", "label", "output", "script", "style", "summary", "button", "select", "textarea", "template",
    ]
    private static let skippedClasses: Set<Substring> = [
      "part-label", "count", "unit", "directory-filter", "draft-badge", "original", "name-kind",
    ]
    private static let voidNames: Set<String> = [
      "br", "img", "input", "hr", "wbr", "meta", "link", "source", "col", "area", "embed", "track", "param",
    ]
    /// Block elements that, inside a captured one, separate words.
    private static let breaking: Set<String> = ["p", "li", "div", "tr", "td", "th", "dd", "dt", "ul", "ol", "table"]

    mutating func text(_ bytes: ArraySlice<UInt8>) {
      guard skipping == 0, capture != nil else { return }
      capture!.text.append(contentsOf: bytes)
    }

    mutating func tag(_ tag: Tag) {
      if tag.closing {
        // Most end tags close the element opened last.
        if stack.last?.name == tag.name {
          close(stack.removeLast())
          return
        }
        guard let at = stack.lastIndex(where: { $0.name == tag.name }) else { return }
        while stack.count > at { close(stack.removeLast()) }
        return
      }
      if Self.voidNames.contains(tag.name) || tag.selfClosing {
        if tag.name == "br", skipping == 0 { capture?.text.append(UInt8(ascii: " ")) }
        return
      }
      let role = skipping > 0 ? Role.none : open(tag)
      if role == .skip { skipping += 1 }
      stack.append(Open(name: tag.name, role: role))
    }

    private var place: String {
      if let figure, !figure.caption.isEmpty { return "\(chapter) › \(figure.caption)" }
      return section.isEmpty ? chapter : "\(chapter) › \(section)"
    }

    private mutating func open(_ tag: Tag) -> Role {
      // A number cell, the commonest tag of a page, is neither skipped nor searched.
      if tag.name == "td" && !tag.classes.contains("text") {
        if capture != nil { capture!.text.append(UInt8(ascii: " ")) }
        return .none
      }
      if Self.skippedNames.contains(tag.name) || tag.classes.contains(where: Self.skippedClasses.contains) { return .skip }
      if capture != nil {
        if Self.breaking.contains(tag.name) { capture!.text.append(UInt8(ascii: " ")) }
        return .none
      }
      func start(_ kind: SearchEntry.Kind, anchor: String, place: String) -> Role {
        capture = Capture(name: tag.name, kind: kind, anchor: anchor, place: place)
        return .capture
      }
      let anchor = figure?.anchor ?? headingAnchor
      switch tag.name {
      case "h1":
        return start(.heading, anchor: "", place: "")
      case "h2", "h3", "h4", "h5", "h6":
        if let id = tag.id { headingAnchor = id }
        return start(.heading, anchor: tag.id ?? headingAnchor, place: tag.name == "h2" || topSection.isEmpty ? chapter : "\(chapter) › \(topSection)")
      case "figure":
        figure = (tag.id ?? headingAnchor, "")
        return .figure
      case "figcaption", "caption":
        return start(.title, anchor: anchor, place: section.isEmpty ? chapter : "\(chapter) › \(section)")
      case "th" where tag.scope == "row" || tag.scope == "rowgroup", "td" where tag.classes.contains("text"):
        return start(.label, anchor: anchor, place: place)
      case "li" where tag.id != nil:
        return start(.label, anchor: tag.id!, place: place)
      case "li":
        return start(directories > 0 ? .label : .body, anchor: anchor, place: place)
      case "div" where tag.classes.contains("directory"):
        directories += 1
        return .directory
      case "p", "dd", "dt":
        return start(.body, anchor: anchor, place: place)
      default:
        return .none
      }
    }

    private mutating func close(_ open: Open) {
      switch open.role {
      case .skip:
        skipping -= 1
      case .figure:
        figure = nil
      case .directory:
        directories -= 1
      case .capture:
        guard let done = capture else { return }
        capture = nil
        let text = SearchText.cleaned(done.text)
        guard !text.isEmpty else { return }
        switch done.name {
        case "h1": chapter = text
        case "h2":
          topSection = text
          section = text
        case "h3", "h4", "h5", "h6": section = text
        case "figcaption", "caption": if figure != nil { figure!.caption = text }
        default: break
        }
        let place = done.name == "h1" ? text : done.place
        guard seen.insert("\(done.kind.rawValue)#\(done.anchor)#\(text)").inserted else { return }
        entries.append(SearchEntry(page: page, anchor: done.anchor, place: place, kind: done.kind, text: text))
      case .none:
        break
      }
    }
  }
}
