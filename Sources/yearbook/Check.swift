import ArgumentParser
import YearbookKit

struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Run every check without writing anything.")

  enum Format: String, ExpressibleByArgument { case text, json }

  @OptionGroup var source: SourceOptions
  @Option(help: "text (one line per finding) or json.")
  var format = Format.text

  func run() throws {
    let (files, readDiagnostics) = ContentReader.read(content: source.content, templates: source.templates)
    let diagnostics = readDiagnostics.hasErrors ? readDiagnostics : Yearbook.build(files).diagnostics
    switch format {
    case .text:
      Report.print(diagnostics)
      Report.summary(diagnostics, action: nil)
    case .json:
      print(DiagnosticJSON.encode(diagnostics))
    }
    if diagnostics.hasErrors { throw ExitCode(1) }
  }
}
