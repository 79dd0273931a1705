import ArgumentParser
import Foundation
import YearbookKit

/// Prints what a revision of one figure touches (`yearbook check --impact`).
enum ImpactReport {
  /// `path:line:col` as a location; the path as given, without a leading `./`.
  static func location(_ text: String) -> SourceLocation? {
    let parts = text.split(separator: ":").map(String.init)
    guard parts.count == 3, let line = Int(parts[1]), let column = Int(parts[2]) else { return nil }
    let path = parts[0].hasPrefix("./") ? String(parts[0].dropFirst(2)) : parts[0]
    return SourceLocation(path: path, line: line, column: column)
  }

  static func run(_ location: SourceLocation, files: ContentFiles, readDiagnostics: [Diagnostic], json: Bool) throws {
    let (report, diagnostics) = ReportParser.parse(files)
    guard let report, let impact = Impact.of(location, in: report) else {
      FindingsOutput.print((readDiagnostics + diagnostics).filter { $0.severity == .error })
      FileHandle.standardError.write(Data(TerminalText.escaping("no table cell at \(location)\n").utf8))
      throw ExitCode(1)
    }
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      let object = Output(
        figure: impact.figure, quantity: impact.quantity, cells: impact.cells, dependents: impact.dependents, charts: impact.charts,
        pages: impact.pages, quotes: impact.quotes)
      print(TerminalText.escaping(json: String(decoding: try encoder.encode(object), as: UTF8.self)))
      return
    }
    // Labels and cells come from the content: their control characters are shown escaped.
    print(TerminalText.escaping("\(impact.figure.place): \(impact.figure.what)"))
    print(
      impact.quantity.map { "quantity: \($0)" }
        ?? "quantity: none declared (its column has no 'measure:'), so only its own table is followed")
    section("printed in", impact.cells)
    section("computed from it", impact.dependents)
    section("charts", impact.charts)
    section("quoted in prose", impact.quotes)
    section("pages", impact.pages)
  }

  static func section(_ title: String, _ entries: [Impact.Entry]) {
    print("\(title) (\(entries.count)):")
    for e in entries { print(TerminalText.escaping("  \(e.place): \(e.what)")) }
  }

  private struct Output: Encodable {
    var figure: Impact.Entry
    var quantity: String?
    var cells, dependents, charts, pages, quotes: [Impact.Entry]
  }
}
