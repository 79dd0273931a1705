/// The key under a compact English tile map: every region's two-letter code with its
/// name ("BJ Beijing"), sorted by code, in as many columns as fit.
struct TileCodeKey {
  let width: Double

  static let fontSize = 11.0
  static let row = 15.0
  private static let columnGap = 10.0

  /// The entries: the same for every map, so made once.
  private static let entries: [String] =
    TileMapLayout.tiles.sorted { $0.code < $1.code }.map { "\($0.code) \($0.english)" }

  private static let columnWidth =
    TextMetrics.width(of: entries, fontSize: TileCodeKey.fontSize) + TileCodeKey.columnGap

  private var entries: [String] { TileCodeKey.entries }

  private var columnWidth: Double { TileCodeKey.columnWidth }

  private var columns: Int { max(1, Int((width + TileCodeKey.columnGap) / columnWidth)) }

  private var rows: Int { (entries.count + columns - 1) / columns }

  /// The key's height.
  var height: Double { Double(rows) * TileCodeKey.row }

  /// Writes the entries, column by column, from (`x`, `y`), top-left.
  func write(x: Double, y: Double, into svg: inout SVGMarkup) {
    let rows = rows
    let step = columnWidth
    var key = SVGMarkup(capacity: 4096)
    for (index, entry) in entries.enumerated() {
      let column = index / rows
      let middle = y + (Double(index % rows) + 0.5) * TileCodeKey.row
      TextBlock(
        lines: [entry], x: x + Double(column) * step,
        y: TextBlock.baseline(centering: 1, fontSize: TileCodeKey.fontSize, on: middle),
        fontSize: TileCodeKey.fontSize, className: "legend code"
      ).write(into: &key)
    }
    svg.group("code-key", key)
  }
}
