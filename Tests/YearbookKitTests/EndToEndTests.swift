import Foundation
import Testing
@testable import YearbookKit

/// Builds the real `Content/` with the real templates into a temporary folder and looks at
/// the site as a reader's browser would: both languages, figures, language links, links.
@Suite(.serialized) struct EndToEndTests {
  static let built: (files: [OutputFile], diagnostics: [Diagnostic]) = {
    let root = Fixture.repository.path
    let (input, readDiagnostics) = ContentReader.read(content: "\(root)/Content", templates: "\(root)/Templates")
    let result = Yearbook.build(input)
    return (result.files, readDiagnostics + result.diagnostics)
  }()

  var pages: [String: String] {
    Dictionary(uniqueKeysWithValues: Self.built.files.filter { $0.path.hasSuffix(".html") }.map { ($0.path, $0.text) })
  }

  @Test func theRealReportBuildsWithoutErrors() {
    #expect(!Self.built.diagnostics.hasErrors, "\(Self.built.diagnostics.filter { $0.severity == .error }.prefix(10))")
    let paths = Set(Self.built.files.map(\.path))
    for slug in ["index", "overview", "composition", "provinces", "regions", "agencies", "appendix", "chronicle"] {
      #expect(paths.contains("zh/\(slug).html") && paths.contains("en/\(slug).html"), "\(slug)")
    }
    for path in ["index.html", "404.html", "sitemap.xml", "assets/style.css", "data/appendix-04.csv"] {
      #expect(paths.contains(path), "\(path)")
    }
  }

  @Test func everyPageHasItsLanguageAndLinksToItsTwin() {
    for (path, html) in pages where path.hasPrefix("zh/") || path.hasPrefix("en/") {
      let isChinese = path.hasPrefix("zh/")
      #expect(html.contains(isChinese ? "<html lang=\"zh-Hans\">" : "<html lang=\"en\">"), "\(path)")
      let twin = (isChinese ? "en/" : "zh/") + path.dropFirst(3)
      #expect(html.contains("class=\"language-switch\" href=\"../\(twin)\""), "\(path) does not link to \(twin)")
      #expect(pages[twin] != nil, "\(twin) is missing")
    }
  }

  @Test func figuresAreNumberedTheSameInBothLanguages() throws {
    func labels(_ html: String, _ prefix: String) -> [String] {
      html.components(separatedBy: "<span class=\"number\">").dropFirst().map { String($0.prefix { $0 != "<" }) }.filter { $0.hasPrefix(prefix) }
    }
    let zh = labels(try #require(pages["zh/composition.html"]), "图")
    let en = labels(try #require(pages["en/composition.html"]), "Figure")
    #expect(zh.count == 25)
    #expect(zh == (1...25).map { "图 2–\($0)" })
    #expect(en == (1...25).map { "Figure 2-\($0)" })
    let overview = try #require(pages["en/overview.html"])
    #expect(overview.contains("<span class=\"number\">Figure 1-1</span>"))
    #expect(overview.contains("<span class=\"number\">Table 1-1</span>"))
    #expect(overview.contains("2006–2010"))
  }

  @Test func everyChartIsAnAccessibleSVGWithItsData() throws {
    for (path, html) in pages {
      let figures = html.components(separatedBy: "<figure class=\"chart-figure").dropFirst()
      for figure in figures {
        let body = String(figure.prefix { _ in true }.split(separator: "</figure>", maxSplits: 1).first ?? "")
        #expect(body.contains("role=\"img\""), "\(path)")
        #expect(body.contains("<title id="), "\(path)")
        #expect(body.contains("<desc id="), "\(path)")
        #expect(body.contains("<details class=\"chart-data\">"), "\(path)")
      }
    }
  }

  @Test func everyRelativeLinkResolvesToAFileAndAnchor() {
    let files = Set(Self.built.files.map(\.path))
    var anchors: [String: Set<String>] = [:]
    for (path, html) in pages {
      anchors[path] = Set(html.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) })
    }
    var broken: [String] = []
    for (path, html) in pages {
      for chunk in html.components(separatedBy: " href=\"").dropFirst() + html.components(separatedBy: " src=\"").dropFirst() {
        let target = String(chunk.prefix { $0 != "\"" }).replacingOccurrences(of: "&amp;", with: "&")
        if target.hasPrefix("http:") || target.hasPrefix("https:") || target.hasPrefix("mailto:") { continue }
        let (file, fragment) = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init).splitFirst()
        let resolved = file.isEmpty ? path : Self.resolve(file, from: path)
        guard files.contains(resolved) else {
          broken.append("\(path): \(target)")
          continue
        }
        if let fragment, !fragment.isEmpty, resolved.hasSuffix(".html"), anchors[resolved]?.contains(fragment) != true {
          broken.append("\(path): \(target) (no anchor)")
        }
      }
    }
    #expect(broken == [])
  }

  /// `target` relative to the page at `page`, as a path under the output root.
  static func resolve(_ target: String, from page: String) -> String {
    var parts = page.split(separator: "/").map(String.init).dropLast()
    for part in target.split(separator: "/").map(String.init) {
      if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(part) }
    }
    return parts.joined(separator: "/")
  }

  @Test func theSameInputGivesTheSameBytes() {
    let root = Fixture.repository.path
    let (input, _) = ContentReader.read(content: "\(root)/Content", templates: "\(root)/Templates")
    #expect(Yearbook.build(input).files == Self.built.files)
  }
}

extension Array where Element == String {
  fileprivate func splitFirst() -> (String, String?) { (self.first ?? "", count > 1 ? self[1] : nil) }
}
