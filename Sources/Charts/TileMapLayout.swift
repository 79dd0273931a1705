/// Where each province-level region sits on the tile grid: one equal square each, on an
/// 8 × 8 grid that keeps the rough shape of China (Xinjiang and Tibet west, Heilongjiang
/// north-east, Hainan south, the coast as a staircase down the right).
public enum TileMapLayout {
  /// A region's key (its short Chinese name) and its grid cell, column 0 at the west and
  /// row 0 at the north.
  public struct Tile: Sendable, Equatable {
    /// Short Chinese name, e.g. "内蒙古".
    public let key: String
    /// English name, e.g. "Inner Mongolia"; labels a tile the chart has no category for
    /// when the chart's labels are in English.
    public let english: String
    /// The region's two-letter code (ISO 3166-2:CN without "CN-", from GB/T 2260), e.g.
    /// "BJ"; labels English tiles on a phone, where names do not fit.
    public let code: String
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
    Tile(key: "黑龙江", english: "Heilongjiang", code: "HL", column: 7, row: 0),
    Tile(key: "内蒙古", english: "Inner Mongolia", code: "NM", column: 4, row: 1),
    Tile(key: "北京", english: "Beijing", code: "BJ", column: 5, row: 1), Tile(key: "辽宁", english: "Liaoning", code: "LN", column: 6, row: 1),
    Tile(key: "吉林", english: "Jilin", code: "JL", column: 7, row: 1),
    Tile(key: "新疆", english: "Xinjiang", code: "XJ", column: 0, row: 2), Tile(key: "青海", english: "Qinghai", code: "QH", column: 1, row: 2),
    Tile(key: "甘肃", english: "Gansu", code: "GS", column: 2, row: 2), Tile(key: "宁夏", english: "Ningxia", code: "NX", column: 3, row: 2),
    Tile(key: "山西", english: "Shanxi", code: "SX", column: 4, row: 2), Tile(key: "河北", english: "Hebei", code: "HE", column: 5, row: 2),
    Tile(key: "天津", english: "Tianjin", code: "TJ", column: 6, row: 2),
    Tile(key: "西藏", english: "Tibet", code: "XZ", column: 1, row: 3), Tile(key: "四川", english: "Sichuan", code: "SC", column: 2, row: 3),
    Tile(key: "陕西", english: "Shaanxi", code: "SN", column: 3, row: 3), Tile(key: "河南", english: "Henan", code: "HA", column: 4, row: 3),
    Tile(key: "山东", english: "Shandong", code: "SD", column: 5, row: 3),
    Tile(key: "云南", english: "Yunnan", code: "YN", column: 2, row: 4), Tile(key: "重庆", english: "Chongqing", code: "CQ", column: 3, row: 4),
    Tile(key: "湖北", english: "Hubei", code: "HB", column: 4, row: 4), Tile(key: "安徽", english: "Anhui", code: "AH", column: 5, row: 4),
    Tile(key: "江苏", english: "Jiangsu", code: "JS", column: 6, row: 4), Tile(key: "上海", english: "Shanghai", code: "SH", column: 7, row: 4),
    Tile(key: "贵州", english: "Guizhou", code: "GZ", column: 3, row: 5), Tile(key: "湖南", english: "Hunan", code: "HN", column: 4, row: 5),
    Tile(key: "江西", english: "Jiangxi", code: "JX", column: 5, row: 5), Tile(key: "浙江", english: "Zhejiang", code: "ZJ", column: 6, row: 5),
    Tile(key: "广西", english: "Guangxi", code: "GX", column: 3, row: 6),
    Tile(key: "广东", english: "Guangdong", code: "GD", column: 4, row: 6), Tile(key: "福建", english: "Fujian", code: "FJ", column: 5, row: 6),
    Tile(key: "台湾", english: "Taiwan", code: "TW", column: 6, row: 6),
    Tile(key: "海南", english: "Hainan", code: "HI", column: 3, row: 7), Tile(key: "澳门", english: "Macao", code: "MO", column: 4, row: 7),
    Tile(key: "香港", english: "Hong Kong", code: "HK", column: 5, row: 7),
  ]

  /// The tile for `key`, or nil for a key that is not a province-level region.
  public static func tile(for key: String) -> Tile? { tiles.first { $0.key == key } }
}
