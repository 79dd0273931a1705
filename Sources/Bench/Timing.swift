/// Repeated timings of one piece of work: the median is what the tables report, min and max
/// show the spread.
struct Sample: Sendable {
  /// Every run, in milliseconds, sorted.
  var runs: [Double]

  init(_ runs: [Double]) { self.runs = runs.sorted() }

  var median: Double {
    guard !runs.isEmpty else { return 0 }
    let mid = runs.count / 2
    return runs.count % 2 == 1 ? runs[mid] : (runs[mid - 1] + runs[mid]) / 2
  }
  var min: Double { runs.first ?? 0 }
  var max: Double { runs.last ?? 0 }
}

enum Timing {
  /// Milliseconds `work` takes.
  static func milliseconds<T>(_ work: () throws -> T) rethrows -> (Double, T) {
    let start = ContinuousClock.now
    let value = try work()
    let elapsed = ContinuousClock.now - start
    let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    return (ms, value)
  }

  /// Times `work`: `warmUp` runs thrown away, then `runs` runs — or fewer when one run is long,
  /// so that a stage of the 1000-chapter report does not take minutes (never fewer than 3).
  static func measure<T>(warmUp: Int = 1, runs: Int, budget: Double = 4000, _ work: () -> T) -> Sample {
    var first = 0.0
    for i in 0..<max(1, warmUp) {
      let (ms, value) = milliseconds(work)
      withExtendedLifetime(value) {}
      if i == 0 { first = ms }
    }
    let count = Swift.max(3, Swift.min(runs, Int(budget / Swift.max(first, 0.001))))
    var times: [Double] = []
    for _ in 0..<count {
      let (ms, value) = milliseconds(work)
      withExtendedLifetime(value) {}
      times.append(ms)
    }
    return Sample(times)
  }
}
