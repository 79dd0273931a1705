import Testing
@testable import YearbookKit

@Suite struct CheckMeasureTests {
  /// A table of regions with `amount` declared as `measure`, and the given extra declarations.
  func table(_ id: String, _ csv: String, measure: String = "output-turnover-2019", kind: String = "decimal", extra: String = "")
    -> CheckInput.TableFiles
  {
    let schema = """
      title: {zh: 表, en: Table}
      columns:
        - {key: item, label: {zh: 地区, en: Region}, kind: label}
        - {key: role, kind: role}
        - {key: amount, label: {zh: 成交额, en: Turnover}, kind: \(kind), measure: \(measure)}

      """
    return .init(id: id, schema: schema + extra, csv: csv)
  }

  func findings(_ tables: [CheckInput.TableFiles]) throws -> [Diagnostic] {
    Validator.measures(try CheckInput.report(tables))
  }

  @Test func theSameQuantityAtTwoPrecisionsAgrees() throws {
    // 5695.28 and 5695.3; 1211.95 printed as 1211.9 in one table and 1212.0 in another.
    #expect(
      try findings([
        table("a", "item,role,amount\n北京,,5695.28\n技术开发,,1211.95\n"),
        table("b", "item,role,amount\n北京,,5695.3\n技术开发,,1211.9\n"),
        table("c", "item,role,amount\n技术开发,,1212.0\n"),
      ]) == [])
  }

  @Test func aDisagreementLandsOnTheCellTheOthersDoNotShare() throws {
    #expect(
      try findings([
        table("a", "item,role,amount\n北京,,5695.28\n"),
        table("b", "item,role,amount\n北京,,5695.3\n"),
        table("c", "item,role,amount\n北京,,5659.3\n"),
      ]) == [
        Diagnostic(
          .error, at: CheckInput.at("Content/data/c.csv", 2, 5), rule: "cross-table",
          "北京 amount (output-turnover-2019) is 5659.3 here but 5695.28 in a (Content/data/a.csv:2:5)")
      ])
  }

  @Test func countsMustBeEqual() throws {
    #expect(
      try findings([
        table("a", "item,role,amount\n北京,,2686\n", measure: "output-contracts-2019", kind: "integer"),
        table("b", "item,role,amount\n北京,,2683\n", measure: "output-contracts-2019", kind: "integer"),
      ]) == [
        Diagnostic(
          .error, at: CheckInput.at("Content/data/b.csv", 2, 5), rule: "cross-table",
          "北京 amount (output-contracts-2019) is 2683 here but 2686 in a (Content/data/a.csv:2:5)")
      ])
  }

  @Test func differentMeasuresAreNotCompared() throws {
    #expect(
      try findings([
        table("a", "item,role,amount\n北京,,1.0\n", measure: "output-turnover-2019"),
        table("b", "item,role,amount\n北京,,2.0\n", measure: "absorption-turnover-2019"),
      ]) == [])
  }

  @Test func totalsGoByTheirAliasSubtotalsByTheirGroupSubRowsWithoutTheirPrefix() throws {
    let cells = MeasureIndex(
      try CheckInput.report([
        table(
          "east", "item,role,amount\n北京,,1.0\n其中：技术开发,sub,0.5\n技术服务,group,\n合计,subtotal,2.0\n技术咨询,member,2.0\n合计,total,3.0\n",
          extra: "aliases: {合计: 东部地区}\n")
      ])
    ).cells
    #expect(
      cells.keys.map(\.text).sorted() == [
        "output-turnover-2019 of 东部地区", "output-turnover-2019 of 北京", "output-turnover-2019 of 技术咨询",
        "output-turnover-2019 of 技术开发", "output-turnover-2019 of 技术服务",
      ])
  }

  @Test func aTableWithTwoListsNamesEachColumnByTheLabelOnItsLeft() throws {
    let schema = """
      title: {zh: 表, en: Table}
      columns:
        - {key: out_country, label: {zh: 国家, en: Country}, kind: label}
        - {key: out_count, label: {zh: 合同数, en: Contracts}, kind: integer, measure: output-contracts-2019}
        - {key: in_country, label: {zh: 国家, en: Country}, kind: label}
        - {key: in_count, label: {zh: 合同数, en: Contracts}, kind: integer, measure: absorption-contracts-2019}

      """
    let cells = MeasureIndex(
      try CheckInput.report([.init(id: "t", schema: schema, csv: "out_country,out_count,in_country,in_count\n北京,1,技术开发,2\n")])
    ).cells
    #expect(cells.keys.map(\.text).sorted() == ["absorption-contracts-2019 of 技术开发", "output-contracts-2019 of 北京"])
  }

  @Test func aMeasureOnATextColumnIsAnError() {
    let (_, diagnostics) = ReportParser.parse(CheckInput.files([table("a", "item,role,amount\n", kind: "text")]))
    #expect(
      diagnostics == [
        Diagnostic(
          .error, at: CheckInput.at("Content/data/a.yaml", 5, 5), rule: "check-declaration",
          "'measure' is for printed figures; 'amount' is a text column")
      ])
  }
}

@Suite struct CheckRowMeasureTests {
  let keys = """
    title: {zh: 主要数据, en: Key figures}
    columns:
      - {key: item, label: {zh: 指标, en: Indicator}, kind: label}
      - {key: value, label: {zh: 数值, en: Value}, kind: decimal}
      - {key: unit, label: {zh: 单位, en: Unit}, kind: label}
    measures:
      技术开发: {value: turnover-2019 of 技术开发}

    """
  let types = """
    title: {zh: 类别, en: Types}
    columns:
      - {key: item, label: {zh: 类别, en: Type}, kind: label}
      - {key: amount, label: {zh: 成交额, en: Turnover}, kind: decimal, measure: turnover-2019}

    """

  func findings(_ keysCSV: String, schema: String? = nil) throws -> [Diagnostic] {
    Validator.measures(
      try CheckInput.report([
        .init(id: "k", schema: schema ?? keys, csv: keysCSV), .init(id: "t", schema: types, csv: "item,amount\n技术开发,7177.32\n"),
      ]))
  }

  @Test func aRowOfItsOwnIsComparedWithTheTables() throws {
    #expect(try findings("item,value,unit\n技术开发,7177.3,亿元\n") == [])
    #expect(
      try findings("item,value,unit\n技术开发,7717.3,亿元\n") == [
        Diagnostic(
          .error, at: CheckInput.at("Content/data/k.csv", 2, 6), rule: "cross-table",
          "技术开发 value (turnover-2019) is 7717.3 here but 7177.32 in t (Content/data/t.csv:2:6)")
      ])
  }

  @Test func aRowThatIsNotThereIsAnError() throws {
    #expect(
      try findings("item,value,unit\n技术服务,1.0,亿元\n") == [
        Diagnostic(
          .error, at: CheckInput.at("Content/data/k.yaml", 7, 17), rule: "check-declaration",
          "'measures' names row '技术开发', which k does not have")
      ])
  }
}
