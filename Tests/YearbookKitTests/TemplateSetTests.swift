import Mustache
import Testing

@testable import YearbookKit

/// `TemplateSet` parses every template with our escaping chosen on a line of its own: pages
/// must come out as swift-mustache's own HTML escaping makes them, and a syntax error must
/// still point at the template's own line and column.
@Suite struct TemplateSetTests {
  static func sources(_ texts: [String: String]) -> [String: TemplateSource] {
    texts.reduce(into: [:]) { $0[$1.key] = TemplateSource(path: "Templates/\($1.key).mustache", text: $1.value) }
  }

  @Test func pagesComeOutAsSwiftMustacheEscapesThem() throws {
    var page = TemplateSamples.page
    page.title = #"<b>"甲&乙"</b> 'quote' ＆ é &amp; e\#u{301}&"#
    page.description = "A < B > C & D \" E ' F 技术合同 &#39;"
    page.nav = [NavItemView(part: "第二部分 <2>", title: "A & B \"c\"", href: "b.html?x=1&y=2", current: true, draft: true)]
    // The real templates, a template that starts with a standalone section and one that is only
    // a partial: a tag alone on the first line leaves no line behind either way.
    var texts = Dictionary(uniqueKeysWithValues: Fixture.templates().map { ($0.stem, $0.text) })
    texts["starts-with-section"] = "{{#nav}}\n<li>{{title}}</li>\n{{/nav}}\n{{title}}\n"
    texts["only-partial"] = "{{> starts-with-section}}\n"
    let (set, diagnostics) = TemplateSet.make(Self.sources(texts))
    #expect(diagnostics.isEmpty)
    var plain = MustacheLibrary()
    for (name, text) in texts { plain.register(try MustacheTemplate(string: text), named: name) }
    var chapter = TemplateSamples.chapter
    chapter.title = page.title
    let samples: [any TemplateView] = [page, chapter] + TemplateViewTests.samples
    for sample in samples {
      for name in texts.keys.sorted() {
        let ours = set.render(sample, name)
        #expect(ours == plain.render(sample.node, withTemplate: name), "\(type(of: sample)) with \(name)")
        #expect(!ours.contains("CONTENT_TYPE"))
      }
    }
    #expect(set.render(page, "layout").contains("&lt;b&gt;&quot;甲&amp;乙&quot;&lt;/b&gt; &#39;quote&#39; ＆ é &amp;amp;"))
  }

  @Test func aSyntaxErrorNamesTheTemplatesOwnLineAndColumn() {
    let (_, diagnostics) = TemplateSet.make(Self.sources(["layout": "<p>\n  <b>{{#open}}</b>\n", "cover": "{{/close}}"]))
    let syntax = diagnostics.filter { $0.rule == "template-syntax" }.map { "\($0.location.path):\($0.location.line):\($0.location.column)" }
    let plain = [("<p>\n  <b>{{#open}}</b>\n", "layout"), ("{{/close}}", "cover")].compactMap { text, name -> String? in
      do {
        _ = try MustacheTemplate(string: text)
        return nil
      } catch let error as MustacheTemplate.ParserError {
        return "Templates/\(name).mustache:\(error.context.lineNumber):\(error.context.columnNumber)"
      } catch { return nil }
    }
    #expect(plain.count == 2)
    #expect(Set(syntax) == Set(plain))
  }
}
