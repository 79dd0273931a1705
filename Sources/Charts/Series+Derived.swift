/// Reading a series' per-value derived flags.
extension Series {
  /// Whether the value at `index` is derived; a flag missing from a short `derived` array
  /// falls back to `isDerived`.
  func isDerived(at index: Int) -> Bool {
    guard let flags = derivedFlags, index < flags.count else { return isDerived }
    return flags[index]
  }

  /// Whether any and whether every present (finite) value is derived, and whether any
  /// value is present: one pass over the values, asked for by every legend and hatch.
  private var derivedPresence: (any: Bool, every: Bool, present: Bool) {
    var any = false
    var every = true
    var present = false
    for index in values.indices where values[index].map(\.isFinite) ?? false {
      present = true
      if isDerived(at: index) { any = true } else { every = false }
    }
    return (any, every, present)
  }

  /// True when every present value is derived (or, with none present, when the series is):
  /// the legend then names the series as derived.
  var isDerivedThroughout: Bool {
    let presence = derivedPresence
    return presence.present ? presence.every : isDerived
  }

  /// True when at least one present value is derived.
  var hasDerivedValues: Bool { derivedPresence.any }

  /// True when a mark or legend swatch of this series is hatched.
  var needsHatch: Bool {
    let presence = derivedPresence
    return presence.any || (presence.present ? presence.every : isDerived)
  }

  /// True when some present values are derived and others are not: the chart then needs
  /// a legend key saying what the hatching means.
  var isPartlyDerived: Bool {
    let presence = derivedPresence
    return presence.any && !(presence.present ? presence.every : isDerived)
  }
}

extension Chart {
  /// True below `Chart.compactWidth`: the phone layouts.
  var isCompact: Bool { width < Chart.compactWidth }

  /// True when any drawn value of any series is derived (the hatch pattern is needed).
  var hasDerivedValues: Bool { series.contains(where: \.hasDerivedValues) }
}
