/// The text inside one tile: the region's name, as large as fits (on two lines if needed,
/// e.g. "Inner / Mongolia"), and its value underneath when that fits too. Compact tiles
/// keep text at 11 or more: the name starts at 12, and a value too wide for the tile is
/// written with fewer decimals (the tile's title keeps the printed value).
struct TileText {
  var label: String
  var value: String?
  /// The value as a number, for writing it shorter.
  var number: Double? = nil
  var compact = false
  var grouping = ""

  static let padding = 4.0
  static let compactPadding = 3.0
  static let valueFontSize = 10.0
  static let compactFontSize = 11.0

  /// The blocks for a tile at (`x`, `y`) with side `size`, in `fill`.
  func blocks(x: Double, y: Double, size: Double, fill: String) -> [TextBlock] {
    let room = size - 2 * (compact ? TileText.compactPadding : TileText.padding)
    let smallest = compact ? TileText.compactFontSize : 7
    var (labelSize, lines) = (smallest, [label])
    let name = BreakableText(label)
    // A compact tile would rather set a name smaller on one line than break "黑龙江".
    search: for maxLines in compact ? [1, 2] : [2] {
      var size = compact ? 12.0 : 13
      while size >= smallest {
        if let wrapped = name.wrapped(maxWidth: room, fontSize: size, maxLines: maxLines) {
          (labelSize, lines) = (size, wrapped)
          break search
        }
        size -= 0.5
      }
    }
    let valueSize = compact ? TileText.compactFontSize : TileText.valueFontSize
    let labelHeight = TextMetrics.height(lines: lines.count, fontSize: labelSize)
    var valueLine: String?
    if labelHeight + TextMetrics.height(lines: 1, fontSize: valueSize) <= room {
      valueLine = fitting(room: room, fontSize: valueSize)
    }
    let valueHeight = valueLine == nil ? 0 : TextMetrics.height(lines: 1, fontSize: valueSize)
    let top = y + (size - labelHeight - valueHeight) / 2
    let center = x + size / 2
    var blocks = [
      TextBlock(
        lines: lines, x: center,
        y: TextBlock.baseline(centering: lines.count, fontSize: labelSize, on: top + labelHeight / 2),
        anchor: .middle, fontSize: labelSize, className: "label", fill: fill)
    ]
    if let valueLine {
      blocks.append(
        TextBlock(
          lines: [valueLine], x: center,
          y: TextBlock.baseline(centering: 1, fontSize: valueSize, on: top + labelHeight + valueHeight / 2),
          anchor: .middle, fontSize: valueSize, className: "label value", fill: fill))
    }
    return blocks
  }

  /// The value as printed when it fits `room`; in a compact tile, else with fewer decimals;
  /// nil when nothing fits.
  private func fitting(room: Double, fontSize: Double) -> String? {
    guard let value else { return nil }
    if TextMetrics.width(of: value, fontSize: fontSize) <= room { return value }
    guard compact, let number else { return nil }
    for decimals in stride(from: ChartNumber.decimals(in: value) - 1, through: 0, by: -1) {
      let shorter = ChartNumber.format(number, decimals: decimals, grouping: grouping)
      if TextMetrics.width(of: shorter, fontSize: fontSize) <= room { return shorter }
    }
    return nil
  }
}
