import Foundation
import Testing

/// `yearbook check` as a user runs it: the real content passes, `--impact` lists what a
/// revision touches.
@Suite(.serialized) struct CheckCommandTests {
  func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = CommandLineTests.binary
    process.arguments = arguments
    process.currentDirectoryURL = Fixture.repository
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let (stdout, stderr) = CommandLineTests.drain(out, err)
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
  }

  @Test func theRealContentPassesWithItsErrataAsNotes() throws {
    let result = try run(["check"])
    #expect(result.status == 0)
    #expect(result.stderr.contains("\n0 errors, 0 warnings, "))
    #expect(
      result.stderr.contains(
        "Content/data/appendix-02.csv:6:40: note: total row 合计 is 22398.39 but its rows add up to 22938.39 (acknowledged in Content/errata.yaml:23:3) [sum]\n"
      ))
  }

  @Test func impactListsEveryPrintingChartAndPageOfAFigure() throws {
    let result = try run(["check", "--impact", "Content/data/table-3-2-flows.csv:5:11"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "Content/data/table-3-2-flows.csv:5:11: table-3-2-flows 陕西 out_amount = 1467.4")
    #expect(lines.contains("quantity: output-turnover-2019 of 陕西"))
    #expect(lines.contains("  Content/data/appendix-04.csv:41:31: appendix-04 陕西 amount_2019 = 1467.35"))
    #expect(lines.contains("  Content/data/table-4-4-west.csv:2:11: table-4-4-west 陕西 out_amount = 1467.4"))
    #expect(lines.contains { $0.hasPrefix("  Content/data/table-4-4-west.yaml:") && $0.contains("chart fig-west-flows") })
    #expect(lines.contains("  zh/appendix.html#table-appendix-04: 附表 4 (table appendix-04)"))
  }

  @Test func impactWantsACell() throws {
    #expect(try run(["check", "--impact", "Content/data/table-3-2-flows.csv"]).status == 2)
    let missing = try run(["check", "--impact", "Content/data/table-3-2-flows.csv:99:1"])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("no table cell at Content/data/table-3-2-flows.csv:99:1"))
  }
}
