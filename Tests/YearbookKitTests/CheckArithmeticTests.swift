import Testing
@testable import YearbookKit

/// Small reports for the checks: the fixture plus tables given inline.
enum CheckInput {
  /// A table's schema (YAML) and CSV, saved as `Content/data/<id>.*`.
  struct TableFiles {
    var id: String
    var schema: String
    var csv: String
  }

  static func files(_ tables: [TableFiles], chapters: [SourceFile]? = nil, errata: String? = nil) -> ContentFiles {
    var files = Fixture.files(chapters: chapters)
    for t in tables {
      files.schemas.append(SourceFile(path: "Content/data/\(t.id).yaml", text: t.schema))
      files.tables.append(SourceFile(path: "Content/data/\(t.id).csv", text: t.csv))
    }
    files.errata = errata.map { SourceFile(path: "Content/errata.yaml", text: $0) }
    return files
  }

  static func report(_ tables: [TableFiles], errata: String? = nil) throws -> Report {
    let (report, diagnostics) = ReportParser.parse(files(tables, errata: errata))
    #expect(!diagnostics.hasErrors, "\(diagnostics)")
    return try #require(report)
  }

  /// A schema with a label column `item`, a `role` column and `columns` (`key: kind`), then `extra`.
  static func schema(_ columns: [(String, String)], extra: String = "") -> String {
    var text = "title: {zh: 表, en: Table}\ncolumns:\n  - {key: item, label: {zh: 项目, en: Item}, kind: label}\n  - {key: role, kind: role}\n"
    for (key, kind) in columns { text += "  - {key: \(key), label: {zh: \(key), en: \(key)}, kind: \(kind)}\n" }
    return text + extra
  }

  static func at(_ path: String, _ line: Int, _ column: Int) -> YearbookKit.SourceLocation {
    YearbookKit.SourceLocation(path: path, line: line, column: column)
  }
}

@Suite struct CheckArithmeticTests {
  let sumSchema = CheckInput.schema([("count", "integer"), ("amount", "decimal")], extra: "checks:\n  sum: [count, amount]\n")

  func findings(_ schema: String, _ csv: String) throws -> [Diagnostic] {
    Validator.arithmetic(try CheckInput.report([.init(id: "t", schema: schema, csv: csv)]))
  }

  @Test func aTotalWithinTheRoundingOfItsRowsPasses() throws {
    // 0.1 + 0.1 + 0.1 printed from 0.14 + 0.14 + 0.14 = 0.42: the total 0.4 is right.
    #expect(try findings(sumSchema, "item,role,count,amount\n技术开发,,1,0.1\n技术服务,,2,0.1\n北京,,3,0.1\n合计,total,6,0.4\n") == [])
  }

  @Test func aTotalThatRoundingCannotExplainIsAnError() throws {
    let csv = "item,role,count,amount\n技术开发,,198105,7717.32\n技术服务,,285972,15221.07\n合计,total,484077,22398.39\n"
    #expect(
      try findings(sumSchema, csv) == [
        Diagnostic(
          .error, at: CheckInput.at("Content/data/t.csv", 4, 17), rule: "sum", "total row 合计 is 22398.39 but its rows add up to 22938.39")
      ])
  }

  @Test func countsAreExact() throws {
    #expect(
      try findings(sumSchema, "item,role,count,amount\n技术开发,,1,1.0\n技术服务,,2,1.0\n合计,total,4,2.0\n") == [
        Diagnostic(.error, at: CheckInput.at("Content/data/t.csv", 4, 10), rule: "sum", "total row 合计 is 4 but its rows add up to 3")
      ])
  }

  @Test func subtotalsAddTheirMembersAndSubRowsAreLeftOut() throws {
    let csv = """
      item,role,count,amount
      技术开发,group,,
      合计,subtotal,3,3.0
      委托开发,member,1,1.0
      合作开发,member,2,2.0
      技术咨询,,5,5.0
      其中：北京,sub,4,4.0
      技术服务,group,,
      一般性技术服务,member,1,1.0
      技术中介,member,1,1.0
      合计,subtotal,3,2.0
      合计,total,11,10.0

      """
    #expect(
      try findings(sumSchema, csv) == [
        Diagnostic(
          .error, at: CheckInput.at("Content/data/t.csv", 11, 13), rule: "sum", "subtotal 合计 of 技术服务 is 3 but its members add up to 2")
      ])
  }

  @Test func aMissingAddendLeavesTheSumUnchecked() throws {
    #expect(
      try findings(sumSchema, "item,role,count,amount\n技术开发,,1,\n技术服务,,2,1.0\n合计,total,9,9.0\n") == [
        Diagnostic(.error, at: CheckInput.at("Content/data/t.csv", 4, 10), rule: "sum", "total row 合计 is 9 but its rows add up to 3")
      ])
  }

  @Test func sharesAreValueOverTotalAndAddUpTo100() throws {
    let schema = CheckInput.schema([("amount", "decimal"), ("share", "percent")], extra: "checks:\n  share: {share: amount}\n")
    #expect(try findings(schema, "item,role,amount,share\n技术开发,,7177.32,32.05\n技术服务,,15221.07,67.95\n合计,total,22398.39,100.00\n") == [])
    #expect(
      try findings(schema, "item,role,amount,share\n技术开发,,7177.32,34.45\n技术服务,,15221.07,67.95\n合计,total,22398.39,100.00\n") == [
        Diagnostic(
          .error, at: CheckInput.at("Content/data/t.csv", 2, 15), rule: "share",
          "share of 技术开发 is 34.45 but 7177.32 / 22398.39 × 100 = 32.04"),
        Diagnostic(
          .error, at: CheckInput.at("Content/data/t.csv", 4, 19), rule: "share-sum", "the shares in share add up to 102.40, not 100.00"),
      ])
  }

  @Test func sharesAdjustedByOneUnitToMake100Pass() throws {
    // 7177.32 / 22398.39 = 32.044%: the source prints 32.05 so that the shares add up to 100.00.
    let schema = CheckInput.schema([("amount", "decimal"), ("share", "percent")], extra: "checks:\n  share: {share: amount}\n")
    #expect(try findings(schema, "item,role,amount,share\n技术开发,,7177.32,32.05\n技术服务,,15221.07,67.95\n合计,total,22398.39,100.00\n") == [])
    #expect(
      try findings(schema, "item,role,amount,share\n技术开发,,7177.32,32.06\n技术服务,,15221.07,67.95\n合计,total,22398.39,100.00\n") == [
        Diagnostic(
          .error, at: CheckInput.at("Content/data/t.csv", 2, 15), rule: "share",
          "share of 技术开发 is 32.06 but 7177.32 / 22398.39 × 100 = 32.04")
      ])
  }

  @Test func withoutATotalRowTheSharesAddUpTo100() throws {
    let schema = CheckInput.schema([("amount", "decimal"), ("share", "percent")], extra: "checks:\n  share: {share: amount}\n")
    #expect(try findings(schema, "item,role,amount,share\n技术开发,,1.0,40.0\n技术服务,,1.5,60.0\n") == [])
    #expect(
      try findings(schema, "item,role,amount,share\n技术开发,,1.0,40.0\n技术服务,,,50.0\n") == [
        Diagnostic(.error, at: CheckInput.at("Content/data/t.csv", 3, 8), rule: "share-sum", "the shares in share add up to 90.0, not 100")
      ])
  }

  @Test func aShareOfAnotherColumnOfTheRow() throws {
    let schema = CheckInput.schema(
      [("turnover", "decimal"), ("gdp", "decimal"), ("ratio", "percent")], extra: "checks:\n  share: {ratio: [turnover, gdp]}\n")
    #expect(try findings(schema, "item,role,turnover,gdp,ratio\n北京,,22398.4,990865.0,2.3\n") == [])
    #expect(
      try findings(schema, "item,role,turnover,gdp,ratio\n北京,,22398.4,990865.0,2.5\n") == [
        Diagnostic(
          .error, at: CheckInput.at("Content/data/t.csv", 2, 22), rule: "share", "ratio of 北京 is 2.5 but 22398.4 / 990865.0 × 100 = 2.3")
      ])
  }

  @Test func growthFollowsBothYears() throws {
    let schema = CheckInput.schema(
      [("a2018", "decimal"), ("a2019", "decimal"), ("growth", "percent")], extra: "checks:\n  growth: {growth: [a2018, a2019]}\n")
    // 0.04 → 0.96 prints 2300.00 from the rounded figures but 2294.4 from the true ones: both fit.
    #expect(try findings(schema, "item,role,a2018,a2019,growth\n北京,,188.35,56.65,-69.92\n技术开发,,0.04,0.96,2294.4\n") == [])
    #expect(
      try findings(schema, "item,role,a2018,a2019,growth\n北京,,188.35,56.65,-59.92\n") == [
        Diagnostic(
          .error, at: CheckInput.at("Content/data/t.csv", 2, 18), rule: "growth",
          "growth of 北京 is -59.92 but (56.65 / 188.35 − 1) × 100 = -69.92")
      ])
  }

  @Test func ranksFollowTheRankedColumn() throws {
    let schema = CheckInput.schema([("amount", "decimal"), ("rank", "rank")], extra: "checks:\n  rank: {rank: amount}\n")
    #expect(try findings(schema, "item,role,amount,rank\n北京,,5695.3,1\n技术开发,,1471.5,2\n技术服务,,1471.5,2\n合计,total,8638.3,\n") == [])
    #expect(
      try findings(schema, "item,role,amount,rank\n北京,,5695.3,1\n技术开发,,1467.4,2\n技术服务,,1471.5,3\n") == [
        Diagnostic(
          .error, at: CheckInput.at("Content/data/t.csv", 4, 14), rule: "rank",
          "技术服务 is ranked 3, below 技术开发 (2), but its amount is larger (1471.5 > 1467.4)")
      ])
  }

  @Test func aDeclarationNamingAWrongColumnIsAnErrorAtItsLine() {
    let schema = CheckInput.schema(
      [("amount", "decimal"), ("share", "percent")],
      extra: "checks:\n  sum: [amount, nothing]\n  share: {amount: share}\n  rank: {share: amount}\n")
    let (_, diagnostics) = ReportParser.parse(CheckInput.files([.init(id: "t", schema: schema, csv: "item,role,amount,share\n")]))
    #expect(
      diagnostics.sorted() == [
        Diagnostic(
          .error, at: CheckInput.at("Content/data/t.yaml", 8, 17), rule: "unknown-column",
          "'sum' names column 'nothing', which is not declared"),
        Diagnostic(
          .error, at: CheckInput.at("Content/data/t.yaml", 9, 11), rule: "check-declaration",
          "'share' needs a percent column; 'amount' is decimal"),
        Diagnostic(
          .error, at: CheckInput.at("Content/data/t.yaml", 10, 10), rule: "check-declaration",
          "'rank' needs a rank column; 'share' is percent"),
      ])
  }
}
