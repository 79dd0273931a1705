import Foundation

/// A figure as printed: its value and how far the true value can be from it.
///
/// The tolerance rule of every arithmetic check: a printed decimal stands for any true value
/// within half a unit of its last printed decimal (22398.4 for 22398.35…22398.45); a count
/// (`integer`, `rank`) is exact. A check passes when *some* set of true values within those
/// ranges satisfies it exactly — so a total off by the rounding of its rows passes, and one
/// off by more than all the roundings together cannot be explained by rounding and is an
/// error. Worked through by interval arithmetic, so a sum's tolerance is the half-units of
/// its addends and of the total added up, and a share's or growth's follows from the ranges
/// of the figures it divides. A percentage computed from other figures is allowed one unit of
/// its last decimal instead of half (`fits`): sources round such figures twice and adjust
/// shares by a unit so that they add up to exactly 100.
struct Printed: Sendable, Equatable {
  /// The printed value.
  var value: Double
  /// Half a unit of the last printed decimal; 0 for counts.
  var error: Double
  /// Decimals as printed.
  var decimals: Int

  /// The printed figure in `cell` of a `kind` column; nil when nothing is printed or the cell is derived.
  init?(_ cell: Cell, kind: ColumnKind) {
    guard let value = cell.number, !cell.isDerived else { return nil }
    self.value = value
    self.decimals = cell.decimals
    self.error = kind == .integer || kind == .rank ? 0 : 0.5 * pow(10, -Double(cell.decimals))
  }

  init(value: Double, error: Double, decimals: Int) {
    self.value = value
    self.error = error
    self.decimals = decimals
  }

  /// Lowest true value.
  var low: Double { value - error }
  /// Highest true value.
  var high: Double { value + error }

  /// Slack for binary floating point, relative to the size of the figures compared.
  static func slack(_ values: Double...) -> Double { 1e-9 * max(1, values.map(abs).max() ?? 1) }

  /// True when one true value could have been printed both as `self` and as `other`.
  func agrees(with other: Printed) -> Bool {
    abs(value - other.value) <= error + other.error + Printed.slack(value, other.value)
  }

  /// True when a derived percentage printed as `self` fits the true values in `range`, give
  /// or take one unit of its last decimal rather than half: sources compute a percentage
  /// from rounded figures and round it again (32.044 → 32.05 → 32.1), and adjust rounded
  /// shares by a unit so that they add up to exactly 100.
  func fits(_ range: ClosedRange<Double>) -> Bool {
    let slack = 2 * error + Printed.slack(value, range.lowerBound, range.upperBound)
    return value >= range.lowerBound - slack && value <= range.upperBound + slack
  }

  /// The range of `a / b` for true values within the printed ranges; nil when `b` may be zero.
  static func quotient(_ a: Printed, _ b: Printed) -> ClosedRange<Double>? {
    guard b.low > 0 else { return nil }
    let low = a.low >= 0 ? a.low / b.high : a.low / b.low
    let high = a.high >= 0 ? a.high / b.low : a.high / b.high
    return low...high
  }

  /// `value` with `decimals` decimals, e.g. `22398.39`.
  static func text(_ value: Double, _ decimals: Int) -> String {
    // `String(format: "%.*f")` without its variadic arguments (each a cast at run time).
    let text = NumberFormat.fixedPoint(abs(value), decimals: max(0, decimals))
    let isZero = text.utf8.allSatisfy { $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: ".") }
    return value < 0 && !isZero ? "-" + text : text
  }

  /// The value as printed.
  var text: String { Printed.text(value, decimals) }
}
