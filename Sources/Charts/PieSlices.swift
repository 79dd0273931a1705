/// The slices of a pie: positive values in the given order. With more than
/// `maximumSlices`, slices under `smallShare` — and beyond that the smallest — are merged
/// into one slice named `words.other`, placed last.
struct PieSlices {
  /// One slice.
  struct Slice: Equatable {
    var label: String
    var value: Double
    /// The printed value (for decimals), or nil for the merged slice.
    var text: String?
    var isOther = false
  }

  static let maximumSlices = 8
  static let smallShare = 0.04

  let slices: [Slice]
  let total: Double

  /// The slices of the first series of `chart`; missing, zero and negative values are left out.
  init(_ chart: Chart) {
    let series = chart.series.first ?? Series(name: "", values: [], labels: [])
    let all = chart.categories.indices.compactMap { index -> Slice? in
      guard let value = ValueLabels.value(series, index), value > 0 else { return nil }
      return Slice(
        label: chart.categories[index].label, value: value,
        text: ValueLabels.text(series, index, style: chart.numberStyle))
    }
    let total = all.reduce(0) { $0 + $1.value }
    self.total = total
    guard all.count > PieSlices.maximumSlices else {
      slices = all
      return
    }
    let ranked = all.indices.sorted { all[$0].value > all[$1].value || (all[$0].value == all[$1].value && $0 < $1) }
    let keep = Set(
      ranked.prefix(PieSlices.maximumSlices - 1).filter {
        all[$0].value / total >= PieSlices.smallShare && all[$0].label != chart.words.other
      })
    let kept = all.indices.filter(keep.contains).map { all[$0] }
    let rest = all.indices.filter { !keep.contains($0) }.reduce(0) { $0 + all[$1].value }
    slices = kept + [Slice(label: chart.words.other, value: rest, text: nil, isOther: true)]
  }
}
