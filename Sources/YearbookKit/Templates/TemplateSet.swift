import Markdown
import Mustache

/// The parsed templates, parsed once; a parse error names the file, line and column.
public struct TemplateSet: Sendable {
  let library: MustacheLibrary
  let names: Set<String>

  /// Templates every build needs.
  static let required = ["layout", "cover", "chooser", "not-found", "overview", "composition", "regions", "agencies", "chronicle", "appendix"]

  /// Parses every template; missing or broken ones become findings.
  public static func make(_ sources: [String: TemplateSource]) -> (TemplateSet, [Diagnostic]) {
    _ = escaping
    var library = MustacheLibrary()
    var diagnostics: [Diagnostic] = []
    var names: Set<String> = []
    for name in sources.keys.sorted() {
      let source = sources[name]!
      do {
        library.register(try MustacheTemplate(string: pragma + source.text), named: name)
        names.insert(name)
      } catch let error as MustacheTemplate.ParserError {
        diagnostics.append(Diagnostic(
          .error, at: SourceLocation(path: source.path, line: error.context.lineNumber - 1, column: error.context.columnNumber),
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

  /// The name our escaping is registered under, and the line put before every template to
  /// choose it. swift-mustache's own HTML escaping looks up each character of the text in a
  /// dictionary (hashing each Chinese character in its normal form: a fifth of the cost of
  /// rendering a page); ours works on the UTF-8 bytes and gives the same text. A tag alone on
  /// its line leaves nothing of the line in the output, so pages are unchanged; parse errors
  /// are reported one line up, on the template's own lines.
  static let contentType = "YEARBOOK_HTML"
  static let pragma = "{{% CONTENT_TYPE: \(contentType)}}\n"

  /// Registers the escaping once, before the first template is parsed.
  private static let escaping: Void = MustacheContentTypes.register(HTMLEscaping(), named: contentType)

  /// `{{ }}` escaping, as swift-mustache's HTML content type escapes (`&`, `<`, `>`, `"`, `'`).
  struct HTMLEscaping: MustacheContentType {
    func escapeText(_ text: String) -> String { escapeHTML(text) }
  }

  /// Renders `view` with the template `name` ("" when the template is missing).
  func render(_ view: some TemplateView, _ name: String) -> String {
    library.render(view.node, withTemplate: name) ?? ""
  }
}
