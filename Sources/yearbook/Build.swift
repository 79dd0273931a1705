import ArgumentParser
import Foundation
import YearbookKit

struct Build: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Build the whole site into the output folder.")

  @OptionGroup var source: SourceOptions
  @Option(help: "The output folder; replaced atomically.")
  var output = "Output"
  @Flag(help: "Include chapters marked draft.")
  var drafts = false
  @Option(name: .customLong("base-url"), help: "Absolute URL the site is published at, for canonical, hreflang and sitemap URLs.")
  var baseURL: String?

  func validate() throws {
    if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
      throw ValidationError("--base-url must be an absolute http(s) URL, such as https://example.org/report")
    }
  }

  func run() throws {
    let start = Date()
    let (files, readDiagnostics) = ContentReader.read(content: source.content, templates: source.templates)
    let result = readDiagnostics.hasErrors
      ? Yearbook.Result(files: [], diagnostics: readDiagnostics)
      : Yearbook.build(files, options: BuildOptions(includeDrafts: drafts, baseURL: baseURL))
    Report.printForBuild(result.diagnostics)
    guard !result.diagnostics.hasErrors else {
      Report.summary(result.diagnostics, action: "build failed; \(output)/ is unchanged")
      throw ExitCode(1)
    }
    let summary: PublishSummary
    do {
      summary = try Publisher.publish(result.files, to: output)
    } catch {
      FileHandle.standardError.write(Data("\(error)\n".utf8))
      throw ExitCode(1)
    }
    let ms = Int(Date().timeIntervalSince(start) * 1000)
    let removed = summary.removed.isEmpty ? "" : ", \(summary.removed.count) removed"
    print("built \(result.files.count) files into \(output)/: \(summary.written.count) written, \(summary.unchanged) unchanged\(removed), in \(ms) ms")
  }
}
