import Foundation
import Testing
@testable import PreviewServer

/// What the watcher sees change on disk.
@Suite struct FileSnapshotTests {
  @Test func seesAddedChangedReplacedAndRemovedFilesButNotEditorLeftovers() throws {
    let fm = FileManager.default
    let root = fm.temporaryDirectory.appendingPathComponent("yearbook-watch-\(UUID().uuidString)")
    defer { try? fm.removeItem(at: root) }
    try fm.createDirectory(at: root.appendingPathComponent("chapters"), withIntermediateDirectories: true)
    let a = root.appendingPathComponent("chapters/a.md")
    let b = root.appendingPathComponent("b.csv")
    try Data("a".utf8).write(to: a)
    try Data("b".utf8).write(to: b)
    let first = FileSnapshot.take([root.path])
    #expect(first.stamps.keys.sorted() == [b.path, a.path].sorted())
    #expect(FileSnapshot.take([root.path]).changes(since: first) == [])

    // Written in place with the same size, replaced by a rename (as many editors save), and
    // editor leftovers that must not trigger anything. The kernel stamps mtimes at its clock
    // tick (a few ms), so the edit waits for the next one, as a human edit always does.
    Thread.sleep(forTimeInterval: 0.02)
    let handle = try FileHandle(forWritingTo: a)
    try handle.write(contentsOf: Data("A".utf8))
    try handle.close()
    try Data("bb".utf8).write(to: b, options: .atomic)
    for leftover in [".a.md.swp", "a.md~", "#a.md#", "4913", ".DS_Store"] {
      try Data("x".utf8).write(to: root.appendingPathComponent("chapters/\(leftover)"))
    }
    let c = root.appendingPathComponent("chapters/c.md")
    try Data("c".utf8).write(to: c)
    let second = FileSnapshot.take([root.path])
    #expect(second.changes(since: first) == [b.path, a.path, c.path].sorted())

    try fm.removeItem(at: c)
    #expect(FileSnapshot.take([root.path]).changes(since: second) == [c.path])
    #expect(FileSnapshot.take([root.path + "/missing"]).stamps.isEmpty)
  }
}
