import Testing

@testable import YearbookKit

/// Hostile YAML, generated here: alias bombs and deep nesting end in an error at the value
/// that crosses `YAMLParser.Limits`, at once, rather than in minutes of work, gigabytes or a
/// stack overflow. The time limits only catch a hang.
@Suite(.timeLimit(.minutes(1))) struct YAMLLimitTests {
  /// The failure for `text`, or nil if it reads.
  func failure(_ text: String) -> YAMLParser.Failure? {
    do throws(YAMLParser.Failure) {
      _ = try YAMLParser.parse(text)
      return nil
    } catch {
      return error
    }
  }

  /// The text from `line`:`column` (1-based, columns in Unicode scalars) to the end of the line.
  func text(_ text: String, at line: Int, _ column: Int) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard line >= 1, line <= lines.count else { return "" }
    return String(String.UnicodeScalarView(lines[line - 1].unicodeScalars.dropFirst(column - 1)))
  }

  /// The classic bomb: nine lists of ten aliases to the list before, 10⁹ values in 1 KB.
  static let laughs: String = {
    var text = "l0: &l0 [" + Array(repeating: "lol", count: 10).joined(separator: ", ") + "]\n"
    for level in 1...9 { text += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
    return text
  }()

  @Test func theClassicBombStopsAtTheAliasThatCrossesTheLimit() throws {
    guard case .limit(let problem, let line, let column) = failure(Self.laughs) else {
      Issue.record("not refused for its size: \(String(describing: failure(Self.laughs)))")
      return
    }
    #expect(problem == "more than 1000000 values once aliases are expanded (each alias counts the values it repeats)")
    #expect(problem == YAMLParser.Limits.tooManyValues)
    // 10⁶ values are reached within l5, at its eighth alias (each repeats 111,111 values).
    #expect(line == 6)
    #expect(column == 10 + 7 * 5)
    #expect(text(Self.laughs, at: line, column).hasPrefix("*l4"))
  }

  @Test func theBombReadsAsAFindingAtItsPlace() {
    var reader = YAMLReader(path: "Content/site.yaml")
    #expect(reader.root(of: Self.laughs) == nil)
    #expect(reader.diagnostics.map(\.rule) == ["yaml-limit"])
    #expect(reader.diagnostics.first?.description.hasPrefix("Content/site.yaml:6:") == true)
    #expect(reader.diagnostics.first?.message.hasPrefix("YAML too large: more than 1000000 values") == true)
  }

  @Test func anAliasChainUsedAsKeysIsRefusedAtTheFirstListOrMappingKey() throws {
    // Twelve mappings, each with the one before as two (duplicated) keys: Yams compares the
    // keys in full, 2¹² times over.
    var text = "k0: &k0 {a: 1}\n"
    for level in 1...12 { text += "k\(level): &k\(level) {? *k\(level - 1) : 1, ? *k\(level - 1) : 2}\n" }
    text += "? *k12\n: 1\n? *k12\n: 2\n"
    #expect(failure(text) == .syntax(problem: "found a list or mapping as a key; a key must be a single value", line: 2, column: 12))
    #expect(self.text(text, at: 2, 12).hasPrefix("*k0"))
  }

  @Test func deepFlowAndBlockNestingStopsAtTheLimit() {
    let tooDeep = YAMLParser.Failure.limit(problem: YAMLParser.Limits.tooDeep, line: 1, column: 101)
    #expect(failure(String(repeating: "[", count: 150) + String(repeating: "]", count: 150)) == tooDeep)
    #expect(
      failure(String(repeating: "{a: ", count: 150) + "b" + String(repeating: "}", count: 150))
        == .limit(problem: YAMLParser.Limits.tooDeep, line: 1, column: 401))
    // Far deeper, libyaml may see the nesting ahead and stop first, where the nesting starts:
    // at the latest, at the opening of the level that crosses the limit.
    let depth = 200_000
    for (text, crossing) in [
      (String(repeating: "[", count: depth) + String(repeating: "]", count: depth), 101),
      (String(repeating: "{a: ", count: depth) + "b" + String(repeating: "}", count: depth), 401),
      ("a: " + String(repeating: "[", count: depth), 103), ("[" + String(repeating: "{x: [", count: depth), 251),
    ] {
      guard case .limit(YAMLParser.Limits.tooDeep, 1, let column) = failure(text) else {
        Issue.record("\(text.prefix(12))… not refused: \(String(describing: failure(text)))")
        continue
      }
      #expect((1...crossing).contains(column), "\(text.prefix(12))…")
    }
    // Block mappings and lists, one level a line.
    for (item, line) in [("a:", 101), ("-", 101)] {
      let block = (0..<2_000).map { String(repeating: " ", count: $0) + item }.joined(separator: "\n") + " x\n"
      guard case .limit(YAMLParser.Limits.tooDeep, let at, _) = failure(block) else {
        Issue.record("\(item) nesting not refused: \(String(describing: failure(block)))")
        continue
      }
      #expect(at == line)
    }
  }

  @Test func nestingThroughAliasesCountsToo() {
    // Each list holds the one before inside 50 brackets: the third is over 100 deep.
    var text = "a0: &a0 x\n"
    for level in 1...50 {
      text += "a\(level): &a\(level) " + String(repeating: "[", count: 50) + "*a\(level - 1)" + String(repeating: "]", count: 50) + "\n"
    }
    guard case .limit(let problem, let line, let column) = failure(text) else {
      Issue.record("deep aliases not refused: \(String(describing: failure(text)))")
      return
    }
    #expect(problem == YAMLParser.Limits.tooDeep)
    #expect(line == 3)
    #expect(self.text(text, at: line, column).hasPrefix("*a1"))
  }

  @Test func aRealSizedDocumentWithAliasesReads() {
    // Well under the limits: 60 nested levels, and aliases repeating 900,000 values.
    let nested = String(repeating: "[", count: 60) + "x" + String(repeating: "]", count: 60)
    #expect(failure(nested) == nil)
    var text = "a: &a [" + Array(repeating: "v", count: 999).joined(separator: ", ") + "]\n"
    text += "b: [" + Array(repeating: "*a", count: 899).joined(separator: ", ") + "]\n"
    #expect(failure(text) == nil)
  }
}
