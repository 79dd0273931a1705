import Foundation
@testable import YearbookKit

/// A small report held in memory, and the repository's real templates, for tests.
enum Fixture {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let site = """
    title: {zh: 测试年报, en: Test Report}
    subtitle: {zh: 副标题, en: Subtitle}
    year: 2019
    languages: [zh, en]
    chapters: [overview, appendix]
    key_figures: keys
    """

  static let glossary = "zh,en\n技术开发,Technology development\n技术服务,Technology services\n合计,Total\n北京,Beijing\n项,contracts\n亿元,100 million yuan\n合同数,Contracts\n"

  static let schema = """
    title: {zh: 合同类型, en: Contract types}
    number: 2
    unit: {zh: 亿元, en: 100 million yuan}
    source: {zh: 附表2, en: Appendix Table 2}
    columns:
      - {key: item, label: {zh: 类别, en: Type}, kind: label}
      - {key: role, kind: role}
      - {key: count, label: {zh: 合同数, en: Contracts}, kind: integer, unit: {zh: 项, en: contracts}}
      - {key: amount, label: {zh: 成交额, en: Turnover}, kind: decimal}
      - {key: growth, label: {zh: 增长, en: Growth}, kind: percent}
      - {key: amount_2018, label: {zh: 2018年成交额（推算）, en: 2018 turnover (derived)}, kind: decimal, derive: "amount / (1 + growth / 100)", decimals: 2}
    charts:
      - id: types-pie
        kind: pie
        title: {zh: 合同类型构成, en: Contract types}
        series: [amount]
    """

  static let csv = "item,role,count,amount,growth\n技术开发,,198105,7177.32,21.89\n技术服务,,237804,12418.08,－28.89\n合计,total,484077,22398.39,26.56\n"

  static let keysSchema = """
    title: {zh: 主要数据, en: Key figures}
    columns:
      - {key: item, label: {zh: 指标, en: Indicator}, kind: label}
      - {key: value, label: {zh: 数值, en: Value}, kind: integer}
      - {key: unit, label: {zh: 单位, en: Unit}, kind: label}
      - {key: growth, label: {zh: 增长, en: Growth}, kind: percent}
    """

  static let keysCSV = "item,value,unit,growth\n合同数,484077,项,17.5\n"

  static func chapter(_ slug: String, _ lang: String, title: String, body: String, template: String = "overview", part: Int = 1, extra: String = "") -> SourceFile {
    SourceFile(path: "Content/chapters/\(slug).\(lang).md", text: "---\ntitle: \(title)\ntemplate: \(template)\npart: \(part)\n\(extra)---\n\(body)")
  }

  static var overviewZH: SourceFile {
    chapter("overview", "zh", title: "概述", body: "## 基本情况\n\n如[](#types-pie)所示。\n\n```chart\ntypes-pie\n```\n\n```table\ntypes\n```\n")
  }

  static var overviewEN: SourceFile {
    chapter("overview", "en", title: "Overview", body: "## Main points\n\nSee [](#types-pie).\n\n```chart\ntypes-pie\n```\n\n```table\ntypes\n```\n")
  }

  /// A new empty folder under the system's temporary folder (`yearbook-<kind>-<UUID>`); the
  /// test removes it.
  static func temporaryFolder(_ kind: String = "test") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("yearbook-\(kind)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func templates() -> [SourceFile] {
    let dir = repository.appendingPathComponent("Templates")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.filter { $0.hasSuffix(".mustache") }.sorted().map {
      SourceFile(path: "Templates/\($0)", text: (try? String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8)) ?? "")
    }
  }

  static func files(chapters: [SourceFile]? = nil, csv: String = csv, schema: String = schema, glossary: String = glossary) -> ContentFiles {
    var files = ContentFiles()
    files.site = SourceFile(path: "Content/site.yaml", text: site)
    files.glossary = SourceFile(path: "Content/glossary.csv", text: glossary)
    files.chapters = chapters ?? [
      overviewEN, overviewZH,
      chapter("appendix", "en", title: "Appendix", body: "```table\ntypes\n```\n", template: "appendix", part: 6, extra: "numbering: appendix\n"),
      chapter("appendix", "zh", title: "附表", body: "```table\ntypes\n```\n", template: "appendix", part: 6, extra: "numbering: appendix\n"),
    ]
    files.schemas = [SourceFile(path: "Content/data/keys.yaml", text: keysSchema), SourceFile(path: "Content/data/types.yaml", text: schema)]
    files.tables = [SourceFile(path: "Content/data/keys.csv", text: keysCSV), SourceFile(path: "Content/data/types.csv", text: csv)]
    files.templates = templates()
    return files
  }
}
