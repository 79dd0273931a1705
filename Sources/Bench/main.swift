import Foundation

// yearbook-bench: see BENCHMARKS.md. `make bench` builds in release and runs this, then
// scripts/bench-hugo.py for the side-by-side with Hugo.
do {
  var run = BenchRun(options: try BenchOptions(Array(CommandLine.arguments.dropFirst())))
  try run.run()
} catch {
  FileHandle.standardError.write(Data("yearbook-bench: \(error)\n".utf8))
  exit(2)
}
