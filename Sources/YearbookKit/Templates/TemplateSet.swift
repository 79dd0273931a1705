import Mustache

/// The parsed templates, parsed once; a parse error names the file, line and column.
public struct TemplateSet: Sendable {
  let library: MustacheLibrary
  let names: Set<String>

  /// Templates every build needs.
  static let required = ["layout", "cover", "chooser", "not-found", "overview", "composition", "regions", "agencies", "chronicle", "appendix"]

  /// Parses every template; missing or broken ones become findings.
  public static func make(_ sources: [String: TemplateSource]) -> (TemplateSet, [Diagnostic]) {
    var library = MustacheLibrary()
    var diagnostics: [Diagnostic] = []
    var names: Set<String> = []
    for name in sources.keys.sorted() {
      let source = sources[name]!
      do {
        library.register(try MustacheTemplate(string: source.text), named: name)
        names.insert(name)
      } catch let error as MustacheTemplate.ParserError {
        diagnostics.append(Diagnostic(
          .error, at: SourceLocation(path: source.path, line: error.context.lineNumber, column: error.context.columnNumber),
          rule: "template-syntax", "template syntax: \(error.error)"))
      } catch {
        diagnostics.append(Diagnostic(.error, at: SourceLocation(path: source.path), rule: "template-syntax", "template syntax: \(error)"))
      }
    }
    for name in required where sources[name] == nil {
      diagnostics.append(Diagnostic(.error, at: SourceLocation(path: "Templates/\(name).mustache"), rule: "missing-template", "the template '\(name)' is missing"))
    }
    return (TemplateSet(library: library, names: names), diagnostics)
  }

  /// Renders `view` with the template `name` ("" when the template is missing).
  func render(_ view: some TemplateView, _ name: String) -> String {
    library.render(view.node, withTemplate: name) ?? ""
  }
}
