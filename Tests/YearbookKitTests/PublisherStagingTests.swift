import Foundation
import Testing

@testable import YearbookKit

/// `Publisher.publish` through its POSIX calls: runs of files staged on every core, compared
/// with the old output size first, the old tree removed without following links.
@Suite struct PublisherStagingTests {

  func inode(_ path: String) throws -> Int {
    try #require(FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int)
  }

  /// Enough files for several runs, in several folders.
  func site(_ n: Int, changing changed: Set<Int> = []) -> [OutputFile] {
    (0..<n).map { i in
      OutputFile(
        path: i % 3 == 0 ? "p\(i).html" : "f\(i % 4)/sub\(i % 2)/p\(i).html", text: changed.contains(i) ? "page \(i)!" : "page \(i)")
    }
  }

  @Test func runsCoverEveryFileInOrderAndSplitTheBigOnes() {
    // Many small downloads first, then a few big pages, as a built site comes.
    let files = (0..<70).map { OutputFile(path: "data/t\($0).csv", text: "a,b\n") }
      + (0..<18).map { OutputFile(path: "en/p\($0).html", bytes: [UInt8](repeating: 0x61, count: 150_000)) }
    let runs = Publisher.runs(of: files)
    #expect(runs.first?.lowerBound == 0 && runs.last?.upperBound == files.count)
    #expect(zip(runs, runs.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound } && runs.allSatisfy { !$0.isEmpty })
    // The pages are spread over several runs, not left to the last one.
    #expect(runs.filter { $0.upperBound > 70 }.count >= 4)
    #expect(Publisher.runs(of: []).isEmpty)
    #expect(Publisher.runs(of: [OutputFile(path: "a", text: "")]) == [0..<1])
  }

  @Test func manyFilesAreLinkedOrWrittenAndReportedInTheOrderGiven() throws {
    let root = try Fixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let output = root.appendingPathComponent("Output").path
    let first = try Publisher.publish(site(200), to: output)
    #expect(first.written == site(200).map(\.path) && first.unchanged == 0)
    let kept = try inode(output + "/f1/sub1/p1.html")
    // 5 → a byte longer; 0 and 7 get a new last byte, the size unchanged.
    var next = site(200, changing: [5])
    next[0] = OutputFile(path: "p0.html", text: "page X")
    next[7] = OutputFile(path: next[7].path, text: "page 8")
    next.removeLast(10)
    let second = try Publisher.publish(next, to: output)
    #expect(second.written == [next[0].path, next[5].path, next[7].path])
    #expect(second.unchanged == 187)
    #expect(second.removed == site(200).suffix(10).map(\.path).sorted())
    #expect(try inode(output + "/f1/sub1/p1.html") == kept)
    for file in next { #expect(FileManager.default.contents(atPath: output + "/" + file.path) == Data(file.bytes)) }
    #expect(POSIXFiles.tree(in: output).files == Set(next.map(\.path)))
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".Output.lock", "Output"])
  }

  @Test func anEmptyFileIsKeptAndAFolderIsNotTakenForAFile() throws {
    let root = try Fixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let output = root.appendingPathComponent("Output").path
    try Publisher.publish([OutputFile(path: "empty.txt", text: ""), OutputFile(path: "x/y.html", text: "")], to: output)
    let kept = try inode(output + "/empty.txt")
    let summary = try Publisher.publish([OutputFile(path: "empty.txt", text: ""), OutputFile(path: "x", text: "")], to: output)
    #expect(summary == PublishSummary(written: ["x"], unchanged: 1, removed: ["x/y.html"]))
    #expect(try inode(output + "/empty.txt") == kept)
  }

  @Test func onlyHiddenTopLevelEntriesAreKept() throws {
    let root = try Fixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let output = root.appendingPathComponent("Output")
    try Publisher.publish([OutputFile(path: "en/a.html", text: "a")], to: output.path)
    let fm = FileManager.default
    try Data("keep".utf8).write(to: output.appendingPathComponent(".gitkeep"))
    try fm.createDirectory(at: output.appendingPathComponent(".cache/deep"), withIntermediateDirectories: true)
    try Data("deep".utf8).write(to: output.appendingPathComponent(".cache/deep/file"))
    try Data("lost".utf8).write(to: output.appendingPathComponent("en/.partial"))
    let kept = try inode(output.appendingPathComponent(".gitkeep").path)
    let summary = try Publisher.publish([OutputFile(path: "en/a.html", text: "a")], to: output.path)
    #expect(summary == PublishSummary(unchanged: 1))
    #expect(try fm.contentsOfDirectory(atPath: output.path).sorted() == [".cache", ".gitkeep", "en"])
    #expect(try inode(output.appendingPathComponent(".gitkeep").path) == kept)
    #expect(fm.contents(atPath: output.appendingPathComponent(".cache/deep/file").path) == Data("deep".utf8))
    #expect(try fm.contentsOfDirectory(atPath: output.appendingPathComponent("en").path) == ["a.html"])
  }

  @Test func aFailureNamesThePathItCouldNotWrite() throws {
    let root = try Fixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let output = root.appendingPathComponent("Output").path
    let staging = root.appendingPathComponent(".Output.staging-\(ProcessInfo.processInfo.processIdentifier)").path
    do {
      try Publisher.publish([OutputFile(path: "a", text: "x"), OutputFile(path: "a/b.html", text: "y")], to: output)
      Issue.record("published a file and a folder at the same path")
    } catch {
      #expect(error.path == staging + "/a")
      #expect(error.reason == "Is a directory")
      #expect(error.description == "\(staging)/a: error: cannot publish: Is a directory")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == [".Output.lock"])
  }

  @Test func foldersLeftByAnInterruptedRunAreCleared() throws {
    let root = try Fixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let pid = ProcessInfo.processInfo.processIdentifier
    for name in [".Output.staging-\(pid)/en", ".Output.old-\(pid)/zh"] {
      try FileManager.default.createDirectory(at: root.appendingPathComponent(name), withIntermediateDirectories: true)
      try Data("stale".utf8).write(to: root.appendingPathComponent(name + "/stale.html"))
    }
    try Publisher.publish([OutputFile(path: "index.html", text: "new")], to: root.appendingPathComponent("Output").path)
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".Output.lock", "Output"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Output").path) == ["index.html"])
  }

  @Test func removingATreeDoesNotFollowLinks() throws {
    let root = try Fixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let fm = FileManager.default
    let outside = root.appendingPathComponent("outside")
    try fm.createDirectory(at: outside, withIntermediateDirectories: true)
    try Data("safe".utf8).write(to: outside.appendingPathComponent("file"))
    let tree = root.appendingPathComponent("tree")
    try fm.createDirectory(at: tree.appendingPathComponent("a/b/c"), withIntermediateDirectories: true)
    try Data().write(to: tree.appendingPathComponent("a/b/c/d"))
    try Data().write(to: tree.appendingPathComponent("top"))
    try fm.createSymbolicLink(at: tree.appendingPathComponent("a/link"), withDestinationURL: outside)
    try fm.createSymbolicLink(at: tree.appendingPathComponent("toplink"), withDestinationURL: outside)
    #expect(POSIXFiles.tree(in: tree.path).files == ["a/b/c/d", "top"])
    #expect(POSIXFiles.removeTree(tree.path) == 0)
    #expect(!fm.fileExists(atPath: tree.path))
    #expect(fm.contents(atPath: outside.appendingPathComponent("file").path) == Data("safe".utf8))
    #expect(POSIXFiles.removeTree(tree.path) == 0, "nothing there is nothing to remove")
  }
}
