import Foundation

/// Up to five classes for a choropleth: breaks at the quintiles of the values, rounded to
/// two significant figures so the legend reads cleanly.
struct ClassBreaks: Equatable {
  /// Inner boundaries, ascending; class `i` is `breaks[i-1] ≤ v < breaks[i]`.
  let breaks: [Double]
  /// The smallest value.
  let minimum: Double
  /// The largest value.
  let maximum: Double

  static let classCount = 5

  init(_ values: [Double]) {
    let sorted = values.filter(\.isFinite).sorted()
    isEmpty = sorted.isEmpty
    minimum = sorted.first ?? 0
    maximum = sorted.last ?? 0
    var breaks: [Double] = []
    if sorted.count > 1 {
      for k in 1..<ClassBreaks.classCount {
        let position = Double(k) / Double(ClassBreaks.classCount) * Double(sorted.count - 1)
        let lower = sorted[Int(position.rounded(.down))]
        let upper = sorted[Int(position.rounded(.up))]
        let quantile = lower + (upper - lower) * (position - position.rounded(.down))
        let value = ClassBreaks.round(quantile)
        if value > sorted[0], value <= sorted[sorted.count - 1], value > (breaks.last ?? -.infinity) {
          breaks.append(value)
        }
      }
    }
    self.breaks = breaks
  }

  /// The number of classes: none without values, else one more than the breaks.
  var count: Int { isEmpty ? 0 : breaks.count + 1 }
  /// True when there were no values to classify.
  let isEmpty: Bool

  /// The class of `value`.
  func classIndex(of value: Double) -> Int { breaks.filter { value >= $0 }.count }

  /// The legend text of class `index`: "< 120", "120–450", "≥ 2,300".
  func label(_ index: Int, grouping: String) -> String {
    let decimals = breaks.map { ClassBreaks.decimals($0) }.max() ?? 0
    let write = { ChartNumber.format($0, decimals: decimals, grouping: grouping) }
    if breaks.isEmpty {
      let low = ChartNumber.format(minimum, decimals: 2, grouping: grouping, trimZeros: true)
      let high = ChartNumber.format(maximum, decimals: 2, grouping: grouping, trimZeros: true)
      return minimum == maximum ? low : low + "–" + high
    }
    if index == 0 { return "< " + write(breaks[0]) }
    if index == breaks.count { return "≥ " + write(breaks[index - 1]) }
    return write(breaks[index - 1]) + "–" + write(breaks[index])
  }

  /// `value` rounded to two significant figures.
  static func round(_ value: Double) -> Double {
    guard value != 0, value.isFinite else { return 0 }
    let exponent = Int(floor(log10(abs(value)))) - 1
    let unit = pow(10, Double(exponent))
    let rounded = (value / unit).rounded() * unit
    return exponent < 0 ? Double(ChartNumber.format(rounded, decimals: -exponent, grouping: "", minus: "-")) ?? rounded : rounded
  }

  private static func decimals(_ value: Double) -> Int { Scale.decimals(of: abs(value)) }
}
