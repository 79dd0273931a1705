import CYaml
import Foundation

extension YAMLParser {
  /// Why a text is not one YAML document, in the words Yams used.
  enum Failure: Error, Equatable {
    /// libyaml's scanner or parser stopped, or the events do not make one document (an
    /// undefined alias, a second document): libyaml's problem and where it is, 1-based.
    case syntax(problem: String, line: Int, column: Int)
    /// A mapping has the same key more than once: the keys, and where the first is written.
    case duplicatedKeys([String], line: Int, column: Int)
    /// The document holds more than `YAMLParser.Limits` allow: what, and where the value
    /// (often an alias) that crosses the limit starts.
    case limit(problem: String, line: Int, column: Int)
    /// The text cannot be read (a control character) or memory ran out: Yams' whole
    /// description, which places the problem itself.
    case reader(String)
  }
}

extension YAMLParser.Failure {
  /// The failure libyaml's parser reports.
  init(_ parser: yaml_parser_t, text: String) {
    let problem = parser.problem.map { String(cString: $0) } ?? ""
    switch parser.error {
    case YAML_PARSER_ERROR where problem.hasPrefix("Maximum nesting level reached"):
      self = .limit(problem: YAMLParser.Limits.tooDeep, line: parser.problem_mark.line + 1, column: parser.problem_mark.column + 1)
    case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
      self = .syntax(problem: problem, line: parser.problem_mark.line + 1, column: parser.problem_mark.column + 1)
    case YAML_READER_ERROR:
      self = .reader(Self.describeReaderError(problem, offset: parser.problem_offset, value: parser.problem_value, in: text))
    default:
      self = .reader("Memory error")
    }
  }

  /// Yams' description of a reader error: the line and column of the problem (in lines as
  /// Foundation splits them, the column in UTF-16), the line, and a caret under the place.
  static func describeReaderError(_ problem: String, offset byteOffset: Int, value: Int32, in text: String) -> String {
    let index = text.utf8.index(text.utf8.startIndex, offsetBy: byteOffset, limitedBy: text.utf8.endIndex)?.samePosition(in: text)
    let offset = index.map { text.distance(from: text.startIndex, to: $0) }
    guard let offset, let at = text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex), at < text.endIndex else {
      return "\(problem) at offset: \(String(describing: offset)), value: \(value)"
    }
    var number = 0
    var start = text.startIndex
    var end = text.startIndex
    var contentsEnd = text.startIndex
    text.getLineStart(&start, end: &end, contentsEnd: &contentsEnd, for: text.startIndex..<text.startIndex)
    while end <= at && end < text.endIndex {
      number += 1
      text.getLineStart(&start, end: &end, contentsEnd: &contentsEnd, for: end..<end)
    }
    let column = text.utf16.distance(from: start.samePosition(in: text.utf16)!, to: at.samePosition(in: text.utf16)!)
    var contents = String(text[start..<end])
    if !(contents.unicodeScalars.last.map(CharacterSet.newlines.contains) ?? false) { contents += "\n" }
    return "\(number + 1):\(column + 1): error: reader: \(problem):\n" + contents + String(repeating: " ", count: column) + "^"
  }
}
