import Testing
@testable import YearbookKit

@Suite struct CheckReferenceTests {
  func links(_ zhBody: String) -> [Diagnostic] {
    var files = Fixture.files()
    let zh = Fixture.chapter("overview", "zh", title: "概述", body: zhBody)
    files.chapters = files.chapters.map { $0.path == zh.path ? zh : $0 }
    return Yearbook.build(files).diagnostics.filter { $0.rule == "broken-link" }
  }

  @Test func linksToPagesAnchorsAndDownloadsThatExistPass() {
    let body =
      "## 基本情况\n\n见[附表](appendix.html#table-types)、[本节](#基本情况)、[数据](../data/types.csv)、[英文版](../en/overview.html)和[外站](https://example.org/x.html#y)。\n\n```chart\ntypes-pie\n```\n\n```table\ntypes\n```\n"
    #expect(links(body) == [])
  }

  @Test func aMissingPageOrAnchorIsAnErrorAtTheLink() {
    let body = "## 基本情况\n\n见[附表](appendix.html#table-nothing)和[旧页](regions.html)。\n\n```chart\ntypes-pie\n```\n\n```table\ntypes\n```\n"
    #expect(
      links(body) == [
        Diagnostic(
          .error, at: CheckInput.at("Content/chapters/overview.zh.md", 8, 2), rule: "broken-link",
          "link to 'appendix.html#table-nothing': zh/appendix.html has no element with id 'table-nothing'"),
        Diagnostic(
          .error, at: CheckInput.at("Content/chapters/overview.zh.md", 8, 36), rule: "broken-link",
          "link to 'regions.html': the site has no file zh/regions.html"),
      ])
  }

  @Test func relativePathsResolveFromThePage() {
    #expect(Validator.resolve("../data/x.csv", from: "zh/overview.html")! == ("data/x.csv", nil))
    #expect(Validator.resolve("#%E5%9F%BA", from: "zh/overview.html")! == ("zh/overview.html", "基"))
    #expect(Validator.resolve("mailto:a@b.c", from: "zh/overview.html") == nil)
    #expect(Validator.resolve("//cdn.example/x", from: "zh/overview.html") == nil)
  }

  @Test func anchorsAreReadFromThePagesWeMade() {
    #expect(HTMLAnchors.ids(in: "<h2 id=\"a&amp;b\">x</h2><p class=\"n\" id=\"基本情况\">y</p><a href=\"#id\">") == ["a&b", "基本情况"])
    // Only ` id="` opens an id: not `data-id=`, `id=` unquoted or at the very start, and an
    // id's value is skipped whole (an `=` or ` id="` inside it opens nothing).
    let tricky = "id=\"start\" <g data-id=\"no\"><p id=x id=\"a= id=\"><i id=\"\"><b id=\"z\">=<b id=\"open"
    #expect(HTMLAnchors.ids(in: tricky) == ["a= id=", "", "z"])
    #expect(HTMLAnchors.ids(in: "") == [])
    #expect(HTMLAnchors.ids(in: "=") == [])
    #expect(HTMLAnchors.ids(in: " id=\"") == [])
  }

  @Test func everyTemplateNameExistsInItsViewModel() {
    let templates = [
      "layout": TemplateSource(
        path: "Templates/layout.mustache",
        text:
          "<title>{{title}}</title>\n{{#nav}}<a href=\"{{href}}\">{{words.home}}</a>{{/nav}}\n{{#otherLanguage}}{{label}}{{/otherLanguage}}{{{body}}}"
      ),
      "overview": TemplateSource(path: "Templates/overview.mustache", text: "{{> chapter}}"),
      "chapter": TemplateSource(
        path: "Templates/chapter.mustache", text: "<h1>{{title}}</h1>{{#toc}}{{text}}{{/toc}}{{#previous}}{{href}}{{/previous}}"),
    ]
    #expect(TemplateKeys.check(templates) == [])
  }

  @Test func anUnknownNameIsAnErrorAtItsFileLineAndColumn() {
    let templates = [
      "layout": TemplateSource(
        path: "Templates/layout.mustache",
        text: "<title>{{title}}</title>\n{{#nav}}<a href=\"{{link}}\">{{words.homepage}}</a>{{/nav}}\n{{{bodyHTML}}}"),
      "overview": TemplateSource(path: "Templates/overview.mustache", text: "{{> chapter}}"),
      "chapter": TemplateSource(path: "Templates/chapter.mustache", text: "<h1>{{title}}</h1>\n  {{#toc}}{{href}}{{/toc}}"),
    ]
    #expect(
      TemplateKeys.check(templates) == [
        Diagnostic(
          .error, at: CheckInput.at("Templates/chapter.mustache", 2, 11), rule: "template-key",
          "{{href}}: no 'href' in what the template is given (TocItemView, ChapterView)"),
        Diagnostic(
          .error, at: CheckInput.at("Templates/layout.mustache", 2, 18), rule: "template-key",
          "{{link}}: no 'link' in what the template is given (NavItemView, PageView)"),
        Diagnostic(
          .error, at: CheckInput.at("Templates/layout.mustache", 2, 28), rule: "template-key",
          "{{words.homepage}}: no 'words.homepage' in what the template is given (NavItemView, PageView)"),
        Diagnostic(
          .error, at: CheckInput.at("Templates/layout.mustache", 3, 1), rule: "template-key",
          "{{{bodyHTML}}}: no 'bodyHTML' in what the template is given (PageView)"),
      ])
  }

  @Test func theRepositorysTemplatesUseOnlyNamesTheyAreGiven() {
    var templates: [String: TemplateSource] = [:]
    for file in Fixture.templates() { templates[file.stem] = TemplateSource(path: file.path, text: file.text) }
    #expect(TemplateKeys.check(templates) == [])
  }
}
