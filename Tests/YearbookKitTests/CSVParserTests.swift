import Testing
@testable import YearbookKit

@Suite struct CSVParserTests {
  func fields(_ text: String) -> [[String]] {
    guard case .success(let records) = CSVParser.parse(text) else { return [] }
    return records.map { $0.fields.map(\.text) }
  }

  @Test func quotedFieldsCommasQuotesAndNewlines() {
    #expect(fields("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n") == [["a", "b"], ["x, y", "say \"hi\""], ["two\nlines", "z"]])
  }

  @Test func bomCRLFAndBlankLines() {
    #expect(fields("\u{FEFF}a,b\r\n1,2\r\n\r\n3,4") == [["a", "b"], ["1", "2"], ["3", "4"]])
  }

  @Test func positionsOfEveryField() {
    guard case .success(let records) = CSVParser.parse("k,v\n北京,5695.28\n\n\"x\",7\n") else {
      Issue.record("parse failed")
      return
    }
    #expect(records.map(\.line) == [1, 2, 4])
    #expect(records[1].fields.map(\.column) == [1, 4])
    #expect(records[2].fields[1].line == 4)
    #expect(records[2].fields[1].column == 5)
  }

  @Test func unterminatedQuoteNamesWhereItOpened() {
    #expect(CSVParser.parse("a,b\n1,\"open\n2,3\n") == .failure(.init(line: 2, column: 3, message: "unterminated quoted field")))
  }

  @Test func strayQuotes() {
    #expect(CSVParser.parse("a,b\nx\"y,1\n") == .failure(.init(line: 2, column: 2, message: "a quote inside an unquoted field; quote the whole field and double the quote")))
    #expect(CSVParser.parse("a,b\n\"x\"y,1\n") == .failure(.init(line: 2, column: 4, message: "text after the closing quote of a field")))
  }

  /// Unquoted fields of every kind of text: each field's text, line and column (in scalars)
  /// are those a plain split by lines and commas gives.
  @Test func unquotedFieldsMatchAPlainSplit() {
    let pieces = ["a", "7", "5695.28", "北京", "其中：技术开发", "é", "e\u{301}", "👍🏽", " ", "－3.2", "…"]
    var generator = SystemRandomNumberGenerator()
    var mismatches: [String] = []
    for _ in 0..<300 {
      let rows = (0..<Int.random(in: 1...6, using: &generator)).map { _ in
        (0..<Int.random(in: 1...5, using: &generator)).map { _ in
          (0..<Int.random(in: 0...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
      }.filter { $0 != [""] }
      let text = rows.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
      guard case .success(let records) = CSVParser.parse(text), records.map({ $0.fields.map(\.text) }) == rows else {
        mismatches.append(text)
        continue
      }
      for (r, record) in records.enumerated() {
        var column = 1
        for (field, text) in zip(record.fields, rows[r]) {
          if record.line != r + 1 || field.line != r + 1 || field.column != column { mismatches.append("\(text) in \(rows[r])") }
          column += text.unicodeScalars.count + 1
        }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
  }
}
