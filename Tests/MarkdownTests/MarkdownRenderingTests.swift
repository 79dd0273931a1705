import Markdown
import Testing

@Suite struct MarkdownRenderingTests {
  func html(_ source: String, rawHTML: Bool = false) -> RenderedMarkdown {
    HTMLRenderer(allowsRawHTML: rawHTML).render(MarkdownParser.parse(source).document)
  }

  @Test func paragraphsEmphasisAndLinks() {
    #expect(html("Hello *world* and **you**, see [x](https://example.org \"t\").").html
      == "<p>Hello <em>world</em> and <strong>you</strong>, see <a href=\"https://example.org\" title=\"t\">x</a>.</p>\n")
  }

  @Test func headingsGetStableUniqueIDs() {
    let r = html("## Contract types\n\n## Contract types\n\n## 技术合同 构成\n\n### Explicit {#my-id}\n")
    #expect(r.headings.map(\.id) == ["contract-types", "contract-types-2", "技术合同-构成", "my-id"])
    #expect(r.headings.map(\.level) == [2, 2, 2, 3])
    #expect(r.html.contains("<h3 id=\"my-id\">Explicit</h3>"))
  }

  @Test func rawHTMLIsDroppedUnlessAllowed() {
    let source = "<script>alert(1)</script>\n\nText <b>bold</b>\n"
    #expect(html(source).html == "<p>Text bold</p>\n")
    #expect(html(source, rawHTML: true).html == "<script>alert(1)</script>\n<p>Text <b>bold</b></p>\n")
  }

  @Test func unsafeLinkTargetsNeverReachThePage() {
    let r = html("[a](javascript:alert(1)) [b](JaVaScRiPt:x) [c](data:text/html,x) ![d](data:image/png;base64,AAA)")
    #expect(!r.html.lowercased().contains("javascript"))
    #expect(!r.html.contains("data:"))
    #expect(r.html == "<p>a b c d</p>\n")
    #expect(!isSafeURL(" jav\tascript:alert(1)"))
    #expect(isSafeURL("composition.html#figure-x"))
  }

  @Test func textIsEscaped() {
    #expect(html("a < b & `\"c\"`").html == "<p>a &lt; b &amp; <code>&quot;c&quot;</code></p>\n")
    #expect(html("\"quoted\" it's").html == "<p>\u{201C}quoted\u{201D} it\u{2019}s</p>\n")
  }

  @Test func fencedBlocksGoThroughTheHookWithTheirLine() {
    var seen: [(String, String, Int)] = []
    let renderer = HTMLRenderer(blockHook: { info, code, at in
      seen.append((info, code, at.line))
      return info == "table" ? "<table-here>\n" : nil
    })
    let out = renderer.render(MarkdownParser.parse("Intro\n\n```table\nappendix-02\n```\n\n```swift\nlet x = 1\n```\n", lineOffset: 5).document)
    #expect(out.html == "<p>Intro</p>\n<table-here>\n<pre><code class=\"language-swift\">let x = 1\n</code></pre>\n")
    #expect(seen.map(\.0) == ["table", "swift"])
    #expect(seen.map(\.2) == [8, 12])
  }

  @Test func emptyLinksGoThroughTheLinkHook() {
    let renderer = HTMLRenderer(linkHook: { destination, empty, _ in
      empty ? "<a href=\"\(destination)\">图 1–1</a>" : nil
    })
    #expect(renderer.render(MarkdownParser.parse("见[](#fig)和[正文](#x)。").document).html
      == "<p>见<a href=\"#fig\">图 1–1</a>和<a href=\"#x\">正文</a>。</p>\n")
  }

  @Test func listsTightAndLoose() {
    #expect(html("- a\n- b\n").html == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")
    #expect(html("3. a\n\n4. b\n").html == "<ol start=\"3\">\n<li><p>a</p>\n</li>\n<li><p>b</p>\n</li>\n</ol>\n")
  }
}
