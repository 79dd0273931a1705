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

  private static let open: [Character] = ["{", "{"]
  private static let tripleOpen: [Character] = ["{", "{", "{"]
  private static let close: [Character] = ["}", "}"]
  private static let tripleClose: [Character] = ["}", "}", "}"]

  static func scan(_ template: String) -> [Tag] {
    var tags: [Tag] = []
    let chars = Array(template)
    // Where each Character starts, and the end: a tag's text is then copied from the template
    // in one piece rather than rebuilt Character by Character.
    let bounds = Array(template.indices) + [template.endIndex]
    var i = 0
    var line = 1
    var column = 1
    func advance(_ n: Int) {
      for _ in 0..<n where i < chars.count {
        if chars[i] == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
        i += 1
      }
    }
    /// True when the Characters of `s` are at `k`: compared in place, as this runs at every
    /// Character of the template.
    func starts(_ s: [Character], at k: Int) -> Bool {
      guard k + s.count <= chars.count else { return false }
      for j in s.indices where chars[k + j] != s[j] { return false }
      return true
    }
    func find(_ s: [Character], from k: Int) -> Int? {
      var j = k
      while j < chars.count {
        if starts(s, at: j) { return j }
        j += 1
      }
      return nil
    }
    while i < chars.count {
      guard starts(Self.open, at: i) else {
        advance(1)
        continue
      }
      let (tagLine, tagColumn) = (line, column)
      let triple = starts(Self.tripleOpen, at: i)
      let open = triple ? 3 : 2
      guard let end = find(triple ? Self.tripleClose : Self.close, from: i + open) else { break }
      let inner = String(template[bounds[i + open]..<bounds[end]]).trimmingSpaces()
      let text = String(template[bounds[i]..<bounds[end + (triple ? 3 : 2)]])
      advance(end + (triple ? 3 : 2) - i)
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
