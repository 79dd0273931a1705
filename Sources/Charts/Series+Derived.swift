/// Reading a series' per-value derived flags.
extension Series {
  /// Whether the value at `index` is derived; a flag missing from a short `derived` array
  /// falls back to `isDerived`.
  func isDerived(at index: Int) -> Bool {
    guard let flags = derivedFlags, index < flags.count else { return isDerived }
    return flags[index]
  }

  /// The indices of the values that are present (finite numbers).
  private var presentIndices: [Int] {
    values.indices.filter { values[$0].map(\.isFinite) ?? false }
  }

  /// True when every present value is derived (or, with none present, when the series is):
  /// the legend then names the series as derived.
  var isDerivedThroughout: Bool {
    let present = presentIndices
    return present.isEmpty ? isDerived : present.allSatisfy(isDerived(at:))
  }

  /// True when at least one present value is derived.
  var hasDerivedValues: Bool { presentIndices.contains(where: isDerived(at:)) }

  /// True when a mark or legend swatch of this series is hatched.
  var needsHatch: Bool { hasDerivedValues || isDerivedThroughout }

  /// True when some present values are derived and others are not: the chart then needs
  /// a legend key saying what the hatching means.
  var isPartlyDerived: Bool { hasDerivedValues && !isDerivedThroughout }
}

extension Chart {
  /// True below `Chart.compactWidth`: the phone layouts.
  var isCompact: Bool { width < Chart.compactWidth }

  /// True when any drawn value of any series is derived (the hatch pattern is needed).
  var hasDerivedValues: Bool { series.contains(where: \.hasDerivedValues) }
}
