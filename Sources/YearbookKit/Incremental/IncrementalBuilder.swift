/// Builds the site again and again, remaking only the files whose inputs changed since the last
/// build (see `DependencyGraph`); the rest, with their findings, are taken from the last build.
/// Only files whose text changed are parsed again (`ParseMemo`), only the tables and figures
/// whose inputs changed are rendered again (`FragmentMemo`), and only the checks that read a
/// changed part of the report run again (`CheckMemo`); all through the same pipeline as
/// `Yearbook.build`, so the result is always the one a full build gives for the same files.
public struct IncrementalBuilder: Sendable {
  /// The outcome of one build.
  public struct Outcome: Sendable {
    /// Files and findings, as `Yearbook.build` returns them.
    public var result: Yearbook.Result
    /// The paths made by this build, sorted; every other file was reused.
    public var made: [String]
    /// How many files were reused as they were.
    public var reused: Int
  }

  /// Options of every build.
  public let options: BuildOptions
  private let memo = ParseMemo()
  private let checkMemo = CheckMemo()
  private let fragments = FragmentMemo()
  private var graph: DependencyGraph?
  private var cache: [String: (file: OutputFile, diagnostics: [Diagnostic])] = [:]

  /// Makes a builder with an empty cache.
  public init(options: BuildOptions) {
    self.options = options
  }

  /// Builds `input`, remaking what changed since the previous call.
  public mutating func build(_ input: ContentFiles) -> Outcome {
    var made: [String] = []
    var count = 0
    let result = Yearbook.build(input, options: options, memo: memo, checkMemo: checkMemo) { builder in
      let files = assemble(builder, made: &made)
      count = files.files.count
      return files
    }
    return Outcome(result: result, made: made, reused: count - made.count)
  }

  private mutating func assemble(_ builder: SiteBuilder, made: inout [String]) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
    var remembering = builder
    remembering.fragments = fragments
    let builder = remembering
    let plan = builder.plan()
    let newGraph = DependencyGraph(builder, plan: plan)
    let stale = newGraph.stale(comparedTo: graph)
    // The pages to make are made side by side, as a full build makes them: a table edit
    // remakes the appendix in both languages, the costliest pages of the site.
    let cache = self.cache
    let toMake = plan.pages.filter { stale.contains($0.path) || cache[$0.path] == nil }
    var fresh: [String: (file: OutputFile, diagnostics: [Diagnostic])] = [:]
    for entry in builder.makeAll(toMake, in: plan, reused: { cache[$0]?.file }) { fresh[entry.file.path] = entry }
    var files: [OutputFile] = []
    var diagnostics: [Diagnostic] = []
    var newCache: [String: (file: OutputFile, diagnostics: [Diagnostic])] = [:]
    for page in plan.pages {
      let entry = fresh[page.path] ?? cache[page.path]!
      newCache[page.path] = entry
      files.append(entry.file)
      diagnostics += entry.diagnostics
    }
    made = toMake.map(\.path)
    graph = newGraph
    self.cache = newCache
    return (files, diagnostics)
  }
}
