/// The tags of a Mustache template with their line and column: `{{name}}`, `{{{name}}}`,
/// `{{&name}}`, sections `{{#name}}` / `{{^name}}` / `{{/name}}`, partials `{{> name}}`.
/// Comments are skipped. Only the default `{{ }}` delimiters are read: a template that sets
/// others (`{{=<% %>=}}`) is not scanned further.
enum TemplateTags {
  /// One tag.
  struct Tag: Equatable {
    enum Kind: Equatable { case variable, section, inverted, close, partial }
    var kind: Kind
    /// The name with its transforms removed (`count(nav)` → `nav`; `first()` → ``).
    var name: String
    /// The tag as written, for messages.
    var text: String
    var line: Int
    var column: Int
  }

  /// The tags, found on the template's UTF-8 bytes (every delimiter is ASCII). A line ends at
  /// each line feed, CRLF included; a column counts the Characters before the tag on its line.
  static func scan(_ template: String) -> [Tag] {
    let bytes = Array(template.utf8)
    let (brace, closing, newline) = (UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "\n"))
    func starts(_ byte: UInt8, _ count: Int, at k: Int) -> Bool {
      k + count <= bytes.count && (k..<(k + count)).allSatisfy { bytes[$0] == byte }
    }
    var tags: [Tag] = []
    var i = 0
    var line = 1
    var lineStart = 0
    /// Counts the lines of `bytes[from..<to]`.
    func pass(_ from: Int, _ to: Int) {
      for k in from..<to where bytes[k] == newline {
        line += 1
        lineStart = k + 1
      }
    }
    while i < bytes.count {
      guard starts(brace, 2, at: i) else {
        pass(i, i + 1)
        i += 1
        continue
      }
      let (tagLine, tagColumn) = (line, String(decoding: bytes[lineStart..<i], as: UTF8.self).count + 1)
      let triple = starts(brace, 3, at: i)
      let width = triple ? 3 : 2
      guard let end = (i + width..<bytes.count).first(where: { starts(closing, width, at: $0) }) else { break }
      let inner = String(decoding: bytes[(i + width)..<end], as: UTF8.self).trimmingSpaces()
      let text = String(decoding: bytes[i..<(end + width)], as: UTF8.self)
      pass(i, end + width)
      i = end + width
      var kind = Tag.Kind.variable
      var name = inner
      if !triple, let first = inner.first {
        switch first {
        case "!": continue
        case "=": return tags
        case "#": kind = .section
        case "^": kind = .inverted
        case "/": kind = .close
        case ">": kind = .partial
        case "&": kind = .variable
        default: break
        }
        if "#^/>&".contains(first) { name = String(inner.dropFirst()).trimmingSpaces() }
      }
      tags.append(Tag(kind: kind, name: kind == .partial ? name : untransformed(name), text: text, line: tagLine, column: tagColumn))
    }
    return tags
  }

  /// The variable a possibly transformed name reads: `reversed(count(nav))` → `nav`.
  static func untransformed(_ name: String) -> String {
    var name = name
    while let open = name.firstIndex(of: "("), name.hasSuffix(")") {
      name = String(name[name.index(after: open)..<name.index(before: name.endIndex)]).trimmingSpaces()
    }
    return name
  }
}
