/// Value labels at the ends of vertical bars: as large as fits the bar's slot, turned
/// upright when even small text is too wide, left out when the slot is too narrow for that.
struct ValueLabels {
  let fontSize: Double
  let rotated: Bool
  let visible: Bool
  private let widest: Double

  static let gap = 3.0

  /// The style for `labels` over bars whose slots are `slotWidth` wide. Compact (phone)
  /// charts only take 11: smaller text would be unreadable there.
  init(_ labels: [String], slotWidth: Double, compact: Bool = false) {
    let widestAt1 = labels.map { TextMetrics.width(of: $0, fontSize: 1) }.max() ?? 0
    for size in compact ? [11.0] : [11.0, 10, 9, 8] where widestAt1 * size <= slotWidth {
      self.init(fontSize: size, rotated: false, visible: !labels.isEmpty, widest: widestAt1 * size)
      return
    }
    let size = compact ? 11.0 : 9
    self.init(
      fontSize: size, rotated: true, visible: slotWidth >= size * 1.15, widest: widestAt1 * size)
  }

  /// True when the labels are set flat and can be read without turning the head.
  var isFlat: Bool { visible && !rotated }

  private init(fontSize: Double, rotated: Bool, visible: Bool, widest: Double) {
    self.fontSize = fontSize
    self.rotated = rotated
    self.visible = visible
    self.widest = widest
  }

  /// The space needed beyond a bar's end.
  var room: Double {
    guard visible else { return 0 }
    return ValueLabels.gap + (rotated ? widest + 2 : fontSize * TextMetrics.lineHeight)
  }

  /// A label for the bar centred on `x` that ends at `end`, going up (positive values) or
  /// down (negative values).
  func block(_ text: String, x: Double, end: Double, upward: Bool) -> TextBlock {
    if rotated {
      return TextBlock(
        lines: [text], x: x + fontSize * 0.35, y: upward ? end - ValueLabels.gap : end + ValueLabels.gap,
        anchor: upward ? .start : .end, fontSize: fontSize, className: "label value", rotation: -90)
    }
    let baseline = upward ? end - ValueLabels.gap - fontSize * 0.25 : end + ValueLabels.gap + fontSize * 0.85
    return TextBlock(
      lines: [text], x: x, y: baseline, anchor: .middle, fontSize: fontSize, className: "label value")
  }

  /// A faint "no data" note standing on the zero line of an empty slot `slotWidth` wide,
  /// or nil when it does not fit.
  func noDataBlock(_ words: ChartWords, x: Double, zero: Double, slotWidth: Double) -> TextBlock? {
    guard TextMetrics.width(of: words.noData, fontSize: fontSize) <= slotWidth else { return nil }
    var block = TextBlock(
      lines: [words.noData], x: x, y: zero - ValueLabels.gap - fontSize * 0.25, anchor: .middle,
      fontSize: fontSize, className: "label no-data")
    block.muted = true
    return block
  }

  /// The printed label of `series` at `index`, or the value written plainly when the
  /// label is missing; nil when the value is.
  static func text(_ series: Series, _ index: Int, style: NumberStyle) -> String? {
    guard index < series.values.count, let value = series.values[index] else { return nil }
    if index < series.labels.count, let label = series.labels[index], !label.isEmpty { return label }
    return ChartNumber.format(value, decimals: 2, grouping: style.groupingSeparator, trimZeros: true)
  }

  /// The value of `series` at `index`, nil when missing or not a finite number.
  static func value(_ series: Series, _ index: Int) -> Double? {
    guard index < series.values.count, let value = series.values[index], value.isFinite else {
      return nil
    }
    return value
  }
}
