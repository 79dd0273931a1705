/// The slices of a pie: positive values in the given order. Only a pie of more than
/// `maximumSlices` slices is grouped: beyond the largest `maximumSlices` − 1, and any under
/// `smallShare`, slices are merged into one named `words.other`, placed last; a category
/// already named `words.other` is folded into it rather than shown twice.
struct PieSlices {
  /// One slice.
  struct Slice: Equatable {
    var label: String
    var value: Double
    /// The printed value (for decimals), or nil for the merged slice.
    var text: String?
    var isOther = false
    /// True when the value (for the merged slice: any merged value) is derived.
    var derived = false
    /// The palette index of its colour (unused by the merged slice, which is grey).
    var colour = 0
  }

  static let maximumSlices = 12
  static let smallShare = 0.02

  let slices: [Slice]
  let total: Double

  /// The slices of the first series of `chart`; missing, zero and negative values are left out.
  init(_ chart: Chart) {
    let series = chart.series.first ?? Series(name: "", values: [], labels: [])
    let all = chart.categories.indices.compactMap { index -> Slice? in
      guard let value = ValueLabels.value(series, index), value > 0 else { return nil }
      return Slice(
        label: chart.categories[index].label, value: value,
        text: ValueLabels.text(series, index, style: chart.numberStyle),
        derived: series.isDerived(at: index))
    }
    let total = all.reduce(0) { $0 + $1.value }
    self.total = total
    guard all.count > PieSlices.maximumSlices else {
      slices = PieSlices.coloured(all)
      return
    }
    let ranked = all.indices.sorted { all[$0].value > all[$1].value || (all[$0].value == all[$1].value && $0 < $1) }
    let keep = Set(
      ranked.prefix(PieSlices.maximumSlices - 1).filter {
        all[$0].value / total >= PieSlices.smallShare && all[$0].label != chart.words.other
      })
    let kept = all.indices.filter(keep.contains).map { all[$0] }
    let merged = all.indices.filter { !keep.contains($0) }.map { all[$0] }
    let other = Slice(
      label: chart.words.other, value: merged.reduce(0) { $0 + $1.value }, text: nil, isOther: true,
      derived: merged.contains(where: \.derived))
    slices = PieSlices.coloured(kept) + [other]
  }

  /// Colours in palette order; past the palette's end they restart one step on, so that no
  /// two neighbouring slices (the last and the first included) share a colour.
  private static func coloured(_ slices: [Slice]) -> [Slice] {
    let count = Palette.colors.count
    return slices.enumerated().map { index, slice in
      var slice = slice
      slice.colour = index < count ? index : (index % count + 1) % count
      return slice
    }
  }
}
