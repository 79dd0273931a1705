import Foundation
import Testing
@testable import SyntheticReport
@testable import YearbookKit

/// A long report's pages list a window of chapters, so a page's size does not grow with the
/// report; a short one (the real report) lists every chapter.
@Suite struct NavigationWindowTests {
  @Test func aShortReportListsEveryChapter() {
    #expect(NavigationWindow.entries(count: 7, current: 3) == (0..<7).map(NavigationWindow.Entry.chapter))
    #expect(NavigationWindow.entries(count: 24, current: nil).count == 24)
  }

  @Test func aLongReportListsTheEndsAndTheChaptersAroundTheCurrentOne() {
    typealias E = NavigationWindow.Entry
    #expect(NavigationWindow.entries(count: 100, current: 50) == [E.chapter(0), .gap] + (46...54).map(E.chapter) + [.gap, .chapter(99)])
    #expect(NavigationWindow.entries(count: 100, current: nil) == (0...4).map(E.chapter) + [.gap, .chapter(99)])
    #expect(NavigationWindow.entries(count: 100, current: 0) == (0...4).map(E.chapter) + [.gap, .chapter(99)])
    #expect(NavigationWindow.entries(count: 100, current: 5) == (0...9).map(E.chapter) + [.gap, .chapter(99)])
    #expect(NavigationWindow.entries(count: 100, current: 6) == [E.chapter(0), .gap] + (2...10).map(E.chapter) + [.gap, .chapter(99)])
    #expect(NavigationWindow.entries(count: 100, current: 99) == [E.chapter(0), .gap] + (95...99).map(E.chapter))
    #expect(NavigationWindow.entries(count: 25, current: 12) == [E.chapter(0), .gap] + (8...16).map(E.chapter) + [.gap, .chapter(24)])
  }

  /// Every page of a 40-chapter report names at most 11 chapters in its navigation, marks its
  /// own, and the cover still lists all 40.
  @Test func pagesOfALongReportStayShort() throws {
    let result = Yearbook.build(SyntheticReportTests.files(SyntheticReport(chapters: 40)))
    #expect(!result.diagnostics.hasErrors)
    func navigation(_ path: String) throws -> String {
      let page = try #require(result.files.first { $0.path == path }?.text)
      let nav = try #require(page.range(of: "<nav class=\"site-nav\"")?.lowerBound)
      let end = try #require(page.range(of: "</nav>", range: nav..<page.endIndex)?.upperBound)
      return String(page[nav..<end])
    }
    let middle = try navigation("en/chapter-0020.html")
    #expect(middle.components(separatedBy: "<li><a ").count - 1 == 11)
    #expect(middle.components(separatedBy: "class=\"nav-gap\"").count - 1 == 2)
    #expect(middle.contains("href=\"../en/chapter-0020.html\" aria-current=\"page\""))
    for slug in ["chapter-0001", "chapter-0016", "chapter-0024", "chapter-0040"] { #expect(middle.contains("\(slug).html"), "\(slug)") }
    #expect(!middle.contains("chapter-0015.html") && !middle.contains("chapter-0025.html"))
    let cover = try #require(result.files.first { $0.path == "en/index.html" }?.text)
    for n in 1...40 { #expect(cover.contains(String(format: "chapter-%04d.html", n)), "\(n)") }
  }

  /// In a long report a chapter's new title remakes only the pages whose navigation shows it
  /// (its window of neighbours, the covers, 404), and the result is a full build's.
  @Test func aTitleEditRemakesOnlyThePagesThatListTheChapter() throws {
    let files = SyntheticReportTests.files(SyntheticReport(chapters: 40))
    var builder = IncrementalBuilder(options: BuildOptions())
    _ = builder.build(files)
    var edited = files
    let index = try #require(edited.chapters.firstIndex { $0.path.hasSuffix("chapter-0020.en.md") })
    let text = edited.chapters[index].text
    let title = try #require(text.split(separator: "\n").first { $0.hasPrefix("title:") })
    edited.chapters[index].text = text.replacingOccurrences(of: String(title), with: "title: \"A renamed chapter\"")
    let second = builder.build(edited)
    let full = Yearbook.build(edited)
    #expect(second.result.files == full.files)
    #expect(second.result.diagnostics == full.diagnostics)
    let chapterPages = second.made.filter { $0.hasPrefix("en/chapter-") }.sorted()
    #expect(chapterPages == (16...24).map { String(format: "en/chapter-%04d.html", $0) })
    #expect(!second.made.contains { $0.hasPrefix("zh/chapter-") })
  }
}
