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
    // ASCII text (most English headings) byte by byte: there a character is a byte (or CR LF,
    // which is no letter either), a letter or number is [a-z0-9] once lowercased.
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      var out: [UInt8] = []
      out.reserveCapacity(text.utf8.count)
      var pendingDash = false
      for byte in text.utf8 {
        let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
        guard isASCIILetterOrDigit(lower) else {
          pendingDash = true
          continue
        }
        if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
        pendingDash = false
        out.append(lower)
      }
      return String(decoding: out, as: UTF8.self)
    }
    var out = ""
    var pendingDash = false
    for ch in text.lowercased() {
      let keep = ch.asciiValue.map(isASCIILetterOrDigit) ?? (ch.isLetter || ch.isNumber)
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

  /// True for the bytes of `a`–`z` and `0`–`9`.
  private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
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
