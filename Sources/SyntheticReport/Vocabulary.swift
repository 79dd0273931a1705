/// The labels a synthetic table's rows take, with their English (they make the glossary), and
/// the words of titles and headings. Taken from the real report's tables.
enum Vocabulary {
  /// A family of row labels and how a table of them is titled.
  struct Family: Sendable {
    /// The label column's header.
    var header: Term
    /// Title of a table of these rows.
    var title: Term
    /// The rows.
    var labels: [Term]
    /// A `其中：` sub-row after the first row, if the family has one.
    var sub: Term?
  }

  static let provinces = Family(
    header: Term("地区", "Region"), title: Term("2019年各地区技术合同成交情况", "Technology contracts by region, 2019"),
    labels: [
      Term("北京", "Beijing"), Term("天津", "Tianjin"), Term("河北", "Hebei"), Term("山西", "Shanxi"),
      Term("内蒙古", "Inner Mongolia"), Term("辽宁", "Liaoning"), Term("吉林", "Jilin"), Term("黑龙江", "Heilongjiang"),
      Term("上海", "Shanghai"), Term("江苏", "Jiangsu"), Term("浙江", "Zhejiang"), Term("安徽", "Anhui"),
      Term("福建", "Fujian"), Term("江西", "Jiangxi"), Term("山东", "Shandong"), Term("河南", "Henan"),
      Term("湖北", "Hubei"), Term("湖南", "Hunan"), Term("广东", "Guangdong"), Term("广西", "Guangxi"),
      Term("海南", "Hainan"), Term("重庆", "Chongqing"), Term("四川", "Sichuan"), Term("贵州", "Guizhou"),
      Term("云南", "Yunnan"), Term("西藏", "Tibet"), Term("陕西", "Shaanxi"), Term("甘肃", "Gansu"),
      Term("青海", "Qinghai"), Term("宁夏", "Ningxia"), Term("新疆", "Xinjiang"),
    ],
    sub: nil)

  static let fields = Family(
    header: Term("技术领域", "Technology field"), title: Term("2019年各技术领域技术合同成交情况", "Technology contracts by field, 2019"),
    labels: [
      Term("电子信息", "Electronic information"), Term("先进制造", "Advanced manufacturing"),
      Term("城市建设与社会发展", "Urban construction and social development"), Term("新能源与高效节能", "New energy and energy efficiency"),
      Term("现代交通", "Modern transport"), Term("生物、医药和医疗器械", "Biology, medicine and medical devices"),
      Term("环境保护与资源综合利用", "Environmental protection and resource use"), Term("农业", "Agriculture"),
      Term("新材料及其应用", "New materials and their applications"), Term("航空航天", "Aerospace"), Term("核应用", "Nuclear applications"),
    ],
    sub: nil)

  static let contractTypes = Family(
    header: Term("合同类别", "Contract type"), title: Term("2019年各类技术合同成交情况", "Technology contracts by type, 2019"),
    labels: [Term("技术开发", "Technology development"), Term("技术转让", "Technology transfer"), Term("技术咨询", "Technology consulting"), Term("技术服务", "Technology services")],
    sub: nil)

  static let sellers = Family(
    header: Term("卖方类别", "Seller"), title: Term("2019年各类卖方技术合同成交情况", "Technology contracts by seller, 2019"),
    labels: [Term("企业法人", "Enterprises"), Term("科研机构", "Research institutes"), Term("高等院校", "Universities"), Term("其他组织", "Other organisations")],
    sub: Term("高新技术企业", "High-tech enterprises"))

  static let ipTypes = Family(
    header: Term("知识产权", "Intellectual property"), title: Term("2019年技术合同知识产权构成", "Technology contracts by type of intellectual property, 2019"),
    labels: [
      Term("技术秘密", "Technical secrets"), Term("专利", "Patents"), Term("计算机软件著作权", "Software copyright"),
      Term("未涉及知识产权", "No intellectual property"), Term("集成电路布图设计", "Integrated circuit layouts"),
    ],
    sub: nil)

  /// Placed tables cycle through these (about 18 rows a table, as in the real report's tables).
  static let tableFamilies = [provinces, fields, provinces, contractTypes, provinces, fields, sellers]
  /// A chart's own small data table (pie, donut) cycles through these.
  static let chartFamilies = [ipTypes, contractTypes, sellers, fields]

  static let total = Term("合计", "Total")
  static let units = [Term("项", "contracts"), Term("亿元", "100 million yuan"), Term("万元", "10 thousand yuan")]
  static let keyFigures = [Term("技术合同成交项数", "Technology contracts"), Term("技术合同成交额", "Turnover of technology contracts"), Term("平均每项成交额", "Average turnover per contract")]

  /// Every label a synthetic report uses, for its glossary.
  static var glossary: [Term] {
    var terms = [provinces, fields, contractTypes, sellers, ipTypes].flatMap { $0.labels + ($0.sub.map { [$0] } ?? []) }
    terms += [total] + units + keyFigures
    return terms
  }

  /// Section headings (`##`).
  static let sections = [
    Term("基本情况", "Overview"), Term("合同类型", "Contract types"), Term("技术领域", "Technology fields"),
    Term("地区分布", "Regional distribution"), Term("交易主体", "Parties to the contracts"), Term("知识产权", "Intellectual property"),
  ]
  /// Subsection headings (`###`).
  static let subsections = [
    Term("成交额持续较快增长", "Turnover kept growing fast"), Term("结构进一步优化", "The structure improved further"),
    Term("重点领域保持领先", "Key fields stayed ahead"), Term("区域协同更加紧密", "Regions worked more closely together"),
    Term("企业主体地位更加突出", "Enterprises played a larger part"), Term("高校院所输出平稳", "Universities and institutes held steady"),
  ]
  /// Chinese numerals for section headings and part labels.
  static let numerals = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
}
