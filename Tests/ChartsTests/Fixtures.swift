@testable import Charts

/// Charts built from the 2020 annual report's figures (data year 2019), in both languages.
enum Fixtures {
  static let zhWords = ChartWords(other: "其他", derived: "推算", noData: "无数据")
  static let enWords = ChartWords(other: "Other", derived: "derived", noData: "no data")
  static let zhStyle = NumberStyle(groupingSeparator: "")
  static let enStyle = NumberStyle(groupingSeparator: ",")

  static func chart(
    _ kind: Chart.Kind, id: String, english: Bool, categories: [(String, String)],
    series: [Series], unit: String, title: String = "Title", summary: String = "Summary"
  ) -> Chart {
    Chart(
      kind: kind, id: id, title: title, summary: summary,
      categories: categories.map { Category(key: $0.0, label: english ? $0.1 : $0.0) },
      series: series, unit: unit, numberStyle: english ? enStyle : zhStyle,
      words: english ? enWords : zhWords)
  }

  /// A series whose labels are the values written with `decimals` places.
  static func series(
    _ name: String, _ values: [Double?], decimals: Int = 1, grouping: String = "",
    derived: Bool = false
  ) -> Series {
    Series(
      name: name, values: values,
      labels: values.map {
        $0.map { ChartNumber.format($0, decimals: decimals, grouping: grouping) }
      },
      isDerived: derived)
  }

  static let years = (2011...2019).map { ("\($0)年", "\($0)") }
  static let turnover: [Double?] = [
    4763.6, 6437.1, 7469.1, 8577.2, 9835.8, 11407.0, 13424.2, 17697.4, 22398.4,
  ]
  static let researchSpending: [Double?] = [
    8687.0, 10298.4, 11846.6, 13015.6, 14169.9, 15676.8, 17606.1, 19677.9, 21737.0,
  ]

  static let fields: [(String, String)] = [
    ("电子信息", "Electronic information"),
    ("城市建设与社会发展", "Urban construction and social development"),
    ("先进制造", "Advanced manufacturing"),
    ("生物、医药和医疗器械", "Biology, medicine and medical devices"),
    ("环境保护与资源综合利用", "Environmental protection and resource utilization"),
    ("新能源与高效节能", "New energy and energy efficiency"),
    ("农业", "Agriculture"),
    ("新材料及其应用", "New materials and their applications"),
    ("现代交通", "Modern transport"),
    ("航空航天", "Aerospace"),
    ("核应用", "Nuclear applications"),
  ]
  static let fieldTurnover: [Double?] = [
    5636.68, 4206.58, 2951.71, 1057.93, 1623.49, 2813.55, 500.23, 871.11, 2077.56, 540.32, 119.23,
  ]
  static let fieldGrowth: [Double?] = [
    25.12, 56.67, 18.50, 26.07, 22.35, 82.69, 18.87, 29.55, -18.29, 32.36, -55.18,
  ]
  static let fieldContractGrowth: [Double?] = [
    14.59, 20.78, 22.10, 29.43, 21.11, 17.49, 3.40, 19.86, 19.79, 6.96, -8.54,
  ]

  /// Output turnover by seller region, 2018 and 2019 (appendix table 4), plus the 港澳台
  /// row, which is not a tile-map key.
  static let provinces: [(String, String, Double, Double)] = [
    ("北京", "Beijing", 4957.82, 5695.28), ("天津", "Tianjin", 685.59, 909.25),
    ("河北", "Hebei", 275.98, 381.19), ("山西", "Shanxi", 150.76, 109.52),
    ("内蒙古", "Inner Mongolia", 19.84, 22.48), ("辽宁", "Liaoning", 474.49, 557.59),
    ("吉林", "Jilin", 341.95, 474.13), ("黑龙江", "Heilongjiang", 165.92, 232.88),
    ("上海", "Shanghai", 1225.19, 1422.35), ("江苏", "Jiangsu", 991.45, 1471.52),
    ("浙江", "Zhejiang", 590.66, 888.01), ("安徽", "Anhui", 321.31, 449.61),
    ("福建", "Fujian", 84.52, 139.59), ("江西", "Jiangxi", 115.82, 148.61),
    ("山东", "Shandong", 819.95, 1110.02), ("河南", "Henan", 149.28, 231.89),
    ("湖北", "Hubei", 1204.09, 1429.84), ("湖南", "Hunan", 281.61, 490.69),
    ("广东", "Guangdong", 1365.42, 2223.08), ("广西", "Guangxi", 61.41, 77.56),
    ("海南", "Hainan", 6.94, 9.11), ("重庆", "Chongqing", 188.35, 56.65),
    ("四川", "Sichuan", 996.70, 1211.95), ("贵州", "Guizhou", 171.10, 227.18),
    ("云南", "Yunnan", 89.49, 82.70), ("陕西", "Shaanxi", 1125.29, 1467.35),
    ("甘肃", "Gansu", 180.88, 196.42), ("青海", "Qinghai", 79.36, 9.10),
    ("宁夏", "Ningxia", 12.11, 14.90), ("新疆", "Xinjiang", 3.92, 7.82),
    ("西藏", "Tibet", 0.04, 0.96), ("港澳台", "HK, Macao and Taiwan", 17.42, 86.49),
  ]

  static func topProvinces(_ count: Int) -> [(String, String, Double, Double)] {
    Array(provinces.dropLast().sorted { $0.3 > $1.3 }.prefix(count))
  }
}

extension Fixtures {
  /// A small chart with categories keyed and labelled alike, one series per `values` row
  /// (named 2018, 2019, …), labels written plainly.
  static func small(
    _ kind: Chart.Kind, _ labels: [String], _ values: [[Double?]], derived: Set<Int> = [],
    english: Bool = false, unit: String = "亿元"
  ) -> Chart {
    Chart(
      kind: kind, id: "c", title: "T", summary: "S",
      categories: labels.map { Category(key: $0, label: $0) },
      series: values.enumerated().map { index, row in
        series(
          "\(2018 + index)", row, decimals: 0, grouping: english ? "," : "",
          derived: derived.contains(index))
      }, unit: unit, numberStyle: english ? enStyle : zhStyle, words: english ? enWords : zhWords)
  }

  /// The rendered chart, read back.
  static func inspect(_ chart: Chart) -> SVGInspector { SVGInspector(SVGRenderer.svg(for: chart)) }
}
