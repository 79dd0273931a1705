import Testing
@testable import SyntheticReport
@testable import YearbookKit

/// The benchmark's synthetic reports: they must build cleanly (a benchmark of a failing build
/// measures the wrong thing), keep the real report's shape, and be the same every time.
@Suite struct SyntheticReportTests {
  /// The report's files as `ContentReader` would read them, with the repository's templates.
  static func files(_ report: SyntheticReport) -> ContentFiles {
    var files = ContentFiles()
    let content = report.contentFiles
    func file(_ path: String) -> SourceFile { SourceFile(path: "Content/\(path)", text: content[path]!) }
    files.site = file("site.yaml")
    files.glossary = file("glossary.csv")
    let paths = content.keys.sorted()
    files.chapters = paths.filter { $0.hasPrefix("chapters/") }.map(file)
    files.schemas = paths.filter { $0.hasSuffix(".yaml") && $0.hasPrefix("data/") }.map(file)
    files.tables = paths.filter { $0.hasSuffix(".csv") && $0.hasPrefix("data/") }.map(file)
    files.templates = Fixture.templates()
    return files
  }

  @Test func threeChaptersBuildWithoutFindings() {
    let report = SyntheticReport(chapters: 3)
    let result = Yearbook.build(Self.files(report))
    #expect(result.diagnostics == [])
    let paths = Set(result.files.map(\.path))
    for slug in ["chapter-0001", "chapter-0002", "chapter-0003"] {
      #expect(paths.contains("zh/\(slug).html"))
      #expect(paths.contains("en/\(slug).html"))
    }
    #expect(paths.contains("data/c0001-t1.csv"))
  }

  @Test func chaptersPlaceTablesAndChartsInTheRealReportsProportion() {
    let report = SyntheticReport(chapters: 3)
    #expect(report.placedTableCount == 6 + 6 + 7)
    #expect(report.chartCount == 8 + 7 + 7)
    let result = Yearbook.build(Self.files(report))
    let page = result.files.first { $0.path == "zh/chapter-0002.html" }?.text ?? ""
    #expect(page.contains("<span class=\"number\">表 2–1</span>"))
    #expect(page.contains("<span class=\"number\">图 2–1</span>"))
    #expect(page.contains("<a class=\"xref\" href=\"chapter-0001.html#table-c0001-t1\">表 1–1</a>"))
    let english = result.files.first { $0.path == "en/chapter-0002.html" }?.text ?? ""
    #expect(english.contains("<span class=\"number\">Table 2-1</span>"))
  }

  @Test func chapterMarkdownIsTheSameEveryTime() {
    let first = SyntheticReport(chapters: 2).contentFiles
    #expect(first == SyntheticReport(chapters: 2).contentFiles)
    let chapter = first["chapters/chapter-0001.zh.md"] ?? ""
    #expect(chapter.hasPrefix("---\ntitle: \"专题分析1：基本情况\"\ntemplate: overview\npart: 1\nsummary: \"第1部分分析2019年技术合同的基本情况。\"\n---\n"))
    #expect(chapter.contains("\n```chart\nc0001-f1\n```\n"))
    #expect(chapter.contains("\n```table\nc0001-t1\n```\n"))
    #expect(first["site.yaml"]?.contains("chapters: [chapter-0001, chapter-0002]\n") == true)
  }

  @Test func withoutChartsNothingIsDrawnAndTheBuildIsClean() {
    let report = SyntheticReport(chapters: 2, includesCharts: false)
    #expect(report.chartCount == 0)
    #expect(!report.contentFiles.values.contains { $0.contains("```chart") })
    #expect(Yearbook.build(Self.files(report)).diagnostics == [])
  }

  @Test func hugoSiteHasTheSameChaptersWithMarkdownTables() {
    let report = SyntheticReport(chapters: 2, includesCharts: false)
    let site = report.hugoSite
    #expect(site["config.toml"]?.contains("defaultContentLanguage = \"zh\"") == true)
    let layout = site["layouts/_default/baseof.html"] ?? ""
    #expect(layout.contains("$pages := .Site.RegularPages.ByWeight") && layout.contains("range $i, $p := $shown"))
    // The same navigation window as NavigationWindow: beyond 24 chapters, ends and ±4 around the page's own.
    #expect(layout.contains("if gt $n 24") && layout.contains("sub $at 4") && layout.contains("add $at 4"))
    let zh = site["content/zh/chapter-0002.md"] ?? ""
    #expect(zh.hasPrefix("---\ntitle: \"专题分析2：合同类型\"\nweight: 2\npart: \"第二部分\"\n"))
    #expect(zh.contains("[表 1–1](chapter-0001.html#table-c0001-t1)"))
    #expect(zh.contains("**表 2–1** 2019年各类卖方技术合同成交情况\n{#table-c0002-t1}\n\n| 卖方类别 | 2018年合同数（项） |"))
    let en = site["content/en/chapter-0002.md"] ?? ""
    #expect(en.contains("| **Total** | **"))
    #expect(site["static/data/c0002-t1.csv"] == report.contentFiles["data/c0002-t1.csv"])
  }

  @Test func figuresArePrintedAsInTheCSVs() {
    #expect(Figures.fixed(123456, decimals: 2) == "1234.56")
    #expect(Figures.fixed(-5, decimals: 2) == "-0.05")
    #expect(Figures.fixed(123456789, decimals: 2, grouped: true) == "1,234,567.89")
    #expect(Figures.percent(1, of: 3, decimals: 2) == 3333)
    #expect(Figures.percent(-2, of: 3, decimals: 2) == -6667)
  }
}
