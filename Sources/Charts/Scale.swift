/// A linear value scale with "nice" ticks (1, 2, 2.5 or 5 × 10ⁿ apart) that always
/// includes zero, so bars start at a true baseline.
struct Scale: Sendable, Equatable {
  /// The lowest tick.
  let lower: Double
  /// The highest tick.
  let upper: Double
  /// The distance between ticks.
  let step: Double

  /// A scale covering `minimum...maximum` and zero with about `tickCount` intervals: of the
  /// nice steps giving `tickCount` − 2 to `tickCount` + 2 intervals, the one whose ticks hug
  /// the data most tightly (then the one closest to `tickCount`), and never more than
  /// `maximumIntervals` when given.
  init(covering minimum: Double, _ maximum: Double, tickCount: Int = 5, maximumIntervals: Int? = nil) {
    let low = Swift.min(0, minimum.isFinite ? minimum : 0)
    var high = Swift.max(0, maximum.isFinite ? maximum : 0)
    if high == low { high = low + 1 }
    let target = Swift.max(1, tickCount)
    let rough = Scale.niceStep(for: (high - low) / Double(target))
    var best: (step: Double, score: Double)?
    for candidate in [rough / 10, rough / 5, rough / 2.5, rough / 2, rough, rough * 2, rough * 2.5, rough * 5] {
      let step = Scale.niceStep(for: candidate)
      let intervals = ((high / step).rounded(.up) - (low / step).rounded(.down))
      guard abs(intervals - Double(target)) <= 2,
        intervals <= Double(maximumIntervals ?? Int.max)
      else { continue }
      let span = intervals * step / (high - low)
      // Steps of 2.5 × 10ⁿ put decimals on integer data; take them only when clearly tighter.
      let quarter = Scale.isQuarterStep(step)
      let score = span + 0.05 * abs(intervals - Double(target)) + (quarter ? 0.06 : 0)
      if best == nil || score < best!.score - 1e-9 { best = (step, score) }
    }
    let step = best?.step ?? rough
    self.step = step
    self.lower = Scale.clean((low / step).rounded(.down) * step, step: step)
    self.upper = Scale.clean((high / step).rounded(.up) * step, step: step)
  }

  /// The tick values from `lower` to `upper`.
  var ticks: [Double] {
    let count = Int(((upper - lower) / step).rounded())
    return (0...count).map { Scale.clean(lower + Double($0) * step, step: step) }
  }

  /// How many decimals tick labels need so that every tick is written exactly.
  var decimals: Int { Scale.decimals(of: step) }

  /// Maps `value` linearly so that `lower` lands on `range.from` and `upper` on `range.to`.
  func position(of value: Double, from start: Double, to end: Double) -> Double {
    start + (value - lower) / (upper - lower) * (end - start)
  }

  /// The tick labels, written with `grouping` between thousands.
  func labels(grouping: String) -> [String] {
    ticks.map { ChartNumber.format($0, decimals: decimals, grouping: grouping) }
  }

  /// The smallest of 1, 2, 2.5, 5, 10 × 10ⁿ not below `rough`.
  static func niceStep(for rough: Double) -> Double {
    guard rough > 0, rough.isFinite else { return 1 }
    var magnitude = 1.0
    while magnitude * 10 <= rough { magnitude *= 10 }
    while magnitude > rough { magnitude /= 10 }
    for factor in [1, 2, 2.5, 5, 10] where factor * magnitude >= rough * (1 - 1e-12) {
      return factor * magnitude
    }
    return 10 * magnitude
  }

  /// True for 2.5 × 10ⁿ.
  static func isQuarterStep(_ step: Double) -> Bool {
    var mantissa = step
    while mantissa >= 10 { mantissa /= 10 }
    while mantissa < 1 { mantissa *= 10 }
    return abs(mantissa - 2.5) < 1e-9
  }

  /// The decimals needed to write multiples of `step` exactly (2.5 → 1, 0.25 → 2).
  static func decimals(of step: Double) -> Int {
    var places = 0
    var scaled = step
    while places < 6 && abs(scaled - scaled.rounded()) > 1e-9 * Swift.max(1, scaled) {
      scaled *= 10
      places += 1
    }
    return places
  }

  /// Removes floating-point noise (0.30000000000000004 → 0.3) by rounding to the step's
  /// decimals.
  private static func clean(_ value: Double, step: Double) -> Double {
    var power = 1.0
    for _ in 0..<decimals(of: step) { power *= 10 }
    let cleaned = (value * power).rounded() / power
    return cleaned == 0 ? 0 : cleaned
  }
}
