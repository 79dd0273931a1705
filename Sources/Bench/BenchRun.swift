import Foundation
import SyntheticReport
import YearbookKit

/// The whole benchmark: the real report and the synthetic sizes, stage by stage in this
/// process, as whole `yearbook build` processes (time and peak memory), and the incremental
/// rebuild; then writes the Hugo comparison sites for `scripts/bench-hugo.py`.
struct BenchRun {
  let options: BenchOptions
  var out = ""

  /// One report measured.
  struct Measured {
    var name: String
    var chapters: Int
    var placed: (tables: Int, charts: Int)
    var inputFiles: Int
    var stages: StageTimes
    var process: (sample: Sample, maxRSS: Int, failures: Int)
    var incremental: [IncrementalTimes]
  }

  mutating func say(_ text: String = "") {
    print(text)
    out += text + "\n"
  }

  mutating func run() throws {
    if options.writeOnly {
      for size in options.sizes {
        try SiteFolder.write(SyntheticReport(chapters: size).contentFiles, to: "\(options.work)/synthetic-\(size)/Content")
      }
      try writeComparisonSites()
      return
    }
    if options.incrementalOnly {
      let content = "\(options.work)/real/Content"
      try SiteFolder.copy(options.content, to: content)
      let chapter = "\(content)/chapters/overview.zh.md"
      let text = try String(contentsOfFile: chapter, encoding: .utf8)
      var edits = [IncrementalTimes.measure(
        content: content, templates: options.templates, output: "\(options.work)/real/Output-serve", file: chapter,
        edited: IncrementalTimes.chapterEdit(text), runs: options.runs)]
      if let edit = IncrementalTimes.csvEdit(content: content, templates: options.templates) {
        edits.append(IncrementalTimes.measure(
          content: content, templates: options.templates, output: "\(options.work)/real/Output-serve", file: edit.file, edited: edit.text,
          runs: options.runs))
      }
      for times in edits {
        say("\(times.edit): read \(times.read.median) ms, build \(times.build.median) ms, update \(times.update.median) ms, total \(times.total.median) ms; \(times.made) remade, \(times.written) written")
      }
      return
    }
    guard FileManager.default.isExecutableFile(atPath: options.yearbook) else {
      throw BenchError("no yearbook binary at \(options.yearbook); build it first (swift build -c release --product yearbook) or pass --yearbook")
    }
    say("## Run of \(Machine.date)")
    say()
    say("Machine: \(Machine.description). Release build; medians of repeated runs after a warm-up.")
    say()
    var measured: [Measured] = []

    let real = "\(options.work)/real"
    try SiteFolder.copy(options.content, to: "\(real)/Content")
    measured.append(measure(name: "real report", folder: real, chapters: realChapterCount(real), placed: realPlacements(real),
      chapterFile: "\(real)/Content/chapters/overview.zh.md"))

    for size in options.sizes {
      let report = SyntheticReport(chapters: size)
      let folder = "\(options.work)/synthetic-\(size)"
      try SiteFolder.write(report.contentFiles, to: "\(folder)/Content")
      measured.append(measure(name: "synthetic \(size)", folder: folder, chapters: size, placed: (report.placedTableCount, report.chartCount),
        chapterFile: "\(folder)/Content/chapters/\(report.slugs[0]).zh.md"))
    }
    report(measured)
    try writeComparisonSites()
    try FileManager.default.createDirectory(atPath: options.work, withIntermediateDirectories: true)
    try out.write(toFile: "\(options.work)/results.md", atomically: true, encoding: .utf8)
  }

  mutating func measure(name: String, folder: String, chapters: Int, placed: (Int, Int), chapterFile: String) -> Measured {
    FileHandle.standardError.write(Data("measuring \(name)…\n".utf8))
    let content = "\(folder)/Content"
    let stages = StageTimes.measure(content: content, templates: options.templates, output: "\(folder)/Output", runs: options.runs)
    let process = ChildProcess(
      path: options.yearbook, arguments: ["build", "--content", content, "--templates", options.templates, "--output", "\(folder)/Output-cli"])
    let first = process.run().milliseconds
    let timed = process.measure(warmUp: 0, runs: max(3, min(options.runs, Int(8000 / max(first, 0.001)))))
    var incremental: [IncrementalTimes] = []
    let runs = max(3, min(options.runs, Int(4000 / max(stages.total.median, 0.001))))
    if let text = try? String(contentsOfFile: chapterFile, encoding: .utf8) {
      incremental.append(IncrementalTimes.measure(
        content: content, templates: options.templates, output: "\(folder)/Output-serve", file: chapterFile,
        edited: IncrementalTimes.chapterEdit(text), runs: runs))
    }
    if let edit = IncrementalTimes.csvEdit(content: content, templates: options.templates) {
      incremental.append(IncrementalTimes.measure(
        content: content, templates: options.templates, output: "\(folder)/Output-serve", file: edit.file, edited: edit.text, runs: runs))
    }
    let inputs = SiteFolder.size(of: content).files
    return Measured(name: name, chapters: chapters, placed: placed, inputFiles: inputs, stages: stages, process: timed, incremental: incremental)
  }

  func realChapterCount(_ folder: String) -> Int {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: "\(folder)/Content/chapters")) ?? []
    return names.filter { $0.hasSuffix(".zh.md") }.count
  }

  func realPlacements(_ folder: String) -> (Int, Int) {
    let (files, _) = ContentReader.read(content: "\(folder)/Content", templates: options.templates)
    guard let report = ReportParser.parse(files).0, let first = report.site.languages.first else { return (0, 0) }
    let placements = report.chapters.filter { $0.language == first }.flatMap { PlacementPlanner.placements(in: $0, report: report) }
    return (placements.filter { $0.kind == .table }.count, placements.filter { $0.kind == .chart }.count)
  }

  /// The chart-less synthetic reports as yearbook content and as Hugo sites, same text.
  func writeComparisonSites() throws {
    let assets = "\(options.templates)/assets"
    for size in options.sizes {
      let report = SyntheticReport(chapters: size, includesCharts: false)
      let folder = "\(options.work)/compare-\(size)"
      try SiteFolder.write(report.contentFiles, to: "\(folder)/Content")
      try SiteFolder.write(report.hugoSite, to: "\(folder)/hugo")
      try SiteFolder.copy(assets, to: "\(folder)/hugo/static/assets")
    }
  }
}
