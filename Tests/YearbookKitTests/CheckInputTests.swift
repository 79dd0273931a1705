import Testing
@testable import YearbookKit

/// The input rules met through the whole loading stage: what the source's own notation and
/// ordinary CSV variations give, and where problems are reported.
@Suite struct CheckInputTests {
  @Test func bomCRLFBlankLinesThousandsSeparatorsAndFullWidthMinusAreRead() throws {
    let csv = "\u{FEFF}item,role,count,amount,growth\r\n技术开发,,\"198,105\",7177.32,－21.89\r\n\r\n合计,total,484077,\"22,398.39\",26.56\r\n"
    let (report, diagnostics) = ReportParser.parse(Fixture.files(csv: csv))
    #expect(diagnostics == [])
    let table = try #require(report?.tables["types"])
    #expect(table.rows.map(\.line) == [2, 4])
    #expect(table.rows[0].cells[2].number == 198105)
    #expect(table.rows[0].cells[4].number == -21.89)
    #expect(table.rows[1].cells[3].number == 22398.39 && table.rows[1].cells[3].decimals == 2)
    #expect(table.rows[1].cells[3].location == CheckInput.at("Content/data/types.csv", 4, 17))
  }

  @Test func aValueThatDoesNotFitItsColumnNamesTheCell() {
    let (_, diagnostics) = ReportParser.parse(Fixture.files(csv: "item,role,count,amount,growth\r\n技术开发,,198105,七千,21.89\r\n"))
    #expect(
      diagnostics == [
        Diagnostic(
          .error, at: CheckInput.at("Content/data/types.csv", 2, 14), rule: "bad-number",
          "'七千' in column 'amount' (decimal) is not a number")
      ])
  }

  @Test func aRaggedRowAfterCRLFLinesNamesItsLine() {
    let (_, diagnostics) = ReportParser.parse(Fixture.files(csv: "item,role,count,amount,growth\r\n技术开发,,1,2.0,3\r\n技术服务,,1\r\n"))
    #expect(
      diagnostics == [
        Diagnostic(.error, at: CheckInput.at("Content/data/types.csv", 3, 1), rule: "csv-ragged", "row has 3 fields, the header has 5")
      ])
  }

  @Test func aDerivedColumnTypedIntoTheCSVIsAnError() {
    let (_, diagnostics) = ReportParser.parse(Fixture.files(csv: "item,role,count,amount,growth,amount_2018\n技术开发,,1,2.0,3,1.9\n"))
    #expect(
      diagnostics == [
        Diagnostic(
          .error, at: CheckInput.at("Content/data/types.csv", 2, 15), rule: "derived-typed",
          "'amount_2018' is a derived column: it is computed by the build, so its cells must be empty, not '1.9'")
      ])
  }
}
