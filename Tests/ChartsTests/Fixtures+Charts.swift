@testable import Charts

/// One or more sample charts of every kind; each has a golden file named after it.
extension Fixtures {
  static var barZh: Chart {
    chart(
      .bar, id: "fig-1-1", english: false, categories: years,
      series: [series("技术合同成交额", turnover)], unit: "亿元",
      title: "图 1–1 2011—2019年全国技术合同成交额", summary: "成交额由4763.6亿元增至22398.4亿元。")
  }

  static var barFieldsZh: Chart {
    chart(
      .bar, id: "fig-2-5", english: false, categories: fields,
      series: [series("成交额", fieldTurnover, decimals: 2)], unit: "亿元",
      title: "图 2–5 2019年各技术领域成交额", summary: "电子信息领域成交额最高。")
  }

  static var barGrowthEn: Chart {
    var growth = fieldGrowth
    growth[6] = nil
    return chart(
      .bar, id: "fig-2-6", english: true, categories: fields,
      series: [series("Growth", growth, decimals: 2)], unit: "%",
      title: "Figure 2-6 Growth of turnover by technology field, 2019",
      summary: "Turnover fell in modern transport and nuclear applications.")
  }

  static var hbarProvincesEn: Chart {
    let top = topProvinces(15)
    return chart(
      .hbar, id: "fig-3-1", english: true, categories: top.map { ($0.0, $0.1) },
      series: [series("2019", top.map { $0.3 }, decimals: 2, grouping: ",")],
      unit: "100 million yuan", title: "Figure 3-1 Top 15 regions by output turnover, 2019",
      summary: "Beijing leads with 569.5 billion yuan.")
  }

  static var hbarFieldsEn: Chart {
    chart(
      .hbar, id: "fig-2-7", english: true, categories: fields,
      series: [series("Growth", fieldGrowth, decimals: 2, derived: true)], unit: "%",
      title: "Figure 2-7 Growth by technology field", summary: "Two fields shrank.")
  }

  static var groupedZh: Chart {
    let top = topProvinces(8)
    return chart(
      .grouped, id: "fig-3-2", english: false, categories: top.map { ($0.0, $0.1) },
      series: [series("2018年", top.map { $0.2 }, decimals: 2), series("2019年", top.map { $0.3 }, decimals: 2)],
      unit: "亿元", title: "图 3–2 输出技术成交额前8位的省市", summary: "八个省市的成交额均有增长。")
  }

  static var groupedGrowthEn: Chart {
    chart(
      .grouped, id: "fig-2-8", english: true, categories: fields,
      series: [
        series("Contracts", fieldContractGrowth, decimals: 2),
        series("Turnover", fieldGrowth, decimals: 2),
      ], unit: "%", title: "Figure 2-8 Growth of contracts and turnover by field",
      summary: "Nuclear applications shrank on both counts.")
  }

  static var stackedEn: Chart {
    chart(
      .stacked, id: "fig-2-1", english: true,
      categories: [("2017年", "2017"), ("2018年", "2018"), ("2019年", "2019")],
      series: [
        series("Development", [5587.5, 5886.0, 7177.3], grouping: ","),
        series("Transfer", [1215.4, 1422.0, 2188.9], grouping: ","),
        series("Consulting", [445.2, 502.1, 614.1], grouping: ","),
        series("Services", [6176.1, 9887.3, 12418.1], grouping: ",", derived: true),
      ], unit: "100 million yuan", title: "Figure 2-1 Turnover by contract type",
      summary: "Technical services make up over half of the turnover.")
  }

  static var pieZh: Chart {
    chart(
      .pie, id: "fig-2-5b", english: false, categories: fields,
      series: [series("成交额", fieldTurnover, decimals: 2)], unit: "亿元",
      title: "图 2–5 2019年技术领域构成", summary: "电子信息占四分之一。")
  }

  static var pieSmallSlicesZh: Chart {
    chart(
      .pie, id: "fig-2-4", english: false,
      categories: [
        ("未涉及知识产权", ""), ("技术秘密", ""), ("专利", ""), ("计算机软件著作权", ""),
        ("集成电路布图设计专有权", ""), ("植物新品种权", ""), ("生物、医药新品种权", ""),
        ("设计著作权", ""),
      ],
      series: [series("成交额", [13111.5, 4673.2, 3085.8, 1202.8, 49.8, 26.1, 145.5, 103.8])],
      unit: "亿元", title: "图 2–4 2019年全国技术交易知识产权类别构成",
      summary: "四成以上的成交额涉及知识产权。")
  }

  static var donutEn: Chart {
    chart(
      .donut, id: "fig-2-2", english: true,
      categories: [
        ("技术开发", "Development"), ("技术转让", "Transfer"), ("技术咨询", "Consulting"),
        ("技术服务", "Services"),
      ],
      series: [series("2019", [7177.3, 2188.9, 614.1, 12418.1], grouping: ",")],
      unit: "100 million yuan", title: "Figure 2-2 Turnover by contract type, 2019",
      summary: "Technical services make up 55.4% of the turnover.")
  }

  static var lineEn: Chart {
    chart(
      .line, id: "fig-1-2", english: true, categories: years,
      series: [
        series("Technology contracts", turnover, grouping: ","),
        series("R&D spending", researchSpending, grouping: ",", derived: true),
      ], unit: "100 million yuan", title: "Figure 1-2 Turnover and R&D spending, 2011-2019",
      summary: "Turnover overtook R&D spending in 2019.")
  }

  static func tilemap(english: Bool) -> Chart {
    let rows = provinces.filter { $0.0 != "海南" }
    return chart(
      .tilemap, id: english ? "fig-3-3-en" : "fig-3-3", english: english,
      categories: rows.map { ($0.0, $0.1) },
      series: [series("2019", rows.map { $0.3 }, decimals: 2, grouping: english ? "," : "")],
      unit: english ? "100 million yuan" : "亿元",
      title: english ? "Figure 3-3 Output turnover by region, 2019" : "图 3–3 2019年各地区输出技术成交额",
      summary: english ? "Beijing, Guangdong and Jiangsu lead." : "北京、广东、江苏居前三位。")
  }

  /// Every sample chart with its golden file's name.
  static var all: [(name: String, chart: Chart)] {
    [
      ("bar-zh", barZh), ("bar-fields-zh", barFieldsZh), ("bar-growth-en", barGrowthEn),
      ("hbar-provinces-en", hbarProvincesEn), ("hbar-fields-en", hbarFieldsEn),
      ("grouped-zh", groupedZh), ("grouped-growth-en", groupedGrowthEn),
      ("stacked-en", stackedEn), ("pie-zh", pieZh), ("pie-small-slices-zh", pieSmallSlicesZh),
      ("donut-en", donutEn), ("line-en", lineEn), ("tilemap-zh", tilemap(english: false)),
      ("tilemap-en", tilemap(english: true)),
    ]
  }

  /// Every sample chart laid out for a phone (width 360), named "<name>-narrow".
  static var narrow: [(name: String, chart: Chart)] {
    all.map { sample in
      var chart = sample.chart
      chart.width = 360
      return (sample.name + "-narrow", chart)
    }
  }

  /// Every sample chart at both widths.
  static var bothWidths: [(name: String, chart: Chart)] { all + narrow }
}
