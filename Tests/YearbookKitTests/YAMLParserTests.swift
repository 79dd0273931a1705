import Testing
@testable import YearbookKit

/// `YAMLParser` composes libyaml's events as Yams did: these pin the tree, the places and the
/// refusals, word for word. (`YAMLParserComparisonTests` checks the same against Yams itself.)
@Suite struct YAMLParserTests {
  /// The tree in one line: `'text'@line:column`, `[…]`, `{key: value}`, with a tag when it is not the plain one.
  func shape(_ node: YAMLNode?) -> String {
    guard let node else { return "none" }
    let tag = node.tag.map { "!<\($0)>" } ?? ""
    let at = "@\(node.line):\(node.column)"
    switch node.content {
    case .scalar(let text): return "\(tag)'\(text)'\(at)"
    case .sequence(let items): return "\(tag)[\(items.map(shape).joined(separator: ", "))]\(at)"
    case .mapping(let pairs): return "\(tag){\(pairs.map { "\(shape($0.key)): \(shape($0.value))" }.joined(separator: ", "))}\(at)"
    }
  }

  func parse(_ text: String) -> Result<String, YAMLParser.Failure> {
    do throws(YAMLParser.Failure) {
      return .success(shape(try YAMLParser.parse(text)))
    } catch {
      return .failure(error)
    }
  }

  /// What `YAMLReader` reports for `text` at a line offset, as the check prints it.
  func findings(_ text: String, lineOffset: Int = 0) -> [String] {
    var reader = YAMLReader(path: "x.yaml", lineOffset: lineOffset)
    _ = reader.root(of: text)
    return reader.diagnostics.map(\.description)
  }

  @Test func blockAndFlowCollectionsWithTheirPlaces() {
    #expect(
      parse("a: 1\nb:\n  - x\n  - 'y'\nc: {d: \"e\", f: [g]}\n")
        == .success(
          "{'a'@1:1: '1'@1:4, 'b'@2:1: ['x'@3:5, 'y'@4:5]@3:3, 'c'@5:1: {'d'@5:5: 'e'@5:8, 'f'@5:13: ['g'@5:17]@5:16}@5:4}@1:1"))
    // Columns count Unicode scalars, not bytes.
    #expect(parse("合计: 西部地区\n") == .success("{'合计'@1:1: '西部地区'@1:5}@1:1"))
    #expect(
      parse("text: |\n  line one\n  line two\nfolded: >\n  a\n  b\n")
        == .success(
          "{'text'@1:1: 'line one\nline two\n'@1:7, 'folded'@4:1: 'a b\n'@4:9}@1:1"))
  }

  @Test func tagsAreKeptOnlyWhenTheyAreNotThePlainOne() {
    #expect(
      parse("a: !!str 12\nb: ! 'c'\n!!int 1: d\nf: !!seq [g]\nh: !custom {}\n")
        == .success(
          "{'a'@1:1: '12'@1:4, 'b'@2:1: 'c'@2:4, !<tag:yaml.org,2002:int>'1'@3:1: 'd'@3:10, 'f'@4:1: ['g'@4:11]@4:4, 'h'@5:1: !<!custom>{}@5:4}@1:1"
        ))
  }

  @Test func anAliasIsACopyOfTheNodeItNames() {
    #expect(
      parse("x: &v {zh: 甲, en: A}\ny: *v\nz: &v 2\nw: *v\n")
        == .success(
          "{'x'@1:1: {'zh'@1:8: '甲'@1:12, 'en'@1:15: 'A'@1:19}@1:4, 'y'@2:1: {'zh'@1:8: '甲'@1:12, 'en'@1:15: 'A'@1:19}@1:4, 'z'@3:1: '2'@3:4, 'w'@4:1: '2'@3:4}@1:1"
        ))
    #expect(parse("a: *nope\n") == .failure(.syntax(problem: "found undefined alias", line: 1, column: 4)))
    // An anchor names its node once the node is complete, so it cannot hold itself.
    #expect(parse("a: &s [*s]\n") == .failure(.syntax(problem: "found undefined alias", line: 1, column: 8)))
  }

  @Test func noDocumentIsNoneAndASecondDocumentIsRefused() {
    #expect(parse("") == .success("none"))
    #expect(parse("# only a comment\n") == .success("none"))
    #expect(parse("---\n") == .success("''@2:1"))
    #expect(parse("a: 1\n---\nb: 2\n") == .failure(.syntax(problem: "but found another document", line: 2, column: 1)))
    #expect(parse("--- a\n...\n") == .success("'a'@1:5"))
  }

  @Test func duplicatedKeysAreRefusedAtTheFirstOfThem() {
    #expect(parse("a: 1\nb: 2\na: 3\n") == .failure(.duplicatedKeys(["a"], line: 1, column: 1)))
    // Every duplicated key, sorted, placed at the first (in that order) as first written.
    #expect(parse("b: 1\na: 2\nb: 3\na: 4\nc: 5\n") == .failure(.duplicatedKeys(["a", "b"], line: 2, column: 1)))
    #expect(parse("{x: 1, 'x': 2}") == .failure(.duplicatedKeys(["x"], line: 1, column: 2)))
    #expect(parse("a: 1\n!!str a: 2\n") == .failure(.duplicatedKeys(["a"], line: 1, column: 1)))
    // The innermost mapping is refused first, when it ends.
    #expect(parse("o: {i: 1, i: 2}\no: 3\n") == .failure(.duplicatedKeys(["i"], line: 1, column: 5)))
    // A key of another type is another key.
    #expect(parse("1: a\n!!int 1: b\n") == .success("{'1'@1:1: 'a'@1:4, !<tag:yaml.org,2002:int>'1'@2:1: 'b'@2:10}@1:1"))
    let many = (1...20).map { "k\($0): v" }.joined(separator: "\n") + "\nk7: again\n"
    #expect(parse(many) == .failure(.duplicatedKeys(["k7"], line: 7, column: 1)))
  }

  @Test func syntaxErrorsGiveLibyamlsProblemAndPlace() {
    #expect(parse("a: b: c\n") == .failure(.syntax(problem: "mapping values are not allowed in this context", line: 1, column: 5)))
    #expect(parse("aliases: {合计: 西部地区\n") == .failure(.syntax(problem: "did not find expected ',' or '}'", line: 2, column: 1)))
    #expect(parse("a:\n\tb: c\n") == .failure(.syntax(problem: "found character that cannot start any token", line: 2, column: 1)))
    #expect(parse("a: 1\n b: 2\n") == .failure(.syntax(problem: "mapping values are not allowed in this context", line: 2, column: 3)))
    #expect(parse("- a\nb: c\n") == .failure(.syntax(problem: "did not find expected '-' indicator", line: 2, column: 1)))
  }

  @Test func aByteOrderMarkThatStartsAScalarIsLeftOutAsYamsLeftItOut() {
    #expect(parse("a: \"\\uFEFF\\uFEFFx\"\nb: c\u{feff}\n") == .success("{'a'@1:1: '\u{feff}x'@1:4, 'b'@2:1: 'c\u{feff}'@2:4}@1:1"))
    #expect(parse("\"\\uFEFFk\": 1\nk: 2\n") == .failure(.duplicatedKeys(["k"], line: 1, column: 1)))
  }

  @Test func aControlCharacterIsAReaderError() {
    #expect(parse("a: 1\nb: x\u{1}y\n") == .failure(.reader("2:5: error: reader: control characters are not allowed:\nb: x\u{1}y\n    ^")))
  }

  @Test func theReaderTurnsFailuresIntoFindingsAtTheLineOffset() {
    #expect(findings("a: b: c\n") == ["x.yaml:1:5: error: YAML syntax: mapping values are not allowed in this context [yaml-syntax]"])
    #expect(
      findings("a: b: c\n", lineOffset: 1) == [
        "x.yaml:2:5: error: YAML syntax: mapping values are not allowed in this context [yaml-syntax]"
      ])
    #expect(findings("b: 1\na: 2\nb: 3\na: 4\n", lineOffset: 1) == ["x.yaml:3:1: error: YAML syntax: duplicated key a, b [yaml-syntax]"])
    #expect(
      findings("a: \u{7f}\n", lineOffset: 1) == [
        // The character itself is shown escaped.
        "x.yaml:2:1: error: YAML syntax: 1:4: error: reader: control characters are not allowed:\na: \\u{7F}\n   ^ [yaml-syntax]"
      ])
    #expect(findings("") == [])
  }

  @Test func keysAreFoundByTextOfTheStringType() throws {
    var reader = YAMLReader(path: "x.yaml")
    let node = reader.root(of: "a: 1\n'b': 2\n!!str c: 3\n!!int 4: 5\n\"4\": six\ne: 8\n")
    let root = YAMLFields(try #require(node))
    #expect(root["a"]?.text == "1")
    #expect(root["b"]?.text == "2")
    #expect(root["c"]?.text == "3")
    #expect(root["4"]?.text == "six")
    reader.rejectUnknownKeys(root, known: ["a", "b", "c"], in: "a test")
    #expect(
      reader.diagnostics.map(\.description) == [
        "x.yaml:4:1: error: unknown key '4' in a test; expected one of a, b, c [unknown-key]",
        "x.yaml:5:1: error: unknown key '4' in a test; expected one of a, b, c [unknown-key]",
        "x.yaml:6:1: error: unknown key 'e' in a test; expected one of a, b, c [unknown-key]",
      ])
  }

  @Test func aMappingReadsAsTextThroughItsValueKey() {
    #expect(YAMLFields(try! YAMLParser.parse("a: {!!value =: text, b: c}\n")!)["a"]?.string == "text")
    #expect(YAMLFields(try! YAMLParser.parse("a: {=: text}\n")!)["a"]?.string == nil)
  }
}
