/// Where each province-level region sits on the tile grid: one equal square each, on an
/// 8 × 8 grid that keeps the rough shape of China (Xinjiang and Tibet west, Heilongjiang
/// north-east, Hainan south, the coast as a staircase down the right).
public enum TileMapLayout {
  /// A region's key (its short Chinese name) and its grid cell, column 0 at the west and
  /// row 0 at the north.
  public struct Tile: Sendable, Equatable {
    /// Short Chinese name, e.g. "内蒙古".
    public let key: String
    /// Column, 0 = westernmost.
    public let column: Int
    /// Row, 0 = northernmost.
    public let row: Int
  }

  /// The grid size.
  public static let columns = 8
  /// The grid size.
  public static let rows = 8

  /// All 34 regions, north to south, west to east.
  public static let tiles: [Tile] = [
    Tile(key: "黑龙江", column: 7, row: 0),
    Tile(key: "内蒙古", column: 4, row: 1), Tile(key: "北京", column: 5, row: 1),
    Tile(key: "辽宁", column: 6, row: 1), Tile(key: "吉林", column: 7, row: 1),
    Tile(key: "新疆", column: 0, row: 2), Tile(key: "青海", column: 1, row: 2),
    Tile(key: "甘肃", column: 2, row: 2), Tile(key: "宁夏", column: 3, row: 2),
    Tile(key: "山西", column: 4, row: 2), Tile(key: "河北", column: 5, row: 2),
    Tile(key: "天津", column: 6, row: 2),
    Tile(key: "西藏", column: 1, row: 3), Tile(key: "四川", column: 2, row: 3),
    Tile(key: "陕西", column: 3, row: 3), Tile(key: "河南", column: 4, row: 3),
    Tile(key: "山东", column: 5, row: 3),
    Tile(key: "云南", column: 2, row: 4), Tile(key: "重庆", column: 3, row: 4),
    Tile(key: "湖北", column: 4, row: 4), Tile(key: "安徽", column: 5, row: 4),
    Tile(key: "江苏", column: 6, row: 4), Tile(key: "上海", column: 7, row: 4),
    Tile(key: "贵州", column: 3, row: 5), Tile(key: "湖南", column: 4, row: 5),
    Tile(key: "江西", column: 5, row: 5), Tile(key: "浙江", column: 6, row: 5),
    Tile(key: "广西", column: 3, row: 6), Tile(key: "广东", column: 4, row: 6),
    Tile(key: "福建", column: 5, row: 6), Tile(key: "台湾", column: 6, row: 6),
    Tile(key: "海南", column: 3, row: 7), Tile(key: "澳门", column: 4, row: 7),
    Tile(key: "香港", column: 5, row: 7),
  ]

  /// The tile for `key`, or nil for a key that is not a province-level region.
  public static func tile(for key: String) -> Tile? { tiles.first { $0.key == key } }
}
