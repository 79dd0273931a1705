import Foundation
import Testing
@testable import YearbookKit

@Suite struct ZZPhaseTimingTests {
  @Test func phases() {
    let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    func t<T>(_ name: String, _ f: () -> T) -> T { let s = ContinuousClock.now; let r = f(); print("PHASE \(name): \(ContinuousClock.now - s)"); return r }
    let (files, _) = t("read") { ContentReader.read(content: repo.appendingPathComponent("Content").path, templates: repo.appendingPathComponent("Templates").path) }
    let (report, _) = t("parse") { ReportParser.parse(files) }
    let r = report!
    _ = t("chapters") { files.chapters.map { ChapterParser.parse($0, languages: r.site.languages) } }
    let schemas = t("schemas") { files.schemas.map { SchemaParser.parse($0, languages: r.site.languages) } }
    _ = t("tables") { files.tables.compactMap { f in r.tables.values.first { $0.csvPath == f.path }.map { TableParser.parse(f, schema: $0.schema) } } }
    _ = t("glossary") { GlossaryParser.parse(files.glossary!) }
    _ = schemas.count
    _ = t("validate") { Validator.check(r) }
    let (templates, _) = t("templates") { TemplateSet.make(r.templates) }
    _ = t("templateKeys") { TemplateKeys.check(r.templates) }
    let builder = SiteBuilder(report: r, templates: templates, options: BuildOptions())
    let plan = t("plan") { builder.plan() }
    _ = t("graph") { DependencyGraph(builder, plan: plan) }
    let (out, _) = t("render") { builder.build() }
    _ = t("links") { Validator.links(r, files: out) }
    var inc = IncrementalBuilder(options: BuildOptions())
    _ = t("inc1") { inc.build(files) }
    _ = t("inc2") { inc.build(files) }
  }
}
