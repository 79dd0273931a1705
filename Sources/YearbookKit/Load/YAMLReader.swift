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
      guard let node = try Yams.compose(yaml: text, .basic) else {
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

  func location(_ mark: Mark?) -> SourceLocation {
    guard let mark else { return SourceLocation(path: path) }
    return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
  }

  func location(of node: Node?) -> SourceLocation { location(node?.mark) }

  mutating func appendDiagnostic(_ d: Diagnostic) { diagnostics.append(d) }

  mutating func error(_ node: Node?, _ rule: String, _ message: String) {
    diagnostics.append(Diagnostic(.error, at: location(of: node), rule: rule, message))
  }

  /// The mapping's keys that are not in `known`, reported as errors.
  mutating func rejectUnknownKeys(_ node: Node, known: Set<String>, in what: String) {
    guard let mapping = node.mapping else { return }
    for (key, _) in mapping {
      if let name = key.string, !known.contains(name) {
        error(key, "unknown-key", "unknown key '\(name)' in \(what); expected one of \(known.sorted().joined(separator: ", "))")
      }
    }
  }

  mutating func string(_ node: Node, _ key: String, required: Bool = false) -> String? {
    guard let value = node[key] else {
      if required { error(node, "missing-key", "missing key '\(key)'") }
      return nil
    }
    guard let text = value.string, value.scalar != nil else {
      error(value, "yaml-type", "'\(key)' must be a single value")
      return nil
    }
    return text
  }

  mutating func int(_ node: Node, _ key: String, required: Bool = false) -> Int? {
    guard let text = string(node, key, required: required) else { return nil }
    guard let n = Int(text) else {
      error(node[key], "yaml-type", "'\(key)' must be a whole number, not '\(text)'")
      return nil
    }
    return n
  }

  mutating func bool(_ node: Node, _ key: String) -> Bool {
    guard let text = string(node, key) else { return false }
    switch text.lowercased() {
    case "true", "yes": return true
    case "false", "no": return false
    default:
      error(node[key], "yaml-type", "'\(key)' must be true or false, not '\(text)'")
      return false
    }
  }

  mutating func strings(_ node: Node, _ key: String) -> [String]? {
    guard let value = node[key] else { return nil }
    guard let sequence = value.sequence else {
      error(value, "yaml-type", "'\(key)' must be a list")
      return nil
    }
    return sequence.compactMap { item in
      if let s = item.string, item.scalar != nil { return s }
      error(item, "yaml-type", "every item of '\(key)' must be a single value")
      return nil
    }
  }

  /// A `{zh: …, en: …}` mapping, each of `languages` required.
  mutating func localized(_ node: Node, _ key: String, languages: [Language], required: Bool = false) -> Localized? {
    guard let value = node[key] else {
      if required { error(node, "missing-key", "missing key '\(key)'") }
      return nil
    }
    guard let mapping = value.mapping else {
      error(value, "yaml-type", "'\(key)' must give the text per language, e.g. {zh: …, en: …}")
      return nil
    }
    var values: [String: String] = [:]
    for (k, v) in mapping {
      guard let code = k.string, let text = v.string, v.scalar != nil else {
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
}
