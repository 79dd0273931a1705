import ArgumentParser
import Foundation
import YearbookKit

struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "check", abstract: "Run every check without writing anything.")

  enum Format: String, ExpressibleByArgument { case text, json }

  @OptionGroup var source: SourceOptions
  @Option(help: "text (one line per finding) or json.")
  var format = Format.text
  @Option(
    help: ArgumentHelp(
      "List every table, chart and page that shows the figure at this cell, instead of checking.", valueName: "path:line:col"))
  var impact: String?

  func validate() throws {
    if let impact, ImpactReport.location(impact) == nil {
      throw ValidationError("--impact takes a cell as findings name it: Content/data/table-3-2-flows.csv:5:4")
    }
  }

  func run() throws {
    let (files, readDiagnostics) = ContentReader.read(content: source.content, templates: source.templates)
    if let impact, let location = ImpactReport.location(impact) {
      try ImpactReport.run(location, files: files, readDiagnostics: readDiagnostics, json: format == .json)
      return
    }
    let diagnostics = readDiagnostics.hasErrors ? readDiagnostics : Yearbook.build(files).diagnostics
    switch format {
    case .text:
      FindingsOutput.print(diagnostics)
      FindingsOutput.summary(diagnostics, action: nil)
    case .json:
      print(DiagnosticJSON.encode(diagnostics))
    }
    if diagnostics.hasErrors { throw ExitCode(1) }
  }
}
