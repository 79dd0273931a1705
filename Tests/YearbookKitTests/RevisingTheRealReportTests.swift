import Foundation
import Testing

/// The walkthrough of docs/revising.md on a copy of the real content: 附表2 misprints the 2019
/// turnover of technology development contracts as 7717.32 (附表6 and every total, growth and
/// share give 7177.32). Correcting it, dropping the errata that only acknowledged the
/// misprint and recording the revision gives a site that marks the figure wherever it is
/// shown and lists it on both revisions pages; `diff` against the original reports it.
@Suite(.serialized) struct RevisingTheRealReportTests {
  static let revision = """
    - date: 2021-03-15
      table: appendix-02
      row: 技术开发
      column: amount_2019
      was: 7717.32
      reason: {zh: 更正原表印刷错误, en: Corrects a misprint in the printed table}

    """

  /// A copy of the real content with the correction made, the errata it answers dropped and
  /// the revision recorded.
  func revisedContent() throws -> URL {
    let dir = try CommandLineTests().copyOfContent()
    let content = dir.appendingPathComponent("Content")
    let csv = content.appendingPathComponent("data/appendix-02.csv")
    let table = try String(contentsOf: csv, encoding: .utf8)
    let misprint = "技术开发,,180431,5888.55,24.01,33.27,198105,7717.32,21.89,32.05\n"
    #expect(table.contains(misprint))
    try table.replacingOccurrences(of: misprint, with: misprint.replacingOccurrences(of: "7717.32", with: "7177.32"))
      .write(to: csv, atomically: true, encoding: .utf8)
    let errataURL = content.appendingPathComponent("errata.yaml")
    let errata = try String(contentsOf: errataURL, encoding: .utf8)
    let start = try #require(errata.range(of: "# 附表2 prints"))
    let end = try #require(errata.range(of: "# Output by overseas sellers"))
    try (String(errata[..<start.lowerBound]) + String(errata[end.lowerBound...])).write(to: errataURL, atomically: true, encoding: .utf8)
    try Self.revision.write(to: content.appendingPathComponent("revisions.yaml"), atomically: true, encoding: .utf8)
    return dir
  }

  @Test func theCorrectedFigureIsMarkedEverywhereAndListedInBothLanguages() throws {
    let dir = try revisedContent()
    defer { try? FileManager.default.removeItem(at: dir) }
    let cli = CommandLineTests()
    let content = dir.appendingPathComponent("Content").path
    let templates = Fixture.repository.appendingPathComponent("Templates").path
    let output = dir.appendingPathComponent("Output").path
    let check = try cli.run(["check", "--content", content, "--templates", templates])
    #expect(check.status == 0)
    #expect(check.stderr.contains("\n0 errors, "), "\(check.stderr.suffix(2000))")
    // The four findings the misprint caused are gone with their errata.
    #expect(!check.stderr.contains("22938.39"))
    let build = try cli.run(["build", "--content", content, "--templates", templates, "--output", output])
    #expect(build.status == 0, "\(build.stderr.suffix(2000))")
    func page(_ path: String) throws -> String { try String(contentsOfFile: "\(output)/\(path)", encoding: .utf8) }
    let zhMark = "7177.32<sup class=\"revision-mark\"><a href=\"revisions.html#revision-1\" title=\"2021-03-15修订，原为7717.32\">修</a></sup>"
    let enMark =
      "7,177.32<sup class=\"revision-mark\"><a href=\"revisions.html#revision-1\" title=\"Revised on 2021-03-15; was 7,717.32\">r</a></sup>"
    // 附表2 is placed in Part 2 (表 2–1) and Part 6 (附表 2).
    for path in ["zh/composition.html", "zh/appendix.html"] {
      #expect(try page(path).contains("<td class=\"num\">\(zhMark)</td>"), "\(path)")
    }
    for path in ["en/composition.html", "en/appendix.html"] {
      #expect(try page(path).contains("<td class=\"num\">\(enMark)</td>"), "\(path)")
    }
    #expect(!(try page("zh/appendix.html")).contains("原资料数据不一致：原表技术开发合同2019年成交额印为7717.32亿元"))
    let zh = try page("zh/revisions.html")
    let en = try page("en/revisions.html")
    #expect(zh.contains("<time datetime=\"2021-03-15\">2021-03-15</time> <a href=\"composition.html#table-appendix-02\">表 2–1</a>"))
    #expect(zh.contains("<dd><del>7717.32</del> → <ins>7177.32</ins></dd>") && zh.contains("<dd>更正原表印刷错误</dd>"))
    #expect(en.contains("<a href=\"composition.html#table-appendix-02\">Table 2-1</a>"))
    #expect(
      en.contains("<dd><del>7,717.32</del> → <ins>7,177.32</ins></dd>") && en.contains("<dd>Corrects a misprint in the printed table</dd>"))
    #expect(try page("en/index.html").contains("Last revised: 2021-03-15"))
    #expect(try page("zh/index.html").contains("最近修订：2021-03-15"))

    let diff = try cli.run(["diff", Fixture.repository.appendingPathComponent("Content").path, "--content", content])
    #expect(diff.status == 0)
    #expect(diff.stdout.hasPrefix("\(content)/data/appendix-02.csv:2:41: appendix-02 技术开发 amount_2019: 7717.32 → 7177.32\n"))
    #expect(diff.stdout.contains("  quantity: turnover-2019 of 技术开发\n"))
    #expect(diff.stdout.contains("    zh/appendix.html#table-appendix-02: 附表 2 (table appendix-02)\n"))
    #expect(diff.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }.count == 1)
    let yaml = try cli.run([
      "diff", Fixture.repository.appendingPathComponent("Content").path, "--content", content, "--format", "yaml", "--date", "2021-03-15",
    ])
    #expect(
      yaml.stdout
        == "- date: 2021-03-15\n  table: \"appendix-02\"\n  row: \"技术开发\"\n  column: \"amount_2019\"\n  was: 7717.32\n  reason: {zh: \"\", en: \"\"}\n"
    )
    let bad = try cli.run(["diff", content, "--date", "15.3.2021"])
    #expect(bad.status == 2)
  }
}
