import Markdown
import Testing

@testable import YearbookKit

/// A page's HTML field is filled after rendering (`TemplateSplice`): whatever the template does
/// with the field, the page must be the one swift-mustache renders with the HTML in it.
@Suite struct TemplateSpliceTests {
  /// The HTML put in the field, in pieces, with what escaping changes and a U+FDD0 of its own.
  static let html: HTMLPieces = {
    var pieces = HTMLPieces("<p class=\"a\">甲 & 'b'</p>\n")
    pieces.append("<table><tr><td>1,234.5</td></tr></table>\n")
    pieces.append(String(Unicode.Scalar(0xFDD0 as UInt32)!) + " after a noncharacter\n")
    return pieces
  }()

  func page(_ layout: String, title: String = "Title") throws -> (spliced: String, plain: String) {
    let (set, diagnostics) = TemplateSet.make(TemplateSetTests.sources(["layout": layout]))
    // Only the layout is given: the other templates are reported missing, which is no matter here.
    #expect(!diagnostics.contains { $0.rule == "template-syntax" })
    let make = { (body: String) -> PageView in
      var page = TemplateSamples.page
      page.title = title
      page.body = body
      return page
    }
    let spliced = set.render("layout", filling: Self.html, make)
    return (spliced.text, set.render(make(Self.html.text), "layout"))
  }

  @Test func theFieldPrintedAsItIsOrEscapedOrTwiceComesOutAsRendered() throws {
    for layout in [
      "<main>{{{body}}}</main>\n", "<main>{{body}}</main>\n", "{{{body}}}{{body}}{{{body}}}", "no body at all\n",
      "{{#body}}present{{/body}}\n", "{{^body}}absent{{/body}}\n",
    ] {
      let (spliced, plain) = try page(layout)
      #expect(spliced == plain, "\(layout)")
    }
  }

  @Test func otherFormsOfTheFieldAreRenderedWithTheHTMLItself() throws {
    // A transform, and the whole view printed: the marker would show in another form.
    for layout in ["{{uppercased(body)}}\n", "{{reversed(body)}}\n", "{{.}}\n"] {
      let (spliced, plain) = try page(layout)
      #expect(spliced == plain, "\(layout)")
    }
  }

  @Test func textThatLooksLikeTheMarkerIsNotReplaced() throws {
    // Content cannot know the marker (drawn at random), and its noncharacter alone is left as it is.
    let noncharacter = String(Unicode.Scalar(0xFDD0 as UInt32)!)
    for title in [noncharacter, noncharacter + "&\"\n" + noncharacter, TemplateSplice.marker.replacingOccurrences(of: "&", with: "")] {
      let (spliced, plain) = try page("<title>{{title}}</title>{{{body}}}", title: title)
      #expect(spliced == plain)
    }
  }

  @Test func piecesJoinAsOneString() {
    var pieces = HTMLPieces()
    #expect(pieces.bytes.isEmpty && pieces.text.isEmpty)
    pieces.append("a")
    pieces.append("")
    pieces.append("技术"[...])
    var other = HTMLPieces("b")
    other.append("c")
    pieces.append(contentsOf: other)
    #expect(pieces.text == "a技术bc")
    #expect(pieces.utf8Count == "a技术bc".utf8.count)
    #expect(pieces.bytes == Array("a技术bc".utf8))
    #expect(pieces == HTMLPieces("a技术bc"))
  }

  @Test func blockOffsetsMarkWhereEachReplacedBlockWent() {
    let source = "Intro\n\n```table\nx\n```\n\n- item\n\n```chart\ny\n```\n\n```swift\nz\n```\n"
    var renderer = HTMLRenderer()
    renderer.blockHook = { info, _, _ in info == "swift" ? nil : "" }
    let rendered = renderer.render(MarkdownParser.parse(source).document)
    let bytes = Array(rendered.html.utf8)
    #expect(rendered.blockOffsets.count == 2)
    // Each offset is where the block stood: after the paragraph, after the list.
    #expect(String(decoding: bytes[..<rendered.blockOffsets[0]], as: UTF8.self) == "<p>Intro</p>\n")
    #expect(String(decoding: bytes[..<rendered.blockOffsets[1]], as: UTF8.self) == "<p>Intro</p>\n<ul>\n<li>item</li>\n</ul>\n")
  }
}
