/// The pipeline: parse → validate → render and assemble → template. `check` runs all of it;
/// `build` then hands the files to `Publisher`. Pure: files in, files and findings out.
public enum Yearbook {
  /// The outcome of a build: files (empty when there are errors) and every finding, sorted.
  public struct Result: Sendable {
    /// The site's files.
    public var files: [OutputFile]
    /// Every finding, sorted.
    public var diagnostics: [Diagnostic]
    /// Makes a result.
    public init(files: [OutputFile], diagnostics: [Diagnostic]) {
      self.files = files
      self.diagnostics = diagnostics
    }
  }

  /// Runs every stage on the read files.
  public static func build(_ input: ContentFiles, options: BuildOptions = BuildOptions()) -> Result {
    build(input, options: options) { $0.build() }
  }

  /// Runs every stage, with `assemble` making the files from the site builder: `SiteBuilder.build`,
  /// or `IncrementalBuilder`, which makes only what changed (and remembers parses in `memo`,
  /// checks in `checkMemo`).
  /// One pipeline for both.
  static func build(
    _ input: ContentFiles, options: BuildOptions, memo: ParseMemo = ParseMemo(remembers: false),
    checkMemo: CheckMemo = CheckMemo(remembers: false),
    assemble: (SiteBuilder) -> (files: [OutputFile], diagnostics: [Diagnostic])
  ) -> Result {
    // The templates need only their own files: they are parsed while the content is.
    let templateSources = ReportParser.templateSources(input.templates)
    let madeTemplates = Background { memo.templates(templateSources) }
    let (parsed, parseDiagnostics) = ReportParser.parse(input, memo: memo)
    var diagnostics = parseDiagnostics
    let (templates, templateDiagnostics) = madeTemplates.value()
    guard let report = parsed else { return Result(files: [], diagnostics: diagnostics.sorted()) }
    diagnostics += templateDiagnostics
    // Names are looked up only in templates that parse: a syntax error is reported once.
    let broken = Set(templateDiagnostics.map(\.location.path))
    let sources = report.templates.filter { !broken.contains($0.value.path) }
    // The checks need only the report: they run while the pages are made.
    let checks = Background { checkMemo.check(report, templates: sources) }
    let (files, renderDiagnostics) = assemble(SiteBuilder(report: report, templates: templates, options: options))
    diagnostics += renderDiagnostics
    diagnostics += checks.value()
    diagnostics += checkMemo.links(report, files: files)
    diagnostics = Errata.apply(report.errata, to: Array(Set(diagnostics)), report: report)
    let sorted = Array(Set(diagnostics)).sorted()
    releaseInBackground(report)
    return Result(files: sorted.hasErrors ? [] : files, diagnostics: sorted)
  }
}
