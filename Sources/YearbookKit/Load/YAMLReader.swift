import Yams

/// Reads typed values out of a YAML node tree, turning every problem into a `Diagnostic`
/// at the node's line and column. Collects; never throws.
struct YAMLReader {
  let path: String
  var lineOffset = 0
  private(set) var diagnostics: [Diagnostic] = []

  init(path: String, lineOffset: Int = 0) {
    self.path = path
    self.lineOffset = lineOffset
  }

  /// Parses `text`; a syntax error becomes a diagnostic and nil.
  mutating func root(of text: String) -> Node? {
    do {
      // The basic resolver: every plain scalar stays a string, which is all this reader asks for
      // (numbers and booleans are read from the text). The default one matches each scalar and
      // each looked-up key against regular expressions (int, float, bool, null, timestamp), which
      // made YAML most of the cost of loading (see BENCHMARKS.md).
      // The encoding is given: by default Yams reads it from the environment on every call.
      guard let node = try Yams.compose(yaml: text, .basic, Self.constructor, .utf8) else {
        return Node.mapping(Node.Mapping([]))
      }
      return node
    } catch let error as YamlError {
      var at = SourceLocation(path: path, line: 1 + lineOffset, column: 1)
      var problem = "\(error)"
      switch error {
      case .scanner(_, let p, let mark, _), .parser(_, let p, let mark, _), .composer(_, let p, let mark, _):
        at = location(mark)
        problem = p
      case .duplicatedKeysInMapping(let duplicates, let context):
        at = location(context.mark)
        problem = "duplicated key \(duplicates.joined(separator: ", "))"
      default: break
      }
      diagnostics.append(Diagnostic(.error, at: at, rule: "yaml-syntax", "YAML syntax: \(problem)"))
      return nil
    } catch {
      diagnostics.append(Diagnostic(.error, at: SourceLocation(path: path), rule: "yaml-syntax", "YAML: \(error)"))
      return nil
    }
  }

  /// Made once: `Constructor.default` builds a new one, with its tables, on every call.
  /// Immutable once made (its tables are constants), so one is shared by every thread.
  private nonisolated(unsafe) static let constructor = Constructor.default

  func location(_ mark: Mark?) -> SourceLocation {
    guard let mark else { return SourceLocation(path: path) }
    return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
  }

  func location(of node: Node?) -> SourceLocation { location(node?.mark) }

  mutating func appendDiagnostic(_ d: Diagnostic) { diagnostics.append(d) }

  mutating func error(_ node: Node?, _ rule: String, _ message: String) {
    diagnostics.append(Diagnostic(.error, at: location(of: node), rule: rule, message))
  }

  mutating func error(at mark: Mark?, _ rule: String, _ message: String) {
    diagnostics.append(Diagnostic(.error, at: location(mark), rule: rule, message))
  }

  /// The mapping's keys that are not in `known`, reported as errors.
  mutating func rejectUnknownKeys(_ fields: YAMLFields, known: Set<String>, in what: String) {
    for entry in fields.entries {
      if let name = entry.name, !known.contains(name) {
        error(
          at: entry.keyMark, "unknown-key",
          "unknown key '\(name)' in \(what); expected one of \(known.sorted().joined(separator: ", "))")
      }
    }
  }

  mutating func string(_ fields: YAMLFields, _ key: String, required: Bool = false) -> String? {
    guard let value = fields[key] else {
      if required { error(fields.node, "missing-key", "missing key '\(key)'") }
      return nil
    }
    guard let text = Self.text(of: value) else {
      error(value, "yaml-type", "'\(key)' must be a single value")
      return nil
    }
    return text
  }

  mutating func int(_ fields: YAMLFields, _ key: String, required: Bool = false) -> Int? {
    guard let text = string(fields, key, required: required) else { return nil }
    guard let n = Int(text) else {
      error(fields[key], "yaml-type", "'\(key)' must be a whole number, not '\(text)'")
      return nil
    }
    return n
  }

  mutating func bool(_ fields: YAMLFields, _ key: String) -> Bool {
    guard let text = string(fields, key) else { return false }
    switch text.lowercased() {
    case "true", "yes": return true
    case "false", "no": return false
    default:
      error(fields[key], "yaml-type", "'\(key)' must be true or false, not '\(text)'")
      return false
    }
  }

  mutating func strings(_ fields: YAMLFields, _ key: String) -> [String]? {
    guard let value = fields[key] else { return nil }
    guard let sequence = value.sequence else {
      error(value, "yaml-type", "'\(key)' must be a list")
      return nil
    }
    return sequence.compactMap { item in
      if let s = Self.text(of: item) { return s }
      error(item, "yaml-type", "every item of '\(key)' must be a single value")
      return nil
    }
  }

  /// A `{zh: …, en: …}` mapping, each of `languages` required.
  mutating func localized(_ fields: YAMLFields, _ key: String, languages: [Language], required: Bool = false) -> Localized? {
    guard let value = fields[key] else {
      if required { error(fields.node, "missing-key", "missing key '\(key)'") }
      return nil
    }
    guard case .mapping(let mapping) = value else {
      error(value, "yaml-type", "'\(key)' must give the text per language, e.g. {zh: …, en: …}")
      return nil
    }
    var values = [String: String](minimumCapacity: languages.count)
    // By index: the mapping's iterator first copies every pair into a new array.
    for i in mapping.startIndex..<mapping.endIndex {
      let (k, v) = mapping[i]
      guard let code = Self.name(of: k), let text = Self.text(of: v) else {
        error(v, "yaml-type", "'\(key)' must map language codes to text")
        continue
      }
      guard languages.contains(Language(code)) else {
        error(k, "unknown-key", "'\(key)' has text for '\(code)', which is not a language of the report (a comma in unquoted flow text? quote it)")
        continue
      }
      values[code] = text
    }
    for language in languages where values[language.code] == nil {
      error(value, "missing-translation", "'\(key)' has no \(language.code) text")
    }
    return Localized(values)
  }

  /// The text of a single value; nil for a list or mapping. (`node.string` with
  /// `node.scalar != nil`, read once.)
  static func text(of node: Node) -> String? {
    guard case .scalar(let scalar) = node else { return nil }
    return scalar.string
  }

  /// A key's text: `key.string`, read directly when the key is a scalar (as nearly all are).
  static func name(of key: Node) -> String? {
    text(of: key) ?? key.string
  }
}
