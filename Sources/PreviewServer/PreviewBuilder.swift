import Foundation
import YearbookKit

/// The preview's builds, at the edge: reads the content, remakes what changed, brings the
/// preview folder in line and says what happened. After a failed build the folder keeps the
/// last good site.
struct PreviewBuilder: Sendable {
  /// What a build means for open pages.
  enum Outcome: Sendable, Equatable {
    /// Nothing a page shows changed.
    case unchanged
    /// A good build wrote or removed these paths (or cleared the errors of a failed one).
    case reload([String])
    /// The build failed with these errors.
    case failure([Diagnostic])
  }

  /// The content folder.
  let content: String
  /// The templates folder.
  let templates: String
  /// The preview folder.
  let output: String
  /// Holds a stop back while the preview folder is written.
  let interruption: Interruption
  private var builder: IncrementalBuilder
  /// The last read: the next one reads only the files changed since.
  private var snapshot: ContentSnapshot?
  /// What the last update left in the preview folder: the next one compares with it in memory.
  private var published = PublishedRecord()
  private var failing = false
  private var hasBuilt = false
  private var printed: Set<Diagnostic> = []
  private let console = Console()
  private static let warningsShown = 5

  /// Makes a builder; nothing is built yet.
  init(content: String, templates: String, output: String, options: BuildOptions, interruption: Interruption) {
    self.content = content
    self.templates = templates
    self.output = output
    self.interruption = interruption
    self.builder = IncrementalBuilder(options: options)
  }

  /// Builds, because `changed` changed (empty for the first build).
  mutating func build(changed: [String]) -> Outcome {
    let start = ContinuousClock.now
    let read = ContentReader.read(content: content, templates: templates, since: snapshot)
    snapshot = read
    let (files, readDiagnostics) = (read.files, read.diagnostics)
    let outcome = readDiagnostics.hasErrors ? nil : builder.build(files)
    let diagnostics = outcome?.result.diagnostics ?? readDiagnostics.sorted()
    // Errors every time, so the terminal's last lines always say what is wrong. At the first
    // build, one line counts the warnings and notes (a list would push what serve said before,
    // such as a warning about --host, out of view); later, a new warning once, and only the
    // first few. Notes are findings the editors acknowledged: counted, never listed.
    // `yearbook check` lists them all.
    for finding in diagnostics where finding.severity == .error { console.error(finding.description) }
    if printed.isEmpty && !hasBuilt {
      let warnings = diagnostics.filter { $0.severity == .warning }.count
      let notes = diagnostics.filter { $0.severity == .note }.count
      if warnings + notes > 0 {
        console.line("\(warnings) warning\(warnings == 1 ? "" : "s"), \(notes) acknowledged note\(notes == 1 ? "" : "s") (yearbook check lists them)")
      }
    } else {
      let newWarnings = diagnostics.filter { $0.severity == .warning && !printed.contains($0) }
      for finding in newWarnings.prefix(Self.warningsShown) { console.error(finding.description) }
      if newWarnings.count > Self.warningsShown {
        console.error("… and \(newWarnings.count - Self.warningsShown) more warnings (yearbook check lists them all)")
      }
    }
    printed = Set(diagnostics)
    let cause = changed.isEmpty ? "first build" : Console.names(changed)
    let errors = diagnostics.filter { $0.severity == .error }
    guard let outcome, errors.isEmpty else {
      failing = true
      let serving = hasBuilt ? "still serving the last good site" : "pages show the errors until a good save"
      console.error("\(cause): build failed with \(errors.count) error\(errors.count == 1 ? "" : "s"); \(serving)")
      return .failure(errors)
    }
    do {
      let summary = try interruption.write { () throws(Publisher.Failure) in
        try Publisher.update(outcome.result.files, in: output, record: &published)
      }
      let ms = Self.milliseconds(since: start)
      if hasBuilt {
        console.line(
          "\(cause): \(outcome.made.count) made, \(summary.written.count) written"
            + (summary.written.isEmpty ? "" : " (\(Console.names(summary.written)))") + ", \(summary.unchanged) unchanged"
            + (summary.removed.isEmpty ? "" : ", \(summary.removed.count) removed") + " in \(ms) ms")
      } else {
        console.line("built \(outcome.result.files.count) files in \(ms) ms")
      }
      hasBuilt = true
      let wasFailing = failing
      failing = false
      return summary.isEmpty && !wasFailing ? .unchanged : .reload(summary.written + summary.removed)
    } catch {
      failing = true
      console.error(error.description)
      return .failure([
        Diagnostic(.error, at: SourceLocation(path: error.path), rule: "publish", "cannot write the preview: \(error.reason)")
      ])
    }
  }

  static func milliseconds(since start: ContinuousClock.Instant) -> Int {
    let elapsed = ContinuousClock.now - start
    return Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
  }
}
