import Foundation
import Testing
@testable import YearbookKit

/// `Publisher.update` with the record of the last update: it compares in memory, yet rewrites
/// what was changed or deleted behind its back and removes what left the site.
@Suite struct PublishedRecordTests {

  func inode(_ url: URL) throws -> Int {
    try #require(FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int)
  }

  let site = [OutputFile(path: "a.html", text: "a"), OutputFile(path: "en/b.html", text: "bb"), OutputFile(path: "data/c.csv", text: "c")]

  /// `record` as if the last update had been ten seconds later: every stamp in it is settled.
  func settled(_ record: PublishedRecord) -> PublishedRecord {
    var record = record
    record.seen.tv_sec += 10
    return record
  }

  /// The site published into `output`, and its record, settled.
  func publishedAndSettled(in output: URL) throws -> PublishedRecord {
    var record = PublishedRecord()
    _ = try Publisher.update(site, in: output.path, record: &record)
    return settled(record)
  }

  @Test func nothingChangedWritesNothing() throws {
    let output = try Fixture.temporaryFolder("record")
    defer { try? FileManager.default.removeItem(at: output) }
    var record = PublishedRecord()
    #expect(try Publisher.update(site, in: output.path, record: &record) == PublishSummary(written: ["a.html", "en/b.html", "data/c.csv"]))
    let kept = try inode(output.appendingPathComponent("en/b.html"))
    // Just written, the files are compared on disk; then, settled, in memory.
    #expect(try Publisher.update(site, in: output.path, record: &record) == PublishSummary(unchanged: 3))
    record = settled(record)
    #expect(try Publisher.update(site, in: output.path, record: &record) == PublishSummary(unchanged: 3))
    #expect(try inode(output.appendingPathComponent("en/b.html")) == kept)
  }

  /// With a settled record the disk is not read: a record that (falsely) holds other bytes
  /// than the disk, under the disk's own stamp, is believed. This is what makes an update
  /// cost a stat per file.
  @Test func aSettledRecordIsComparedInMemory() throws {
    let output = try Fixture.temporaryFolder("record")
    defer { try? FileManager.default.removeItem(at: output) }
    var record = try publishedAndSettled(in: output)
    record.files["a.html"]?.bytes = Array("A".utf8)
    let changed = [OutputFile(path: "a.html", text: "A")] + site.dropFirst()
    #expect(try Publisher.update(changed, in: output.path, record: &record) == PublishSummary(unchanged: 3))
    #expect(try String(contentsOf: output.appendingPathComponent("a.html"), encoding: .utf8) == "a")
  }

  @Test func aFileChangedOrDeletedBehindItsBackIsRewritten() throws {
    let output = try Fixture.temporaryFolder("record")
    defer { try? FileManager.default.removeItem(at: output) }
    var record = try publishedAndSettled(in: output)
    // Same size, other bytes, as an editor saves (a new file renamed over the old): only the
    // stamp tells.
    try Data("x".utf8).write(to: output.appendingPathComponent("a.html"), options: .atomic)
    try FileManager.default.removeItem(at: output.appendingPathComponent("data/c.csv"))
    #expect(
      try Publisher.update(site, in: output.path, record: &record) == PublishSummary(written: ["a.html", "data/c.csv"], unchanged: 1))
    #expect(try String(contentsOf: output.appendingPathComponent("a.html"), encoding: .utf8) == "a")
    #expect(try String(contentsOf: output.appendingPathComponent("data/c.csv"), encoding: .utf8) == "c")
  }

  @Test func filesDroppedFromTheSiteAreRemoved() throws {
    let output = try Fixture.temporaryFolder("record")
    defer { try? FileManager.default.removeItem(at: output) }
    var record = try publishedAndSettled(in: output)
    // b.html leaves the site; c.csv leaves it too but was already deleted by someone else.
    try FileManager.default.removeItem(at: output.appendingPathComponent("data/c.csv"))
    let smaller = [site[0]]
    #expect(try Publisher.update(smaller, in: output.path, record: &record) == PublishSummary(unchanged: 1, removed: ["en/b.html"]))
    // `en` went with its last file; `data` was emptied by someone else, and is left as it is.
    #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == ["a.html", "data"])
    #expect(record.files.keys.sorted() == ["a.html"])
  }

  @Test func anotherFolderOrAFailureStartsTheRecordAfresh() throws {
    let root = try Fixture.temporaryFolder("record")
    defer { try? FileManager.default.removeItem(at: root) }
    var record = PublishedRecord()
    _ = try Publisher.update(site, in: root.appendingPathComponent("one").path, record: &record)
    // A stray file in the second folder is found by the walk a fresh record makes.
    let two = root.appendingPathComponent("two")
    try FileManager.default.createDirectory(at: two, withIntermediateDirectories: true)
    try Data("s".utf8).write(to: two.appendingPathComponent("stray.html"))
    let summary = try Publisher.update(site, in: two.path, record: &record)
    #expect(summary == PublishSummary(written: ["a.html", "en/b.html", "data/c.csv"], removed: ["stray.html"]))
    // The folder replaced by a file: the update fails, and the record is emptied.
    try FileManager.default.removeItem(at: two)
    try Data("not a folder".utf8).write(to: two)
    #expect(throws: Publisher.Failure.self) { try Publisher.update(site, in: two.path, record: &record) }
    #expect(record.output == nil && record.files.isEmpty)
  }
}
