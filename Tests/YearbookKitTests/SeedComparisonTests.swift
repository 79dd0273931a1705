import Foundation
import Testing
@testable import YearbookKit

/// Compares the transcribed content with the seed, the text of the printed report: every
/// number in every CSV is printed in the seed, every agency and organisation name is there
/// character for character, and every number reaches the built pages in both languages.
@Suite struct SeedComparisonTests {
  static let seed: String? = {
    let url = Fixture.repository.deletingLastPathComponent().appendingPathComponent("shared/seed/annual-report-2020.zh.txt")
    return try? String(contentsOf: url, encoding: .utf8)
  }()

  /// The seed's numbers, as printed (full-width minus read as minus, thousands commas dropped).
  static let seedNumbers: Set<String> = {
    guard let seed else { return [] }
    var numbers: Set<String> = []
    var current = ""
    func flush() {
      if current.contains(where: \.isNumber) { numbers.insert(current.hasSuffix(".") ? String(current.dropLast()) : current) }
      current = ""
    }
    for ch in seed {
      switch ch {
      case "0"..."9", ".": current.append(ch)
      case ",": continue
      case "－", "-", "−": flush(); current = "-"
      default: flush()
      }
    }
    flush()
    return numbers
  }()

  /// The seed's text with thousands commas dropped. The extraction glued some chart labels
  /// together ("62.5165.4" for 62.5 and 165.4); a decimal number of four or more characters is
  /// also accepted when it occurs inside such a run.
  static let seedText: String = (seed ?? "").replacingOccurrences(of: ",", with: "")

  /// The seed's text without any whitespace, for names broken over lines or spaced out.
  static let squeezedSeed: String = String((seed ?? "").filter { !$0.isWhitespace })

  static let report: Report? = {
    let root = Fixture.repository.path
    return ReportParser.parse(ContentReader.read(content: "\(root)/Content", templates: "\(root)/Templates").0).0
  }()

  func canonical(_ raw: String) -> String {
    var text = raw.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "－", with: "-").replacingOccurrences(of: "−", with: "-")
    if text.hasPrefix("+") { text.removeFirst() }
    return text
  }

  @Test(.enabled(if: seed != nil, "the seed is in ../shared/seed"))
  func everyPrintedNumberIsInTheSeed() throws {
    let report = try #require(Self.report)
    var missing: [String] = []
    var checked = 0
    for id in report.tables.keys.sorted() {
      let table = report.tables[id]!
      for row in table.rows {
        for (i, column) in table.schema.columns.enumerated() where column.kind.isNumeric && column.derive == nil {
          let cell = row.cells[i]
          guard let value = cell.number else { continue }
          checked += 1
          let text = canonical(cell.raw)
          let unsigned = text.hasPrefix("-") ? String(text.dropFirst()) : text
          // A negative printed as "减少 38.3" appears in the seed unsigned.
          let glued = unsigned.contains(".") && unsigned.count >= 4 && Self.seedText.contains(unsigned)
          if !Self.seedNumbers.contains(text) && !Self.seedNumbers.contains(unsigned) && !glued && !(value == 0 && Self.seedNumbers.contains("0")) {
            missing.append("\(cell.location): \(cell.raw)")
          }
        }
      }
    }
    #expect(checked > 3000)
    #expect(missing == [])
  }

  @Test(.enabled(if: seed != nil, "the seed is in ../shared/seed"))
  func everyAgencyAndOrganisationNameIsInTheSeed() throws {
    let report = try #require(Self.report)
    var missing: [String] = []
    var checked = 0
    for id in report.tables.keys.sorted() where id == "agency-directory" || id.hasPrefix("table-5-") {
      let table = report.tables[id]!
      guard let name = table.schema.index(of: "name") else { continue }
      for row in table.rows {
        checked += 1
        let text = String(row.cells[name].raw.filter { !$0.isWhitespace })
        if !Self.squeezedSeed.contains(text) { missing.append("\(row.cells[name].location): \(row.cells[name].raw)") }
      }
    }
    #expect(checked >= 429 + 6 * 20)
    #expect(missing == [])
  }

  @Test func everyTableNumberReachesBothLanguages() throws {
    let pages = EndToEndTests.built.files.filter { $0.path.hasSuffix(".html") }
    let zh = pages.filter { $0.path.hasPrefix("zh/") }.map(\.text).joined()
    let en = pages.filter { $0.path.hasPrefix("en/") }.map(\.text).joined()
    let report = try #require(Self.report)
    var missing: [String] = []
    for id in ["appendix-04", "table-3-2-flows", "table-4-9-abroad-countries", "table-5-2-sellers-by-type", "turnover-gdp-rd"] {
      let table = try #require(report.tables[id], "\(id)")
      for row in table.rows {
        for (i, column) in table.schema.columns.enumerated() where column.kind.isNumeric {
          let cell = row.cells[i]
          guard cell.number != nil else { continue }
          for (language, html) in [(Language.zh, zh), (Language.en, en)] where !html.contains(">\(NumberFormat.format(cell, language))<") {
            missing.append("\(cell.location) \(language): \(NumberFormat.format(cell, language))")
          }
        }
      }
    }
    #expect(missing == [])
  }
}
