import Foundation
import Testing
import Yams

@testable import YearbookKit

/// `YAMLParser` against what it replaced, `Yams.compose(yaml:_, .basic, …)`: on every YAML
/// file of the report and on a set of awkward texts, the same tree (shape, text, tag, place)
/// or the same finding.
@Suite struct YAMLParserComparisonTests {
  /// The tree as `YAMLParserTests.shape` writes it, or the finding, read by `YAMLParser`.
  func ours(_ text: String) -> String {
    var reader = YAMLReader(path: "x.yaml", lineOffset: 1)
    guard let node = reader.root(of: text) else { return reader.diagnostics.map(\.description).joined(separator: "\n") }
    return YAMLParserTests().shape(node.line == 0 ? nil : node)
  }

  /// The same through Yams, its errors reported as `YAMLReader.root` reported them.
  func theirs(_ text: String) -> String {
    do {
      return shape(try Yams.compose(yaml: text, .basic, .default, .utf8))
    } catch let error as YamlError {
      var at = SourceLocation(path: "x.yaml", line: 2, column: 1)
      var problem = "\(error)"
      switch error {
      case .scanner(_, let p, let mark, _), .parser(_, let p, let mark, _), .composer(_, let p, let mark, _):
        at = SourceLocation(path: "x.yaml", line: mark.line + 1, column: mark.column)
        problem = p
      case .duplicatedKeysInMapping(let duplicates, let context):
        at = SourceLocation(path: "x.yaml", line: context.mark.line + 1, column: context.mark.column)
        problem = "duplicated key \(duplicates.joined(separator: ", "))"
      default: break
      }
      return Diagnostic(.error, at: at, rule: "yaml-syntax", "YAML syntax: \(problem)").description
    } catch {
      return "\(error)"
    }
  }

  func shape(_ node: Yams.Node?) -> String {
    guard let node else { return "none" }
    let plain: Set<String> = [Tag.Name.str.rawValue, Tag.Name.seq.rawValue, Tag.Name.map.rawValue]
    let tag = plain.contains(node.tag.rawValue) ? "" : "!<\(node.tag.rawValue)>"
    let at = "@\(node.mark!.line):\(node.mark!.column)"
    switch node {
    case .scalar(let scalar): return "\(tag)'\(scalar.string)'\(at)"
    case .sequence(let items): return "\(tag)[\(items.map(shape).joined(separator: ", "))]\(at)"
    case .mapping(let pairs): return "\(tag){\(pairs.map { "\(shape($0.key)): \(shape($0.value))" }.joined(separator: ", "))}\(at)"
    case .alias: return "alias"
    }
  }

  static let awkward = [
    "", "# nothing\n", "---\n", "--- a\n...\n", "a: 1\n---\nb: 2\n", "a: 1\n--- [\n",
    "a: b: c\n", "a: [b\n", "a: {b: c\n", "a:\n\tb: c\n", "a: 1\n b: 2\n", "- a\nb: c\n", "a: 'b\n", "a: \"\\q\"\n",
    "a: &x [1, 2]\nb: *x\n", "a: *x\n", "a: &s [*s]\n", "&a a: *a\n", "a: &x 1\nb: &x 2\nc: *x\n",
    "a: 1\na: 2\n", "b: 1\na: 2\nb: 3\na: 4\n", "{x: 1, 'x': 2}", "a: 1\n!!str a: 2\n", "1: a\n!!int 1: b\n",
    "o: {i: 1, i: 2}\no: 3\n",
    "x: &k a\n*k : 1\na: 2\n", "a: !!str 12\nb: ! 'c'\nc: !!int 1\nd: !custom {}\ne: !!seq []\nf: !!map {}\ng: ! [x]\n",
    "%TAG !e! tag:example.com,2000:\n---\na: !e!thing x\n", "a: |\n  x\n  y\nb: >-\n  z\n  w\n", "合计: 西部地区\n'引号': \"转义\\u00e9\"\n",
    "a: \u{1}\n", "a: 1\nb: x\u{7f}y\n", "\u{feff}a: 1\n", "a: 1\r\nb: 2\r\n", "[a, b, {c: d}]\n", "'just text'\n",
    "a:\n- 1\n- - 2\n  - 3\n", "a: {b: [c, {d: e}], f: g}\n", "? a\n? b\n: c\n", "a: null\nb: ~\nc:\n", "e\u{301}: 1\n\u{e9}: 2\n",
    "a: \"\\uFEFFx\"\n", "a: '\u{feff}y'\n", "a: \"\\uFEFF\\uFEFFz\"\n", "\"\\uFEFFk\": 1\nk: 2\n", "a: \"x\\0y\"\n", "a: \"\\xFF\"\n",
    "b: c\u{feff}\n",
  ]

  @Test func awkwardTextsReadAsYamsReadThem() {
    for text in Self.awkward {
      #expect(ours(text) == theirs(text), "\(text.debugDescription)")
    }
  }

  /// Yams takes a list or mapping as a key; no file of ours has a use for one, and comparing
  /// such keys for duplicates is where aliases made Yams' way of reading take for ever.
  @Test func aListOrMappingAsAKeyIsRefusedWhereYamsTookIt() {
    let refused = "YAML syntax: found a list or mapping as a key; a key must be a single value [yaml-syntax]"
    for (text, at) in [
      ("? [a, b]\n: 1\n", "2:3"), ("? {k: v}\n: 1\n", "2:3"), ("a: 1\n? [b]\n: 2\n", "3:3"),
      ("x: &k [a]\n*k : 1\n", "3:1"), ("{[a]: b}", "2:2"),
    ] {
      #expect(theirs(text).hasPrefix("{"), "Yams takes \(text.debugDescription)")
      #expect(ours(text) == "x.yaml:\(at): error: \(refused)", "\(text.debugDescription)")
    }
  }

  @Test func everyYAMLFileOfTheReportReadsAsYamsReadIt() throws {
    let root = Fixture.repository.path
    let files = ContentReader.read(content: "\(root)/Content", templates: "\(root)/Templates").0
    let schemas = files.schemas + [files.site, files.errata].compactMap { $0 }
    let fronts = files.chapters.compactMap { ChapterParser.frontMatter($0.text).map { String($0.yaml) } }
    try #require(schemas.count > 10 && fronts.count > 10)
    for text in schemas.map(\.text) + fronts {
      #expect(ours(text) == theirs(text))
    }
  }
}
