import ArgumentParser
import Foundation
import YearbookKit

/// What `yearbook build` is asked to do, as `Build` read it from the command line.
struct BuildRequest: Equatable {
  var content = "Content"
  var templates = "Templates"
  var output = "Output"
  var drafts = false
  var baseURL: String?

  func validate() throws {
    if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
      throw ValidationError("--base-url must be an absolute http(s) URL, such as https://example.org/report")
    }
  }

  func run() throws {
    let start = Date()
    let (files, readDiagnostics) = ContentReader.read(content: content, templates: templates)
    let result =
      readDiagnostics.hasErrors
      ? Yearbook.Result(files: [], diagnostics: readDiagnostics)
      : Yearbook.build(files, options: BuildOptions(includeDrafts: drafts, baseURL: baseURL))
    FindingsOutput.printForBuild(result.diagnostics)
    guard !result.diagnostics.hasErrors else {
      FindingsOutput.summary(result.diagnostics, action: "build failed; \(output)/ is unchanged")
      throw ExitCode(1)
    }
    let summary: PublishSummary
    do {
      summary = try Publisher.publish(result.files, to: output) {
        FileHandle.standardError.write(Data("waiting: another build is publishing into \(output)/\n".utf8))
      }
    } catch {
      FileHandle.standardError.write(Data((TerminalText.escaping("\(error)") + "\n").utf8))
      throw ExitCode(1)
    }
    let ms = Int(Date().timeIntervalSince(start) * 1000)
    let removed = summary.removed.isEmpty ? "" : ", \(summary.removed.count) removed"
    print(
      "built \(result.files.count) files into \(output)/: \(summary.written.count) written, \(summary.unchanged) unchanged\(removed), in \(ms) ms"
    )
  }
}
