import Testing

@testable import YearbookKit

/// The tags a template check reads, with their places.
@Suite struct TemplateTagsTests {
  @Test func tagsKindsNamesAndPlaces() {
    let template = "<p>…{{title}}</p>\n  {{#nav}}{{{body}}}{{/nav}}{{! note }}\n{{^none}}{{> chapter}}{{&raw}} {{count(list)}}{{/none}}"
    let tags = TemplateTags.scan(template)
    #expect(tags.map(\.kind) == [.variable, .section, .variable, .close, .inverted, .partial, .variable, .variable, .close])
    #expect(tags.map(\.name) == ["title", "nav", "body", "nav", "none", "chapter", "raw", "list", "none"])
    #expect(tags.map(\.text)[2] == "{{{body}}}")
    // Columns count Characters: "…" is one, three bytes.
    #expect(tags.map { "\($0.line):\($0.column)" } == ["1:5", "2:3", "2:11", "2:21", "3:1", "3:10", "3:23", "3:32", "3:47"])
  }

  @Test func crlfLinesAreCountedAndUnclosedOrRedelimitedTemplatesStop() {
    // "\r\n" is one Character; it still ends a line.
    #expect(TemplateTags.scan("a\r\nb\r\n{{x}}").map { "\($0.line):\($0.column)" } == ["3:1"])
    #expect(TemplateTags.scan("{{a}} {{b").map(\.name) == ["a"])
    #expect(TemplateTags.scan("{{a}}{{=<% %>=}}<%b%>{{c}}").map(\.name) == ["a"])
    #expect(TemplateTags.scan("").isEmpty && TemplateTags.scan("{").isEmpty && TemplateTags.scan("}}").isEmpty)
  }
}
