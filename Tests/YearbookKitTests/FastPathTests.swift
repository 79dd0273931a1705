import Foundation
import Markdown
import Synchronization
import Testing
@testable import YearbookKit

/// The benchmark's fast paths give exactly what the plain code gave: numbers as printf writes
/// them, escaping, label normalisation, and the parallel map's order.
@Suite struct FastPathTests {
  @Test func fixedPointMatchesPrintfEverywhere() {
    var values: [Double] = [0, 0.5, 1.5, 2.5, 0.125, 0.375, 1e9, 999_999_999.5, 22398.39, 7717.32, 0.005, 0.015, 1.005, 2.675, 1e-7, 123_456.789_5]
    // Ties and near-ties at every scale, and a spread of ordinary figures.
    for decimals in 0...6 {
      let unit = pow(10, Double(decimals))
      for n in stride(from: 0, to: 20_000, by: 7) {
        values.append((Double(n) + 0.5) / unit)
        values.append(Double(n) / unit)
        values.append(Double(n) * 1.37 / unit)
      }
    }
    var mismatches: [String] = []
    for value in values {
      for decimals in 0...7 {
        let fast = NumberFormat.fixedPoint(value, decimals: decimals)
        let slow = String(format: "%.\(decimals)f", value)
        if fast != slow { mismatches.append("\(value) %.\(decimals)f: \(fast) vs \(slow)") }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
  }

  @Test func numbersKeepTheirLanguageForm() {
    #expect(NumberFormat.format(22398.39, decimals: 2, .en) == "22,398.39")
    #expect(NumberFormat.format(22398.39, decimals: 2, .zh) == "22398.39")
    #expect(NumberFormat.format(-3.2, decimals: 1, .en) == "\u{2212}3.2")
    #expect(NumberFormat.format(-0.001, decimals: 2, .en) == "0.00")
    #expect(NumberFormat.format(.infinity, decimals: 1, .zh) == "inf")
    #expect(NumberFormat.format(1234567.891, decimals: 2, .en) == "1,234,567.89")
    #expect(NumberFormat.format(123, decimals: 0, .en) == "123")
    #expect(NumberFormat.format(-1234, decimals: 0, .en) == "\u{2212}1,234")
  }

  /// The number reader as it was written before it worked on bytes: the reference.
  static func referenceParse(_ raw: String) -> (value: Double, decimals: Int)? {
    var text = ""
    for scalar in raw.unicodeScalars {
      switch scalar.value {
      case 0xFF10...0xFF19: text.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
      case 0xFF0D, 0x2212, 0x2013: text.append("-")
      case 0xFF0E: text.append(".")
      case 0x2C, 0xFF0C: continue
      case 0x20: continue
      default: text.unicodeScalars.append(scalar)
      }
    }
    if text.hasPrefix("+") { text.removeFirst() }
    guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
      text.dropFirst().allSatisfy({ $0 != "-" }), text.filter({ $0 == "." }).count <= 1,
      let value = Double(text)
    else { return nil }
    let decimals = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
    return (value, decimals)
  }

  @Test func numberTextReadsWhatItReadBefore() {
    let pieces = ["1", "0", "9", ".", "-", "+", ",", " ", "－", "−", "–", "．", "，", "１", "５", "e", "a", "\u{301}", "\r\n", "亿", "%"]
    var inputs = ["22398.39", "－3.2", "1,234.5", "１２３", "+5", "++5", "-", ".", "1.", ".5", "1-2", "1..2", "", " 7 ", "1e5", "inf", "nan"]
    // Every string of up to three pieces.
    for a in pieces {
      inputs.append(a)
      for b in pieces {
        inputs.append(a + b)
        for c in pieces { inputs.append(a + b + c) }
      }
    }
    for raw in inputs {
      let fast = NumberText.parse(raw)
      let reference = Self.referenceParse(raw)
      #expect(fast?.value == reference?.value && fast?.decimals == reference?.decimals, "\(raw.debugDescription)")
    }
  }

  @Test func escapingLeavesPlainTextAsItIs() {
    #expect(escapeHTML("北京 Beijing") == "北京 Beijing")
    #expect(escapeHTML("a<b>&\"c\"'d'") == "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;")
    #expect(escapeHTML("合计<总>") == "合计&lt;总&gt;")
    #expect(escapeHTML("") == "")
  }

  @Test func normalisingLabelsIsUnchanged() {
    #expect(Translator.normalize(" 北 京 ") == "北京")
    #expect(Translator.normalize("北\u{3000}京") == "北京")
    #expect(Translator.normalize("New York 北京") == "New York北京")
    #expect(Translator.normalize("技术开发") == "技术开发")
    #expect(" \u{301}x".trimmingSpaces() == "x")
    #expect("x \u{301}".trimmingSpaces() == "x")
    #expect("\u{3000}合计\n".trimmingSpaces() == "合计")
    #expect(Translator.needsTranslation("2019-01") == false)
    #expect(Translator.needsTranslation("其中：北京") == true)
  }

  @Test func concurrentMapKeepsOrder() {
    let numbers = Array(0..<1000)
    #expect(numbers.concurrentMap { $0 * 2 } == numbers.map { $0 * 2 })
    #expect([Int]().concurrentMap { $0 } == [])
  }

  @Test func costliestFirstKeepsOrderAndStartsTheCostliest() {
    // Ties, zero and repeated costs: every element is transformed once, results in order.
    let numbers = Array(0..<500)
    #expect(numbers.concurrentMap(costliestFirst: { ($0 * 7919) % 13 }) { $0 * 3 } == numbers.map { $0 * 3 })
    #expect([5].concurrentMap(costliestFirst: { $0 }) { $0 + 1 } == [6])
    // The costliest element is the first one started, wherever it stands.
    let started = Mutex<[Int]>([])
    _ = Array(0..<64).concurrentMap(costliestFirst: { $0 == 41 ? 1000 : 1 }) { n in started.withLock { $0.append(n) } }
    #expect(started.withLock { $0.first } == 41)
    #expect(started.withLock { $0.sorted() } == Array(0..<64))
  }

  @Test func pagesCostWhatTheyPlace() throws {
    let report = try #require(SeedComparisonTests.report)
    let plan = SiteBuilder(report: report, templates: TemplateSet.make(report.templates).0, options: BuildOptions()).plan()
    func cost(_ path: String) throws -> Int { try #require(plan.pages.first { $0.path == path }).cost(in: report) }
    // The chapter with the most charts costs most; a page without placements costs its
    // templates; copies cost nothing.
    #expect(try cost("en/composition.html") > cost("en/overview.html"))
    #expect(try cost("en/overview.html") > cost("en/index.html"))
    #expect(try cost("en/chronicle.html") > cost("en/index.html"))
    #expect(try cost("en/index.html") == 500)
    #expect(try cost("sitemap.xml") == 0)
    #expect(try cost("assets/style.css") == 0)
    let costliest = plan.pages.max { $0.cost(in: report) < $1.cost(in: report) }
    #expect(costliest.map { $0.path.hasSuffix("composition.html") } == true)
  }
}
