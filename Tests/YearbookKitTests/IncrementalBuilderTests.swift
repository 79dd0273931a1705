import Foundation
import Testing
@testable import YearbookKit

/// Which edit remakes which files, and that remaking only those gives the very site a full
/// build gives.
@Suite struct IncrementalBuilderTests {
  /// Builds `before`, then `after`, and returns the paths the second build made.
  func made(from before: ContentFiles, to after: ContentFiles, options: BuildOptions = BuildOptions()) -> [String] {
    var builder = IncrementalBuilder(options: options)
    let first = builder.build(before)
    #expect(!first.result.diagnostics.hasErrors, "\(first.result.diagnostics)")
    let second = builder.build(after)
    expectSame(second.result, Yearbook.build(after, options: options))
    return second.made
  }

  /// The incremental result is the full build's, file for file and finding for finding.
  func expectSame(_ incremental: Yearbook.Result, _ full: Yearbook.Result, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(incremental.files.map(\.path) == full.files.map(\.path), sourceLocation: sourceLocation)
    for (a, b) in zip(incremental.files, full.files) {
      #expect(a == b, "\(a.path) differs from a full build", sourceLocation: sourceLocation)
    }
    #expect(incremental.diagnostics == full.diagnostics, sourceLocation: sourceLocation)
  }

  var base: ContentFiles { Fixture.files() }

  func replacing(_ files: ContentFiles, chapter path: String, _ edit: (String) -> String) -> ContentFiles {
    var files = files
    let index = files.chapters.firstIndex { $0.path == path }!
    files.chapters[index].text = edit(files.chapters[index].text)
    return files
  }

  @Test func theFirstBuildMakesEveryFileAndTheSameInputNone() {
    var builder = IncrementalBuilder(options: BuildOptions())
    let first = builder.build(base)
    #expect(first.made == first.result.files.map(\.path))
    #expect(first.reused == 0)
    let again = builder.build(base)
    #expect(again.made == [])
    #expect(again.reused == first.result.files.count)
    expectSame(again.result, first.result)
  }

  @Test func aChapterBodyEditRemakesOnlyThatPage() {
    let after = replacing(base, chapter: "Content/chapters/overview.en.md") { $0 + "\nOne more sentence.\n" }
    #expect(made(from: base, to: after) == ["en/overview.html", "en/search-index.js"])
  }

  @Test func theSearchIndexFollowsAnEditedChapter() {
    let after = replacing(base, chapter: "Content/chapters/overview.zh.md") { $0 + "\n新增一句：粤港澳大湾区。\n" }
    var builder = IncrementalBuilder(options: BuildOptions())
    let first = builder.build(base)
    let second = builder.build(after)
    #expect(second.made == ["zh/overview.html", "zh/search-index.js"])
    let index = { (result: Yearbook.Result) in result.files.first { $0.path == "zh/search-index.js" }!.text }
    #expect(!index(first.result).contains("大湾区"))
    #expect(index(second.result).contains("新增一句：粤港澳大湾区。"))
  }

  @Test func aChapterTitleEditRemakesThePagesWhoseNavigationShowsIt() {
    let after = replacing(base, chapter: "Content/chapters/overview.en.md") {
      $0.replacingOccurrences(of: "title: Overview", with: "title: General view")
    }
    // Every English page shows the navigation; the Chinese ones and the (Chinese) 404 do not
    // change. The sitemap, which lists chapters, is remade too (it takes no time).
    #expect(made(from: base, to: after) == ["en/appendix.html", "en/index.html", "en/overview.html", "en/search-index.js", "sitemap.xml"])
  }

  @Test func aCSVEditRemakesThePagesPlacingTheTableOrItsChartsAndTheDownload() {
    var after = base
    after.tables[1].text = Fixture.csv.replacingOccurrences(of: "7177.32", with: "7177.33")
    // types is placed by the appendix, and by the overview as a table and through its pie chart.
    #expect(
      made(from: base, to: after) == [
        "data/types.csv", "en/appendix.html", "en/overview.html", "en/search-index.js", "zh/appendix.html", "zh/overview.html",
        "zh/search-index.js",
      ])
  }

  @Test func theKeyFiguresTableRemakesTheCovers() {
    var after = base
    after.tables[0].text = Fixture.keysCSV.replacingOccurrences(of: "484077", with: "484078")
    #expect(made(from: base, to: after) == ["data/keys.csv", "en/index.html", "en/search-index.js", "zh/index.html", "zh/search-index.js"])
  }

  @Test func aSchemaTitleEditReachesTheCrossReferencesToIt() {
    var after = base
    after.schemas[1].text = Fixture.schema.replacingOccurrences(
      of: "title: {zh: 合同类型构成, en: Contract types}", with: "title: {zh: 合同类型构成, en: Contract kinds}")
    // The chart's title shows where it is placed: both overview pages; the appendix places the table only.
    #expect(made(from: base, to: after) == ["en/overview.html", "en/search-index.js", "zh/overview.html", "zh/search-index.js"])
  }

  @Test func aGlossaryEditRemakesWhatTranslatesLabels() {
    var after = base
    after.glossary?.text = Fixture.glossary.replacingOccurrences(of: "Technology services", with: "Technical services")
    #expect(
      made(from: base, to: after) == [
        "en/appendix.html", "en/index.html", "en/overview.html", "en/search-index.js", "zh/appendix.html", "zh/index.html",
        "zh/overview.html", "zh/search-index.js",
      ])
  }

  @Test func aTemplateEditRemakesEveryPageButTheDownloads() {
    var after = base
    let index = after.templates.firstIndex { $0.path.hasSuffix("/layout.mustache") }!
    after.templates[index].text = after.templates[index].text.replacingOccurrences(of: "<footer", with: "<footer data-edited")
    let made = made(from: base, to: after)
    #expect(made == Yearbook.build(after).files.map(\.path).filter { !$0.hasPrefix("data/") })
  }

  @Test func anAssetEditRemakesOnlyThatAsset() {
    var before = base
    before.assets = ["assets/style.css": Array("body{}".utf8), "assets/site.js": Array("1".utf8)]
    var after = before
    after.assets["assets/style.css"] = Array("body{margin:0}".utf8)
    #expect(made(from: before, to: after) == ["assets/style.css"])
  }

  @Test func anErrorIsReportedUntilFixedAndTheFixRestoresTheSite() {
    var builder = IncrementalBuilder(options: BuildOptions())
    let good = builder.build(base)
    let broken = replacing(base, chapter: "Content/chapters/overview.en.md") { $0 + "\nSee [](#no-such-table).\n" }
    let failed = builder.build(broken)
    #expect(failed.result.files.isEmpty)
    #expect(failed.result.diagnostics.contains { $0.rule == "dangling-reference" && $0.location.path == "Content/chapters/overview.en.md" })
    // Another page's edit leaves the broken page's finding in place: it is taken from the cache.
    let stillBroken = replacing(broken, chapter: "Content/chapters/appendix.en.md") { $0 + "\nMore.\n" }
    let again = builder.build(stillBroken)
    #expect(again.made == ["en/appendix.html", "en/search-index.js"])
    #expect(again.result.diagnostics == Yearbook.build(stillBroken).diagnostics)
    let fixed = builder.build(base)
    expectSame(fixed.result, good.result)
  }

  @Test func draftsAreLeftOutOfBuildAndShownWithDraftsIncluded() {
    let files = replacing(base, chapter: "Content/chapters/appendix.en.md") {
      $0.replacingOccurrences(of: "part: 6\n", with: "part: 6\ndraft: true\n")
    }
    let published = Yearbook.build(files)
    #expect(!published.diagnostics.hasErrors, "\(published.diagnostics)")
    #expect(!published.files.contains { $0.path == "en/appendix.html" })
    #expect(published.files.filter { $0.text.contains("en/appendix.html") }.map(\.path) == [], "no page links to the left-out draft")
    #expect(published.files.contains { $0.path == "zh/appendix.html" })
    #expect(
      !published.files.first { $0.path == "zh/appendix.html" }!.text.contains("hreflang=\"en\""), "the language switch does not lead to it")

    let preview = Yearbook.build(files, options: BuildOptions(includeDrafts: true))
    let page = preview.files.first { $0.path == "en/appendix.html" }!.text
    #expect(page.contains("class=\"draft-badge\""))
    #expect(preview.files.first { $0.path == "en/index.html" }!.text.contains("draft-badge"))
    #expect(
      made(from: base, to: files, options: BuildOptions(includeDrafts: true)) == [
        "en/appendix.html", "en/index.html", "en/overview.html", "en/search-index.js", "sitemap.xml",
      ])
  }

  @Test func theLiveReloadScriptIsInEveryLayoutPageOnlyWhenAsked() {
    let script = "window.liveReloadProbe = 1;"
    let served = Yearbook.build(base, options: BuildOptions(liveReloadScript: script))
    let pages = served.files.filter { $0.path.hasSuffix(".html") && $0.path != "index.html" }
    #expect(pages.count == 7)
    for page in pages { #expect(page.text.components(separatedBy: "<script>\(script)</script>").count == 2, "\(page.path)") }
    for file in Yearbook.build(base).files { #expect(!file.text.contains("liveReloadProbe"), "\(file.path)") }
  }

  @Test func theRealContentBuildsIncrementallyAsAFullBuildDoes() throws {
    let (files, readDiagnostics) = ContentReader.read(
      content: Fixture.repository.appendingPathComponent("Content").path,
      templates: Fixture.repository.appendingPathComponent("Templates").path)
    #expect(!readDiagnostics.hasErrors)
    var builder = IncrementalBuilder(options: BuildOptions())
    let first = builder.build(files)
    expectSame(first.result, Yearbook.build(files))
    var edited = files
    let index = try #require(edited.chapters.firstIndex { $0.path.hasSuffix("chapters/provinces.zh.md") })
    edited.chapters[index].text += "\n补充一句。\n"
    let second = builder.build(edited)
    #expect(second.made == ["zh/provinces.html", "zh/search-index.js"])
    expectSame(second.result, Yearbook.build(edited))
  }

  /// The checks split into parts (and remembered) find exactly what the checks find whole.
  @Test func theCheckMemoFindsWhatTheChecksFind() throws {
    let (files, _) = ContentReader.read(
      content: Fixture.repository.appendingPathComponent("Content").path,
      templates: Fixture.repository.appendingPathComponent("Templates").path)
    // The real report has findings (the seed's acknowledged inconsistencies); the fixture none.
    for (input, hasFindings) in [(files, true), (base, false)] {
      let (parsed, _) = ReportParser.parse(input)
      let report = try #require(parsed)
      let whole = Set(Validator.check(report) + TemplateKeys.check(report.templates))
      #expect(whole.isEmpty != hasFindings)
      #expect(Set(CheckMemo(remembers: false).check(report, templates: report.templates)) == whole)
      let memo = CheckMemo()
      #expect(Set(memo.check(report, templates: report.templates)) == whole)
      #expect(Set(memo.check(report, templates: report.templates)) == whole)
    }
  }

  /// A finding that comes and goes with an edit comes and goes in the remembered checks too:
  /// a number dropped from an English paragraph, then a table total broken, then both fixed.
  @Test func rememberedChecksFollowEachEdit() throws {
    let (files, _) = ContentReader.read(
      content: Fixture.repository.appendingPathComponent("Content").path,
      templates: Fixture.repository.appendingPathComponent("Templates").path)
    var builder = IncrementalBuilder(options: BuildOptions())
    expectSame(builder.build(files).result, Yearbook.build(files))
    var dropped = files
    let english = try #require(dropped.chapters.firstIndex { $0.path.hasSuffix("chapters/overview.en.md") })
    dropped.chapters[english].text = dropped.chapters[english].text.replacingOccurrences(of: "was 88.8% higher", with: "was much higher")
    let droppedBuild = builder.build(dropped).result
    #expect(droppedBuild.diagnostics.contains { $0.rule == "bilingual-number" })
    expectSame(droppedBuild, Yearbook.build(dropped))
    var broken = dropped
    let table = try #require(broken.tables.firstIndex { $0.path.hasSuffix("data/appendix-01.csv") })
    broken.tables[table].text = broken.tables[table].text.replacingOccurrences(of: "484077", with: "484078")
    let brokenBuild = builder.build(broken).result
    #expect(brokenBuild.diagnostics.hasErrors)
    expectSame(brokenBuild, Yearbook.build(broken))
    let fixed = builder.build(files).result
    #expect(!fixed.diagnostics.contains { $0.rule == "bilingual-number" } && !fixed.diagnostics.hasErrors)
    expectSame(fixed, Yearbook.build(files))
  }
}
