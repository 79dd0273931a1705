import Charts
import Foundation
import Markdown
import YearbookKit

/// Each stage of a full build timed on its own, in this process, through the public API:
/// read → parse → validate → templates → assemble → publish. Parse and assemble use both
/// cores; inside them, the Markdown parse (cmark into `MarkdownNode`), the Markdown
/// rendering, the tables and the charts are timed alone on one core, to show where the work
/// is (what else assemble does is the pages: Mustache templates, navigation, sitemap, copies).
/// Findings are those of `Yearbook.build` (after errata), as the command reports them.
struct StageTimes {
  /// Stage name and its sample, in pipeline order; names starting with "  " are parts of the
  /// stage above.
  var stages: [(name: String, sample: Sample)] = []
  /// read → build → publish in one go.
  var total: Sample
  /// Files written.
  var files: Int
  /// Bytes written.
  var bytes: Int
  /// Findings (errors and warnings) of the build; a benchmark of a failing build means little.
  var diagnostics: [Diagnostic]

  static func measure(content: String, templates: String, output: String, runs: Int) -> StageTimes {
    let (files, readDiagnostics) = ContentReader.read(content: content, templates: templates)
    let read = Timing.measure(runs: runs) { ContentReader.read(content: content, templates: templates) }
    let parse = Timing.measure(runs: runs) { ReportParser.parse(files) }
    let bodies = files.chapters.map { Self.body(of: $0.text) }
    let markdownParse = Timing.measure(runs: runs) { bodies.map { MarkdownParser.parse($0.text, lineOffset: $0.offset).document } }
    let (parsed, parseDiagnostics) = ReportParser.parse(files)
    guard let report = parsed else {
      return StageTimes(total: Sample([]), files: 0, bytes: 0, diagnostics: readDiagnostics + parseDiagnostics)
    }
    let validate = Timing.measure(runs: runs) { Validator.check(report) }
    let makeTemplates = Timing.measure(runs: runs) { TemplateSet.make(report.templates) }
    let (templateSet, _) = TemplateSet.make(report.templates)
    let builder = SiteBuilder(report: report, templates: templateSet, options: BuildOptions())
    let assemble = Timing.measure(runs: runs) { builder.build() }

    let plans = report.chapters.map { ($0, PlacementPlanner.placements(in: $0, report: report)) }
    let markdown = Timing.measure(runs: runs) {
      plans.map { chapter, _ in
        HTMLRenderer(allowsRawHTML: chapter.allowsRawHTML, blockHook: { _, _, _ in "" }).render(chapter.body).html.utf8.count
      }
    }
    let tables = Timing.measure(runs: runs) { Self.tables(report, plans) }
    let charts = Timing.measure(runs: runs) { Self.charts(report, plans) }

    let (built, _) = builder.build()
    let pipeline = Timing.measure(runs: runs) { Yearbook.build(files) }
    let publish = Timing.measure(runs: runs) { (try? Publisher.publish(built, to: output)) != nil }
    let total = Timing.measure(runs: runs) {
      let (input, _) = ContentReader.read(content: content, templates: templates)
      let result = Yearbook.build(input)
      return (try? Publisher.publish(result.files, to: output)) != nil ? result.files.count : 0
    }
    var times = StageTimes(
      total: total, files: built.count, bytes: built.reduce(0) { $0 + $1.bytes.count },
      diagnostics: readDiagnostics + Yearbook.build(files).diagnostics)
    times.stages = [
      ("read (ContentReader.read)", read),
      ("parse (ReportParser.parse)", parse),
      ("  Markdown parse (cmark; one core)", markdownParse),
      ("validate (Validator.check; alone, in a build it runs beside assemble)", validate),
      ("templates (TemplateSet.make)", makeTemplates),
      ("assemble (SiteBuilder.build)", assemble),
      ("  Markdown → HTML (one core)", markdown),
      ("  tables (one core)", tables),
      ("  charts: build + SVG + figure (one core)", charts),
      ("parse → validate and assemble → links, template keys, errata (Yearbook.build)", pipeline),
      ("publish (Publisher.publish)", publish),
    ]
    return times
  }

  /// A chapter file's Markdown body and the lines before it (its front matter).
  static func body(of text: String) -> (text: String, offset: Int) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else { return (text, 0) }
    return (lines[(end + 1)...].joined(separator: "\n"), end + 1)
  }

  /// Every placed table of every chapter, rendered.
  static func tables(_ report: Report, _ plans: [(Chapter, [Placement])]) -> Int {
    var bytes = 0
    for (chapter, placements) in plans {
      let renderer = TableRenderer(translator: Translator(language: chapter.language, glossary: report.glossary), rootPath: "../")
      for placement in placements where placement.kind == .table {
        guard let table = report.tables[placement.id] else { continue }
        bytes += renderer.html(table, label: placement.label, anchor: placement.anchor).utf8.count
      }
    }
    return bytes
  }

  /// Every placed chart of every chapter: the chart built from its table, its SVG and figure.
  static func charts(_ report: Report, _ plans: [(Chapter, [Placement])]) -> Int {
    var bytes = 0
    for (chapter, placements) in plans {
      let builder = ChartBuilder(translator: Translator(language: chapter.language, glossary: report.glossary))
      let figure = FigureRenderer(language: chapter.language, rootPath: "../")
      for placement in placements where placement.kind == .chart {
        guard let spec = report.charts[placement.id], let table = report.tables[spec.table] else { continue }
        let chart = builder.chart(spec, table: table, id: placement.anchor)
        bytes += figure.html(chart, spec: spec, label: placement.label, anchor: placement.anchor).utf8.count
      }
    }
    return bytes
  }
}
