import Foundation
import Testing

@testable import Markdown

/// Markdown nested past `MarkdownLimits` is refused at its line and column before anything walks
/// it; Markdown nested up to the limit is converted, rendered and freed on a thread with a
/// 512 KiB stack.
@Suite struct MarkdownLimitTests {
  let limit = MarkdownLimits.maximumDepth

  /// Shapes whose innermost text is `depth` levels below the document (a top-level
  /// paragraph is 1, its text 2), each mixing the containers differently.
  func nested(_ depth: Int) -> [String: String] {
    let half = depth / 2
    return [
      "block quotes": String(repeating: "> ", count: depth - 2) + "b",
      // A list and its item are two levels.
      "lists": String(repeating: "- ", count: (depth - 2) / 2) + (depth % 2 == 0 ? "" : "> ") + "b",
      "emphasis": String(repeating: "*a ", count: depth - 2) + "b" + String(repeating: " a*", count: depth - 2),
      "links in emphasis": String(repeating: "*a ", count: depth - 3) + "[b](u)" + String(repeating: " a*", count: depth - 3),
      "quotes then emphasis": String(repeating: "> ", count: half) + String(repeating: "*a ", count: depth - half - 2)
        + "b" + String(repeating: " a*", count: depth - half - 2),
    ]
  }

  /// Runs `body` on a thread with a 512 KiB stack (a secondary thread's size on macOS) and waits.
  func onSmallStack(_ body: @escaping @Sendable () -> Void) {
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      body()
      done.signal()
    }
    thread.stackSize = 512 * 1024
    thread.start()
    done.wait()
  }

  @Test func theDeepestAcceptedNestingIsConvertedRenderedAndFreedOnASmallStack() {
    for (name, source) in nested(limit) {
      let parsed = MarkdownParser.parse(source)
      #expect(parsed.refusal == nil, "\(name)")
      #expect(parsed.document != .document([]), "\(name)")
    }
    onSmallStack {
      for (_, source) in nested(limit) {
        let parsed = MarkdownParser.parse(source)
        let html = HTMLRenderer().render(parsed.document).html
        precondition(html.contains("b"))
        precondition(parsed.document.plainText.contains("b"))
      }
    }
  }

  @Test func oneLevelMoreIsRefusedAtTheElementWithItsDepth() throws {
    for (name, source) in nested(limit + 1) {
      let parsed = MarkdownParser.parse("Intro\n\n" + source, lineOffset: 4)
      let refusal = try #require(parsed.refusal, "\(name)")
      #expect(refusal.reason == .nesting(depth: limit + 1), "\(name)")
      #expect(refusal.at.line == 7, "\(name)")
      #expect(parsed.document == .document([]), "\(name)")
    }
    // The first node too deep is met in document order: here the text of the 127th emphasis,
    // after a prefix of three characters and seven bytes.
    let emphasis = MarkdownParser.parse("中文 " + String(repeating: "*a ", count: limit) + "b" + String(repeating: " a*", count: limit))
    #expect(emphasis.refusal?.at == SourcePosition(line: 1, column: 3 + 3 * (limit - 2) + 2))
  }


  @Test func aLineOpeningThousandsOfBlocksIsRefusedBeforeParsing() throws {
    let prefix = MarkdownLimits.maximumLinePrefix
    // Source, levels on the line, and the column where they pass the limit: each `>` or list
    // marker is a level, each two spaces one more.
    let cases: [(String, Int, Int)] = [
      // At the space after the 86th `>`, 86 + 43 levels: column 172.
      (String(repeating: "> ", count: 50_000) + "a", 75_000, prefix + 44),
      (String(repeating: "- ", count: 50_000) + "x" + String(repeating: "\n", count: 50_000), 75_000, prefix + 44),
      (String(repeating: ">", count: 50_000) + String(repeating: "a*", count: 50_000), 50_000, prefix + 1),
      // At the space after the 86th "1.", 86 + 43 levels: column 3 × 86.
      (String(repeating: "1. ", count: 50_000) + "x", 75_000, 2 * prefix + 2),
      (String(repeating: " ", count: 2 * prefix + 2) + "x", prefix + 1, 2 * prefix + 2),
    ]
    for (source, levels, column) in cases {
      let refusal = try #require(MarkdownParser.parse("a\n\n" + source, lineOffset: 1).refusal)
      #expect(refusal.reason == .linePrefix(levels: levels))
      #expect(refusal.at == SourcePosition(line: 4, column: column))
    }
    // Up to the limit the line is parsed, and its depth then counted exactly: 85 block
    // quotes are 127 levels here, but too deep for a tree.
    let wide = MarkdownParser.parse(String(repeating: "> ", count: 85) + "a")
    #expect(wide.refusal == MarkdownRefusal(.nesting(depth: limit + 1), at: SourcePosition(line: 1, column: 2 * limit + 1)))
    // Thematic breaks, emphasis and numbers at a line's start are no markers.
    #expect(MarkdownParser.parse(String(repeating: "-", count: 1000) + "\n\n" + String(repeating: "*", count: 1000) + "x").refusal == nil)
  }

  @Test func aParagraphOfManyImageOpenersAndClosersIsRefused() throws {
    let refusal = try #require(MarkdownParser.parse("a\n\nb\n" + String(repeating: "![[]()", count: 50_000)).refusal)
    #expect(refusal.reason == .brackets(images: 50_000, closers: 50_000))
    #expect(refusal.at == SourcePosition(line: 3, column: 1))
    // Split by blank lines, the same brackets are read.
    let split = (0..<50).map { _ in String(repeating: "![[]()", count: 1000) }.joined(separator: "\n\n")
    #expect(MarkdownParser.parse(split).refusal == nil)
  }

  @Test func positionsOnALongLineCountCharactersFromItsStart() {
    var links: [(String, Int, Int)] = []
    let renderer = HTMLRenderer(linkHook: { destination, _, at in
      links.append((destination, at.line, at.column))
      return ""
    })
    let line = (0..<200).map { "é中\u{301}👍🏽 [\($0)](#\($0)) " }.joined()
    _ = renderer.render(MarkdownParser.parse("# t\n\n" + line + "\n\n> [x](#y) and [z](#w)").document)
    var expected: [(String, Int, Int)] = []
    var column = 1
    for i in 0..<200 {
      column += "é中\u{301}👍🏽 ".count
      expected.append(("#\(i)", 3, column))
      column += "[\(i)](#\(i)) ".count
    }
    expected += [("#y", 5, 3), ("#w", 5, 15)]
    #expect(links.map(\.0) == expected.map(\.0))
    #expect(links.map { [$0.1, $0.2] } == expected.map { [$0.1, $0.2] })
  }

  @Test func manyEqualHeadingsGetTheIDsOfTheSimpleRule() {
    let source = (0..<3000).map { $0 % 7 == 3 ? "# h-\($0 / 2)\n" : "# h\n" }.joined()
    let ids = HTMLRenderer().render(MarkdownParser.parse(source).document).headings.map(\.id)
    // The rule: the slug, else the slug with the smallest suffix from 2 not taken yet.
    var used: Set<String> = []
    var expected: [String] = []
    for slug in (0..<3000).map({ $0 % 7 == 3 ? "h-\($0 / 2)" : "h" }) {
      var candidate = slug
      var n = 2
      while used.contains(candidate) {
        candidate = "\(slug)-\(n)"
        n += 1
      }
      used.insert(candidate)
      expected.append(candidate)
    }
    #expect(ids == expected)
  }
}
