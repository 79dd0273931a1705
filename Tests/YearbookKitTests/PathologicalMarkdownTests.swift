import Foundation
import Markdown
import Testing

@testable import YearbookKit

/// A chapter ending in one of libcmark's pathological inputs (its test/pathological_tests.py,
/// and more of the same kinds) at 50,000 repetitions goes through the whole pipeline and
/// ends cleanly: read as Markdown, or refused with an error at the chapter file's line. The
/// time limit only catches a hang; scripts/pathological-inputs.py measures time and memory.
@Suite(.timeLimit(.minutes(10))) struct PathologicalMarkdownTests {
  enum Outcome: Equatable {
    /// Read as Markdown: no finding of the Markdown limits.
    case read
    /// Refused by `rule` at this line of the input (1 for its first line).
    case refused(String, line: Int)
  }

  /// Each input, generated here, and what must come of it.
  static func cases(_ n: Int) -> [(name: String, text: String, outcome: Outcome)] {
    func r(_ s: String, _ count: Int) -> String { String(repeating: s, count: count) }
    return [
      ("nested block quotes", r("> ", n) + "a", .refused("nesting", line: 1)),
      ("nested block quotes without spaces", r(">", n) + "a", .refused("nesting", line: 1)),
      ("emphasis in deep block quotes", r(">", n) + r("a*", n), .refused("nesting", line: 1)),
      ("nested lists on one line", r("- ", n) + "x", .refused("nesting", line: 1)),
      ("nested lists and blank lines", r("- ", n) + "x" + r("\n", n), .refused("nesting", line: 1)),
      ("nested lists in a block quote", "> " + r("- ", n) + "x\n" + r(">\n", n), .refused("nesting", line: 1)),
      ("nested ordered lists", r("1. ", n) + "x", .refused("nesting", line: 1)),
      // Looked at before parsing: the 129th line starts with 128 levels of indentation and a marker.
      ("nested lists by indentation", (0..<1000).map { r("  ", $0) + "* a\n" }.joined(), .refused("nesting", line: 129)),
      ("nested strong emphasis", r("*a **a ", n) + "b" + r(" a** a*", n), .refused("nesting", line: 1)),
      ("nested inlines", r("*", n) + "a" + r("*", n), .refused("nesting", line: 1)),
      ("emphasis closers without openers", r("a_ ", n), .read),
      ("emphasis openers without closers", r("_a ", n), .read),
      ("mismatched openers and closers", r("*a_ ", n), .read),
      ("openers and closers multiple of 3", "a**b" + r("c* ", n), .read),
      ("cmark issue 389", r("*a ", n) + r("_a*_ ", n), .refused("nesting", line: 1)),
      ("emphasis runs a*", r("a*", n), .read),
      ("emphasis runs a_", r("a_", n), .read),
      ("link closers without openers", r("a]", n), .read),
      ("link openers without closers", r("[a", n), .read),
      ("link openers and emphasis closers", r("[ a_", n), .read),
      ("nested brackets", r("[", n) + "a" + r("]", n), .read),
      ("nested links", r("[a ", n) + r("](u)", n), .read),
      ("nested images", r("![", n) + "a" + r("](u)", n), .refused("brackets", line: 1)),
      ("pattern [ (](", r("[ (](", n), .read),
      ("pattern ![[]()", r("![[]()", n), .refused("brackets", line: 1)),
      ("unclosed links with <", r("[a](<b", n), .read),
      ("unclosed links", r("[a](b", n), .read),
      ("unclosed <", r("<", n), .read),
      ("unclosed [", r("[", n), .read),
      ("unclosed ![", r("![", n), .read),
      ("unclosed <!--", "</" + r("<!--", n), .read),
      ("nested ( in a link destination", "[a](" + r("(", n) + "b" + r(")", n) + ")", .read),
      ("backtick runs", (1..<2500).map { "e" + r("`", $0) }.joined(), .read),
      ("one long backtick run", r("`", n) + "a" + r("`", n - 1), .read),
      ("many link reference definitions", (0..<n).map { "[\($0)]: u\n" }.joined() + r("[0] ", n), .read),
      ("many links on one line", r("[a](b) ", n), .read),
      ("many equal headings", r("# h\n", n), .read),
      ("U+0000", r("abc\0de\0", n), .read),
    ]
  }

  /// The report's files, with `text` after the English overview's body.
  func files(appending text: String) -> (files: ContentFiles, firstLine: Int) {
    var files = Fixture.files()
    let index = files.chapters.firstIndex { $0.path.hasSuffix("overview.en.md") }!
    let chapter = files.chapters[index]
    let firstLine = chapter.text.split(separator: "\n", omittingEmptySubsequences: false).count + 1
    files.chapters[index] = SourceFile(path: chapter.path, text: chapter.text + "\n" + text + "\n")
    return (files, firstLine)
  }

  @Test(arguments: cases(50_000).map(\.name))
  func endsCleanly(_ name: String) {
    let (_, text, outcome) = Self.cases(50_000).first { $0.name == name }!
    let (files, firstLine) = files(appending: text)
    let findings = Yearbook.build(files).diagnostics.filter { $0.rule == "nesting" || $0.rule == "brackets" }
    switch outcome {
    case .read:
      #expect(findings.isEmpty, "\(findings)")
    case .refused(let rule, let line):
      #expect(findings.count == 1)
      let finding = findings.first
      #expect(finding?.severity == .error)
      #expect(finding?.rule == rule)
      #expect(finding?.location.path == "Content/chapters/overview.en.md")
      #expect(finding?.location.line == firstLine + line - 1)
      #expect((finding?.location.column ?? 0) >= 1)
      // The message names the limit passed.
      let limits = [MarkdownLimits.maximumDepth, MarkdownLimits.maximumLinePrefix, MarkdownLimits.maximumBracketPairs]
      #expect(limits.contains { finding?.message.contains("at most \($0)") == true || finding?.message.contains("more than \($0)") == true })
    }
  }

  /// Markdown nested as deep as `MarkdownLimits` lets it, in every kind of container, with
  /// cross-references and links at the bottom.
  static func deepest() -> String {
    let depth = MarkdownLimits.maximumDepth
    func r(_ s: String, _ count: Int) -> String { String(repeating: s, count: count) }
    return [
      r("> ", depth - 2) + "b",
      r("- ", (depth - 2) / 2) + "b",
      r("*a ", depth - 3) + "[](#types-pie)" + r(" a*", depth - 3),
      r("**a ", depth - 3) + "[b](#main-points)" + r(" a**", depth - 3),
      r("> ", depth / 2) + r("*a ", depth - depth / 2 - 3) + "[b](overview.html)" + r(" a*", depth - depth / 2 - 3),
    ].joined(separator: "\n\n")
  }

  @Test func theDeepestMarkdownAcceptedGoesThroughThePipelineOnASmallStack() throws {
    let (files, _) = files(appending: Self.deepest())
    let done = DispatchSemaphore(value: 0)
    nonisolated(unsafe) var findings: [Diagnostic] = []
    nonisolated(unsafe) var walked = 0
    // Every walk of the tree runs on a thread with a 512 KiB stack (a secondary thread's size
    // on macOS): conversion, checks, placements, links, rendering, comparing and freeing.
    let thread = Thread {
      let result = Yearbook.build(files)
      let (report, _) = ReportParser.parse(files)
      if let report, let chapter = report.chapters.first(where: { $0.location.path.hasSuffix("overview.en.md") }) {
        walked = LinkCollector.links(in: chapter.body).count + ChapterSections(chapter.body).sections.count
        _ = Validator.check(report)
        precondition(chapter.body == chapter.body)
      }
      findings = result.diagnostics
      done.signal()
    }
    thread.stackSize = 512 * 1024
    thread.start()
    done.wait()
    #expect(findings.filter { $0.severity == .error }.isEmpty, "\(findings)")
    #expect(walked > 3)
  }
}
