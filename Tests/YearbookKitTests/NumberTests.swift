import Testing
@testable import YearbookKit

@Suite struct NumberTests {
  @Test func printedTextIsPrintfsWithoutANegativeZero() {
    // The oracle: printf's %.*f, with the sign of a figure that prints as zero dropped.
    func reference(_ value: Double, _ decimals: Int) -> String {
      let text = String(format: "%.\(decimals)f", value)
      return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }
    var values: [Double] = [0, -0.0, 0.005, -0.004, -0.005, 0.125, 2.675, 22398.39, -18.29, 1e12, -1e12, 1e-9, .nan, .infinity, -.infinity]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2000 { values.append(Double(Int64.random(in: -10_000_000...10_000_000, using: &generator)) / 1000) }
    for value in values {
      for decimals in 0...4 {
        #expect(Printed.text(value, decimals) == reference(value, decimals), "\(value) \(decimals)")
      }
    }
  }

  @Test func readsTheSourcesNotation() {
    #expect(NumberText.parse("22398.39")! == (22398.39, 2))
    #expect(NumberText.parse("－18.29")! == (-18.29, 2))
    #expect(NumberText.parse("−3")! == (-3, 0))
    #expect(NumberText.parse("484,077")! == (484077, 0))
    #expect(NumberText.parse("１２.５")! == (12.5, 1))
    // Signs, points and zeros as Double(String) reads them.
    #expect(NumberText.parse("1.")! == (1, 0) && NumberText.parse(".5")! == (0.5, 1) && NumberText.parse("-.5")! == (-0.5, 1))
    #expect(NumberText.parse("-0")!.value.sign == .minus && NumberText.parse("+0012.3400")! == (12.34, 4))
    #expect(NumberText.parse("-") == nil && NumberText.parse(".") == nil && NumberText.parse("+") == nil && NumberText.parse("") == nil)
    #expect(NumberText.parse("1-2") == nil && NumberText.parse("1.2.3") == nil && NumberText.parse("++1") == nil)
    #expect(NumberText.parse("abc") == nil)
    #expect(NumberText.parse("1-2") == nil)
    #expect(NumberText.parse("") == nil)
  }

  @Test func formatsPerLanguage() {
    #expect(NumberFormat.format(484077, decimals: 0, .zh) == "484077")
    #expect(NumberFormat.format(484077, decimals: 0, .en) == "484,077")
    #expect(NumberFormat.format(22398.39, decimals: 2, .en) == "22,398.39")
    #expect(NumberFormat.format(-18.29, decimals: 2, .zh) == "\u{2212}18.29")
    #expect(NumberFormat.format(-0.001, decimals: 1, .en) == "0.0")
    #expect(NumberFormat.format(100, decimals: 2, .en) == "100.00")
  }

  @Test func expressionsForDerivedColumns() throws {
    let e = try Expression.parse("amount_2019 / (1 + amount_growth / 100)").get()
    #expect(e.columns == ["amount_2019", "amount_growth"])
    let value = e.evaluate { ["amount_2019": 22398.39, "amount_growth": 26.56][$0] }!
    #expect(abs(value - 17697.84) < 0.01)
    #expect(e.evaluate { $0 == "amount_2019" ? 1 : nil } == nil)
    #expect(Expression.parse("a + ") == .failure(ExpressionError(position: 5, message: "expression ends too early")))
    #expect(Expression.parse("(a") == .failure(ExpressionError(position: 3, message: "missing ')'")))
  }

  /// The fast path gives exactly what Double(String) gives, on every kind of decimal the
  /// tables hold and on those past its limits (19 digits, 2⁵³, 22 decimals).
}
