/// The text inside one tile: the region's name, as large as fits (on two lines if needed,
/// e.g. "Inner / Mongolia"), and its value underneath when that fits too.
struct TileText {
  var label: String
  var value: String?

  static let padding = 4.0
  static let valueFontSize = 10.0

  /// The blocks for a tile at (`x`, `y`) with side `size`, in `fill`.
  func blocks(x: Double, y: Double, size: Double, fill: String) -> [TextBlock] {
    let room = size - 2 * TileText.padding
    var labelSize = 13.0
    var lines: [String] = [label]
    while labelSize >= 7 {
      if let wrapped = TextMetrics.wrap(label, maxWidth: room, fontSize: labelSize, maxLines: 2) {
        lines = wrapped
        break
      }
      labelSize -= 0.5
    }
    let labelHeight = TextMetrics.height(lines: lines.count, fontSize: labelSize)
    var valueLine: String?
    if let value, TextMetrics.width(of: value, fontSize: TileText.valueFontSize) <= room,
      labelHeight + TextMetrics.height(lines: 1, fontSize: TileText.valueFontSize) <= room
    {
      valueLine = value
    }
    let valueHeight = valueLine == nil ? 0 : TextMetrics.height(lines: 1, fontSize: TileText.valueFontSize)
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
          y: TextBlock.baseline(
            centering: 1, fontSize: TileText.valueFontSize, on: top + labelHeight + valueHeight / 2),
          anchor: .middle, fontSize: TileText.valueFontSize, className: "label value", fill: fill))
    }
    return blocks
  }
}
