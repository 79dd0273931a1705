import ArgumentParser
import Foundation
import YearbookKit

/// What `yearbook build` is asked to do, however the arguments were read: by argument-parser
/// (`Build`) or, for the plain calls scripts make, by `BuildRequest(shortcut:)`.
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
    Yearbook.warmUpTemplates()
    let (files, readDiagnostics) = ContentReader.read(content: content, templates: templates)
    let result =
      readDiagnostics.hasErrors
      ? Yearbook.Result(files: [], diagnostics: readDiagnostics)
      : Yearbook.build(files, options: BuildOptions(includeDrafts: drafts, baseURL: baseURL))
    Report.printForBuild(result.diagnostics)
    guard !result.diagnostics.hasErrors else {
      Report.summary(result.diagnostics, action: "build failed; \(output)/ is unchanged")
      throw ExitCode(1)
    }
    let summary: PublishSummary
    do {
      summary = try Publisher.publish(result.files, to: output) {
        FileHandle.standardError.write(Data("waiting: another build is publishing into \(output)/\n".utf8))
      }
    } catch {
      FileHandle.standardError.write(Data("\(error)\n".utf8))
      throw ExitCode(1)
    }
    let ms = Int(Date().timeIntervalSince(start) * 1000)
    let removed = summary.removed.isEmpty ? "" : ", \(summary.removed.count) removed"
    print(
      "built \(result.files.count) files into \(output)/: \(summary.written.count) written, \(summary.unchanged) unchanged\(removed), in \(ms) ms"
    )
  }
}

extension BuildRequest {
  /// The options `init(shortcut:)` reads, each taking a value.
  private static let valued = ["--content", "--templates", "--output", "--base-url"]

  /// `build` followed only by `--content`, `--templates`, `--output`, `--base-url` (each with
  /// a value) and `--drafts`, each at most once: the call scripts make, read here because
  /// argument-parser's set-up (reflecting every command, trying the completion commands)
  /// costs more instructions than this whole function. Anything else is nil and left to
  /// argument-parser: help, another command, an unknown or repeated option, `--name=value`,
  /// an empty value or one that starts with `-`.
  init?(shortcut arguments: [String]) {
    guard arguments.first == "build" else { return nil }
    var request = BuildRequest()
    var seen: [String] = []
    var rest = arguments.dropFirst()
    while let name = rest.popFirst() {
      guard !seen.contains(name) else { return nil }
      seen.append(name)
      if name == "--drafts" {
        request.drafts = true
        continue
      }
      guard Self.valued.contains(name), let value = rest.popFirst(), !value.isEmpty, !value.hasPrefix("-") else { return nil }
      switch name {
      case "--content": request.content = value
      case "--templates": request.templates = value
      case "--output": request.output = value
      default: request.baseURL = value
      }
    }
    self = request
  }
}
