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

  /// Parses `text`; a syntax error becomes a diagnostic and nil. A text without a document
  /// (empty, or only comments) reads as an empty mapping, with no place.
  mutating func root(of text: String) -> YAMLNode? {
    do throws(YAMLParser.Failure) {
      return try YAMLParser.parse(text) ?? .emptyMapping
    } catch {
      var at = SourceLocation(path: path, line: 1 + lineOffset, column: 1)
      let problem: String
      var rule = "yaml-syntax"
      switch error {
      case .syntax(let p, let line, let column):
        at = location(line: line, column: column)
        problem = p
      case .duplicatedKeys(let keys, let line, let column):
        at = location(line: line, column: column)
        problem = "duplicated key \(keys.joined(separator: ", "))"
      case .limit(let p, let line, let column):
        at = location(line: line, column: column)
        problem = p
        rule = "yaml-limit"
      case .reader(let description):
        problem = description
      }
      let what = rule == "yaml-limit" ? "YAML too large" : "YAML syntax"
      diagnostics.append(Diagnostic(.error, at: at, rule: rule, "\(what): \(problem)"))
      return nil
    }
  }

  /// A place in the text, `line` 0 for none.
  func location(line: Int, column: Int) -> SourceLocation {
    guard line > 0 else { return SourceLocation(path: path) }
    return SourceLocation(path: path, line: line + lineOffset, column: column)
  }

  func location(of node: YAMLNode?) -> SourceLocation {
    guard let node else { return SourceLocation(path: path) }
    return location(line: node.line, column: node.column)
  }

  mutating func appendDiagnostic(_ d: Diagnostic) { diagnostics.append(d) }

  mutating func error(_ node: YAMLNode?, _ rule: String, _ message: String) {
    diagnostics.append(Diagnostic(.error, at: location(of: node), rule: rule, message))
  }

  /// The mapping's keys that are not in `known`, reported as errors.
  mutating func rejectUnknownKeys(_ fields: YAMLFields, known: [String], in what: String) {
    for pair in fields.pairs {
      if let name = pair.key.string, !known.contains(name) {
        error(
          pair.key, "unknown-key",
          "unknown key '\(name)' in \(what); expected one of \(known.sorted().joined(separator: ", "))")
      }
    }
  }

  mutating func string(_ fields: YAMLFields, _ key: String, required: Bool = false) -> String? {
    guard let value = fields[key] else {
      if required { error(fields.node, "missing-key", "missing key '\(key)'") }
      return nil
    }
    guard let text = value.text else {
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
    guard let sequence = value.items else {
      error(value, "yaml-type", "'\(key)' must be a list")
      return nil
    }
    return sequence.compactMap { item in
      if let s = item.text { return s }
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
    guard let pairs = value.pairs else {
      error(value, "yaml-type", "'\(key)' must give the text per language, e.g. {zh: …, en: …}")
      return nil
    }
    var values = [String: String](minimumCapacity: languages.count)
    for pair in pairs {
      let (k, v) = (pair.key, pair.value)
      guard let code = k.string, let text = v.text else {
        error(v, "yaml-type", "'\(key)' must map language codes to text")
        continue
      }
      guard languages.contains(Language(code)) else {
        error(k, "unknown-key", "'\(key)' has text for '\(code)', which is not a language of the report (a comma in unquoted flow text? quote it)")
        continue
      }
      values[code] = text
    }
    // Only codes of `languages` are kept: as many as there are languages means none is missing.
    for language in languages where values.count < languages.count && values[language.code] == nil {
      error(value, "missing-translation", "'\(key)' has no \(language.code) text")
    }
    return Localized(values)
  }
}
