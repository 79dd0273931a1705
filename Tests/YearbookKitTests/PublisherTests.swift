import Foundation
import Testing
@testable import YearbookKit

@Suite struct PublisherTests {

  @Test func replacesTheOutputWholeAndKeepsHiddenFiles() throws {
    let root = try Fixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let output = root.appendingPathComponent("Output")
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    try Data().write(to: output.appendingPathComponent(".gitkeep"))
    try Data("old".utf8).write(to: output.appendingPathComponent("stale.html"))
    try Publisher.publish([OutputFile(path: "en/index.html", text: "new")], to: output.path)
    let names = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
    #expect(names == [".gitkeep", "en"])
    #expect(try String(contentsOf: output.appendingPathComponent("en/index.html"), encoding: .utf8) == "new")
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".Output.lock", "Output"])
  }

  @Test func aFailedPublishLeavesThePreviousOutput() throws {
    let root = try Fixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let output = root.appendingPathComponent("Output")
    try Publisher.publish([OutputFile(path: "index.html", text: "v1")], to: output.path)
    // A file whose path is also needed as a folder cannot be written: the publish fails midway.
    #expect(throws: Publisher.Failure.self) {
      try Publisher.publish([OutputFile(path: "a", text: "x"), OutputFile(path: "a/b.html", text: "y")], to: output.path)
    }
    #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "v1")
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".Output.lock", "Output"])
  }
}

extension PublisherTests {
  /// The inode number of `path`.
  static func inode(_ path: String) throws -> UInt64 {
    try (FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
  }

  @Test func aBuildThatChangesNothingLeavesTheOutputFolderAsItIs() throws {
    let root = try Fixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let output = root.appendingPathComponent("Output").path
    let files = [OutputFile(path: "index.html", text: "home"), OutputFile(path: "en/a.html", text: "a"), OutputFile(path: "data/t.csv", text: "")]
    try Publisher.publish(files, to: output)
    let folder = try Self.inode(output)
    let summary = try Publisher.publish(files, to: output)
    #expect(summary.written.isEmpty && summary.unchanged == 3 && summary.removed.isEmpty)
    // Not staged and swapped: the same folder.
    #expect(try Self.inode(output) == folder)
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".Output.lock", "Output"])
  }

  @Test func oneChangedOrExtraFileStagesTheWholeOutputAgain() throws {
    let root = try Fixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let output = root.appendingPathComponent("Output").path
    let files = [OutputFile(path: "index.html", text: "home"), OutputFile(path: "en/a.html", text: "a")]
    try Publisher.publish(files, to: output)
    let unchanged = try Self.inode(output + "/index.html")
    // Same size, other bytes: written; the other file is linked, not copied.
    var edited = files
    edited[1] = OutputFile(path: "en/a.html", text: "b")
    var summary = try Publisher.publish(edited, to: output)
    #expect(summary.written == ["en/a.html"] && summary.unchanged == 1)
    #expect(try String(contentsOfFile: output + "/en/a.html", encoding: .utf8) == "b")
    #expect(try Self.inode(output + "/index.html") == unchanged)
    // A file the site no longer has is removed, though every file it has is unchanged.
    try Data("old".utf8).write(to: URL(fileURLWithPath: output + "/en/old.html"))
    summary = try Publisher.publish(edited, to: output)
    #expect(summary.removed == ["en/old.html"] && summary.unchanged == 2)
    #expect(!FileManager.default.fileExists(atPath: output + "/en/old.html"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".Output.lock", "Output"])
  }
}

extension PublisherTests {
  @Test func nothingToPublishStillMakesTheOutputFolder() throws {
    let root = try Fixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let output = root.appendingPathComponent("Output").path
    try Publisher.publish([], to: output)
    #expect(POSIXFiles.isFolder(output))
    // An empty folder the site does not have is not carried over either.
    try FileManager.default.createDirectory(atPath: output + "/empty", withIntermediateDirectories: true)
    try Publisher.publish([], to: output)
    #expect(try FileManager.default.contentsOfDirectory(atPath: output) == [])
  }
}
