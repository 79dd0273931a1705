import Foundation

/// `yearbook-bench [--content DIR] [--templates DIR] [--work DIR] [--yearbook PATH]
/// [--sizes 10,100,1000|none] [--runs N] [--write-only] [--incremental-only]`.
struct BenchOptions {
  var content = "Content"
  var templates = "Templates"
  /// Scratch folder for copies, synthetic sites and outputs.
  var work = ".build/bench"
  /// The release `yearbook` binary timed as a whole process (default: beside this one).
  var yearbook: String
  var sizes = [10, 100, 1000]
  /// Timed runs per measurement (fewer for long ones, never fewer than 3).
  var runs = 21
  /// Only write the synthetic sites (for scripts/bench-hugo.py or a look at them), measure nothing.
  var writeOnly = false
  /// Only the real report's incremental rebuilds (for a profiler: `valgrind --tool=callgrind`).
  var incrementalOnly = false

  static let usage = "usage: yearbook-bench [--content DIR] [--templates DIR] [--work DIR] [--yearbook PATH] [--sizes 10,100,1000|none] [--runs N] [--write-only] [--incremental-only]"

  init(_ arguments: [String]) throws {
    let own = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    yearbook = own.deletingLastPathComponent().appendingPathComponent("yearbook").path
    var i = 0
    func value() throws -> String {
      i += 1
      guard i < arguments.count else { throw BenchError(BenchOptions.usage) }
      return arguments[i]
    }
    while i < arguments.count {
      switch arguments[i] {
      case "--content": content = try value()
      case "--templates": templates = try value()
      case "--work": work = try value()
      case "--yearbook": yearbook = try value()
      case "--sizes":
        let text = try value()
        if text == "none" { sizes = []; break }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        sizes = parts.compactMap { Int($0) }.filter { $0 > 0 }
        if sizes.isEmpty || sizes.count != parts.count {
          throw BenchError("--sizes takes positive numbers such as 10,100,1000, or none for the real report only")
        }
      case "--runs":
        guard let n = Int(try value()), n > 0 else { throw BenchError("--runs takes a positive number") }
        runs = n
      case "--write-only": writeOnly = true
      case "--incremental-only": incrementalOnly = true
      default: throw BenchError(BenchOptions.usage)
      }
      i += 1
    }
    work = URL(fileURLWithPath: work).standardizedFileURL.path
    templates = URL(fileURLWithPath: templates).standardizedFileURL.path
    content = URL(fileURLWithPath: content).standardizedFileURL.path
  }
}

/// A usage or setup problem, printed before exiting with 2.
struct BenchError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
