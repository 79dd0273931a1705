/// Stable heading ids: an explicit `{#id}` at the end of a heading wins; otherwise a slug of
/// its text (ASCII letters and digits lowercased, CJK kept, everything else a single dash).
enum HeadingID {
  /// Splits `Title {#id}` into its text and explicit id.
  static func split(_ text: String) -> (text: String, id: String?) {
    let trimmed = text.trimmingSpaces()
    guard trimmed.hasSuffix("}"), let open = lastOpening(in: trimmed) else {
      return (trimmed, nil)
    }
    let id = String(trimmed[trimmed.index(open, offsetBy: 2)..<trimmed.index(before: trimmed.endIndex)])
    guard !id.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
    else { return (trimmed, nil) }
    return (String(trimmed[..<open]).trimmingSpaces(), id)
  }

  /// Removes the trailing `{#id}` from rendered heading HTML.
  static func strippingExplicitID(fromHTML html: String) -> String {
    guard let open = lastOpening(in: html) else { return html }
    return String(html[..<open]).trimmingSpaces()
  }

  /// The index of the last `{#` in `text`.
  private static func lastOpening(in text: String) -> String.Index? {
    var index = text.endIndex
    while index > text.startIndex {
      index = text.index(before: index)
      if text[index] == "{", text.index(after: index) < text.endIndex, text[text.index(after: index)] == "#" {
        return index
      }
    }
    return nil
  }

  /// The slug of a heading's text.
  static func slug(_ text: String) -> String {
    var out = ""
    var pendingDash = false
    for ch in text.lowercased() {
      let keep = (ch.isASCII && (ch.isLetter || ch.isNumber)) || (!ch.isASCII && (ch.isLetter || ch.isNumber))
      if keep {
        if pendingDash && !out.isEmpty { out.append("-") }
        pendingDash = false
        out.append(ch)
      } else {
        pendingDash = true
      }
    }
    return out
  }
}

extension String {
  func trimmingSpaces() -> String {
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s.removeFirst() }
    while let l = s.last, l.isWhitespace { s.removeLast() }
    return String(s)
  }
}
