import ArgumentParser
import Foundation
import YearbookKit

/// `yearbook diff OLD_CONTENT_DIR`: every figure that differs between an earlier content
/// folder and the current one, with what it touches; or the `revisions.yaml` entries for them.
struct Diff: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff", abstract: "List every changed figure between an earlier content folder and this one, and what it touches.")

  enum Format: String, ExpressibleByArgument { case text, yaml }

  @Argument(help: "The earlier content folder (a checkout of what was published).")
  var old: String
  @OptionGroup var source: SourceOptions
  @Option(help: "text (one line per change, with what it touches) or yaml (revisions.yaml entries).")
  var format = Format.text
  @Option(help: ArgumentHelp("The day the revisions are published, for --format yaml (left empty otherwise).", valueName: "YYYY-MM-DD"))
  var date: String?

  func validate() throws {
    if let date, !ContentDiff.isDate(date) { throw ValidationError("--date takes a day written YYYY-MM-DD, such as 2021-03-15") }
  }

  func run() throws {
    let (oldReport, oldFindings) = Self.load(old, templates: source.templates)
    let (newReport, newFindings) = Self.load(source.content, templates: source.templates)
    guard let oldReport, let newReport else {
      FindingsOutput.print((oldFindings + newFindings).filter { $0.severity == .error })
      throw ExitCode(1)
    }
    let diff = ContentDiff(old: oldReport, new: newReport)
    print(format == .yaml ? diff.revisionsYAML(date: date) : diff.text, terminator: "")
  }

  /// The report of a content folder (nil when its site.yaml is unusable), and the findings of
  /// reading and parsing it.
  static func load(_ content: String, templates: String) -> (YearbookKit.Report?, [Diagnostic]) {
    let (files, read) = ContentReader.read(content: content, templates: templates)
    let (report, parsed) = ReportParser.parse(files)
    return (report, read + parsed)
  }
}
