import Foundation
import Testing
@testable import YearbookKit

/// What `publish` (build) and `update` (serve) write, keep and remove.
@Suite struct PublisherSummaryTests {

  func inode(_ url: URL) throws -> Int {
    try #require(FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int)
  }

  @Test func publishWritesOnlyWhatChangedAndKeepsTheRestAsItWas() throws {
    let root = try Fixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let output = root.appendingPathComponent("Output")
    let first = try Publisher.publish(
      [OutputFile(path: "a.html", text: "a"), OutputFile(path: "en/b.html", text: "b"), OutputFile(path: "old.csv", text: "o")],
      to: output.path)
    #expect(first == PublishSummary(written: ["a.html", "en/b.html", "old.csv"], unchanged: 0, removed: []))
    let kept = try inode(output.appendingPathComponent("en/b.html"))
    let second = try Publisher.publish([OutputFile(path: "a.html", text: "A"), OutputFile(path: "en/b.html", text: "b")], to: output.path)
    #expect(second == PublishSummary(written: ["a.html"], unchanged: 1, removed: ["old.csv"]))
    // The unchanged file is the same file (hard-linked into the new output), not a copy.
    #expect(try inode(output.appendingPathComponent("en/b.html")) == kept)
    #expect(try String(contentsOf: output.appendingPathComponent("a.html"), encoding: .utf8) == "A")
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".Output.lock", "Output"])
  }

  @Test func updateRewritesChangedFilesInPlaceAndRemovesWhatIsGone() throws {
    let root = try Fixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let output = root.appendingPathComponent("Preview")
    let first = try Publisher.update([OutputFile(path: "a.html", text: "a"), OutputFile(path: "data/x.csv", text: "x")], in: output.path)
    #expect(first == PublishSummary(written: ["a.html", "data/x.csv"]))
    try Data().write(to: output.appendingPathComponent(".gitkeep"))
    let kept = try inode(output.appendingPathComponent("a.html"))
    let second = try Publisher.update([OutputFile(path: "a.html", text: "a"), OutputFile(path: "en/c.html", text: "c")], in: output.path)
    #expect(second == PublishSummary(written: ["en/c.html"], unchanged: 1, removed: ["data/x.csv"]))
    #expect(try inode(output.appendingPathComponent("a.html")) == kept)
    #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == [".gitkeep", "a.html", "en"])
    let third = try Publisher.update([OutputFile(path: "a.html", text: "a2"), OutputFile(path: "en/c.html", text: "c")], in: output.path)
    #expect(third.written == ["a.html"] && third.unchanged == 1)
    #expect(try String(contentsOf: output.appendingPathComponent("a.html"), encoding: .utf8) == "a2")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == [".gitkeep", "a.html", "en"], "no partial file left")
  }
}
