import Foundation
import Testing
@testable import YearbookKit

/// Reading again since a snapshot: every change is seen, however close in time, and only
/// changed files are read.
@Suite struct ContentSnapshotTests {
  /// A content and templates folder on disk with a few files.
  struct Folder {
    let root: URL
    var content: String { root.appendingPathComponent("Content").path }
    var templates: String { root.appendingPathComponent("Templates").path }

    init() throws {
      root = FileManager.default.temporaryDirectory.appendingPathComponent("yearbook-snapshot-\(UUID().uuidString)")
      try write("Content/site.yaml", "title: {zh: 年报, en: Report}\n")
      try write("Content/glossary.csv", "zh,en\n")
      try write("Content/chapters/a.zh.md", "第一章\n")
      try write("Content/chapters/b.zh.md", "第二章\n")
      try write("Content/data/t.csv", "item,amount\n北京,1\n")
      try write("Templates/page.mustache", "{{title}}\n")
      try write("Templates/assets/style.css", "body{}\n")
    }

    func write(_ path: String, _ text: String) throws {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }

    /// Rewrites `path` in place (same inode), then sets its modification time back to what it
    /// was: only the bytes and the change time differ.
    func overwriteInPlace(_ path: String, _ text: String) throws {
      let file = root.appendingPathComponent(path).path
      var before = stat()
      #expect(stat(file, &before) == 0)
      let handle = try #require(FileHandle(forWritingAtPath: file))
      try handle.write(contentsOf: Data(text.utf8))
      try handle.close()
      var times = [before.st_atim, before.st_mtim]
      #expect(utimensat(AT_FDCWD, file, &times, 0) == 0)
    }

    func read(since previous: ContentSnapshot?) -> ContentSnapshot {
      ContentReader.read(content: content, templates: templates, since: previous)
    }

    /// The snapshot's files are those of a full read.
    func expectFullRead(_ snapshot: ContentSnapshot, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
      let (files, diagnostics) = ContentReader.read(content: content, templates: templates)
      #expect(snapshot.files == files, sourceLocation: sourceLocation)
      #expect(snapshot.diagnostics == diagnostics, sourceLocation: sourceLocation)
    }
  }

  func chapterText(_ snapshot: ContentSnapshot, _ name: String) -> String? {
    snapshot.files.chapters.first { $0.path.hasSuffix("/\(name)") }?.text
  }

  @Test func anEditOfTheSameSizeWithinTheSameSecondIsSeen() throws {
    let folder = try Folder()
    defer { try? FileManager.default.removeItem(at: folder.root) }
    let first = folder.read(since: nil)
    #expect(chapterText(first, "a.zh.md") == "第一章\n")
    try folder.overwriteInPlace("Content/chapters/a.zh.md", "第三章\n")
    let second = folder.read(since: first)
    #expect(chapterText(second, "a.zh.md") == "第三章\n")
    folder.expectFullRead(second)
  }

  /// The case a stamp cannot tell apart: a write in the same clock tick, at the same size,
  /// leaves the very stamp of the read before. Taken right after the file changed, that
  /// stamp is not settled, so the file is read again; the same stamp settled long before the
  /// last read keeps the text read then.
  @Test func anUnsettledStampIsReadAgainAndASettledOneIsNot() throws {
    let folder = try Folder()
    defer { try? FileManager.default.removeItem(at: folder.root) }
    let path = "\(folder.content)/chapters/a.zh.md"
    var first = folder.read(since: nil)
    try folder.overwriteInPlace("Content/chapters/a.zh.md", "第三章\n")
    // As if the write had kept the stamp of the first read.
    first.kept[path]?.stamp = try #require(FileStamp(path: path))
    #expect(chapterText(folder.read(since: first), "a.zh.md") == "第三章\n")
    let kept = folder.read(since: settled(first))
    #expect(chapterText(kept, "a.zh.md") == "第一章\n", "a settled, matching stamp keeps the earlier text without reading")
  }

  /// `snapshot` as if it had been taken ten seconds later: every file it kept is settled.
  func settled(_ snapshot: ContentSnapshot) -> ContentSnapshot {
    var snapshot = snapshot
    snapshot.started.tv_sec += 10
    return snapshot
  }

  /// Long enough for every file written before it to be settled (see `FileStamp.margin`).
  func settle() { Thread.sleep(forTimeInterval: 0.15) }

  @Test func hiddenAssetsAreLeftOutAndNestedOnesKept() throws {
    let folder = try Folder()
    defer { try? FileManager.default.removeItem(at: folder.root) }
    // An editor's swap file, a hidden folder: not published. A folder's files are, by path.
    try folder.write("Templates/assets/.style.css.swp", "x")
    try folder.write("Templates/assets/.cache/a.css", "x")
    try folder.write("Templates/assets/fonts/a.woff2", "x")
    #expect(folder.read(since: nil).files.assets.keys.sorted() == ["assets/fonts/a.woff2", "assets/style.css"])
  }

  @Test func removedAndAddedFilesAreSeenAndUnchangedOnesAreNotReadAgain() throws {
    let folder = try Folder()
    defer { try? FileManager.default.removeItem(at: folder.root) }
    let first = folder.read(since: nil)
    #expect(first.readCount == 7)
    settle()
    // Files changed less than the margin before the last read are read again; then none.
    let warm = folder.read(since: first)
    let again = folder.read(since: warm)
    #expect(again.readCount == 0)
    folder.expectFullRead(again)

    try FileManager.default.removeItem(atPath: "\(folder.content)/chapters/b.zh.md")
    try folder.write("Content/chapters/c.zh.md", "第三章\n")
    try folder.write("Templates/assets/site.js", "1\n")
    settle()
    let changed = folder.read(since: again)
    #expect(changed.files.chapters.map { ($0.path as NSString).lastPathComponent } == ["a.zh.md", "c.zh.md"])
    #expect(changed.files.assets.keys.sorted() == ["assets/site.js", "assets/style.css"])
    #expect(changed.readCount == 2)
    folder.expectFullRead(changed)

    try FileManager.default.removeItem(atPath: "\(folder.content)/data/t.csv")
    let removed = folder.read(since: changed)
    #expect(removed.files.tables.isEmpty)
    #expect(removed.readCount == 0)
    folder.expectFullRead(removed)
  }

  @Test func aFileThatBecomesUnreadableIsAFindingAndReadAgainOnceFixed() throws {
    let folder = try Folder()
    defer { try? FileManager.default.removeItem(at: folder.root) }
    let first = folder.read(since: nil)
    try Data([0xFF, 0xFE, 0x00]).write(to: URL(fileURLWithPath: "\(folder.content)/chapters/a.zh.md"))
    let broken = folder.read(since: first)
    #expect(
      broken.diagnostics == [
        Diagnostic(
          .error, at: SourceLocation(path: "\(folder.content)/chapters/a.zh.md", line: 1, column: 1), rule: "encoding",
          "the file is not UTF-8: the byte at this place starts no UTF-8 character (save the file as UTF-8)")
      ])
    folder.expectFullRead(broken)
    try folder.write("Content/chapters/a.zh.md", "修好了\n")
    let fixed = folder.read(since: broken)
    #expect(fixed.diagnostics.isEmpty)
    #expect(chapterText(fixed, "a.zh.md") == "修好了\n")
  }

  @Test func filesReadOnBothCoresComeInOrderWithTheirFindingsInOrder() throws {
    let folder = try Folder()
    defer { try? FileManager.default.removeItem(at: folder.root) }
    // Enough files that the reads spread over the cores; every fifth is not UTF-8.
    let names = (0..<60).map { String(format: "c%02d.zh.md", $0) }
    for (i, name) in names.enumerated() {
      if i % 5 == 0 {
        try Data([0x41, 0xFF, UInt8(i)]).write(to: URL(fileURLWithPath: "\(folder.content)/chapters/\(name)"))
      } else {
        try folder.write("Content/chapters/\(name)", "第\(i)章\n")
      }
    }
    let (files, diagnostics) = ContentReader.read(content: folder.content, templates: folder.templates)
    let good = ["a.zh.md", "b.zh.md"] + names.enumerated().filter { $0.offset % 5 != 0 }.map(\.element)
    #expect(files.chapters.map { ($0.path as NSString).lastPathComponent } == good.sorted())
    #expect(files.chapters.map(\.text).dropFirst(2).first == "第1章\n")
    #expect(diagnostics.map(\.location.path) == names.enumerated().filter { $0.offset % 5 == 0 }.map { "\(folder.content)/chapters/\($0.element)" })
    #expect(diagnostics.allSatisfy { $0.rule == "encoding" })
    #expect(files.tables.map(\.text) == ["item,amount\n北京,1\n"])
    #expect(files.templates.map(\.text) == ["{{title}}\n"])
    #expect(files.site?.text == "title: {zh: 年报, en: Report}\n")
    #expect(files.errata == nil)
  }

  @Test func textIsReadAsFoundationReadsIt() throws {
    let folder = try Folder()
    defer { try? FileManager.default.removeItem(at: folder.root) }
    // A byte-order mark, CRLF, an empty file, a file larger than one read, Chinese text, and
    // bytes that are not UTF-8 (a lone continuation byte, a truncated sequence, an overlong
    // form): the text (or the finding) must be what String(data:encoding:) gives.
    let samples: [(String, [UInt8])] = [
      ("bom.zh.md", [0xEF, 0xBB, 0xBF] + Array("第一章\r\n".utf8)),
      ("empty.zh.md", []),
      ("two-boms.zh.md", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 0x78]),
      ("only-bom.zh.md", [0xEF, 0xBB, 0xBF]),
      ("large.zh.md", Array(String(repeating: "技术合同成交额 484077 ", count: 9000).utf8)),
      ("lone.zh.md", [0x41, 0x80, 0x42]),
      ("truncated.zh.md", Array("技".utf8).dropLast()),
      ("overlong.zh.md", [0xC0, 0xAF]),
    ]
    for (name, bytes) in samples { try Data(bytes).write(to: URL(fileURLWithPath: "\(folder.content)/chapters/\(name)")) }
    let (files, diagnostics) = ContentReader.read(content: folder.content, templates: folder.templates)
    for (name, bytes) in samples {
      let path = "\(folder.content)/chapters/\(name)"
      let expected = String(data: Data(bytes), encoding: .utf8)
      #expect(files.chapters.first { $0.path == path }?.text == expected, "\(name)")
      #expect(diagnostics.contains { $0.location.path == path && $0.rule == "encoding" } == (expected == nil), "\(name)")
    }
    #expect(files.chapters.first { $0.path.hasSuffix("large.zh.md") }?.text.utf8.count == 9000 * 29)
  }

  @Test func aFileLargerThanItsStampSaysIsReadToItsEnd() throws {
    let folder = try Folder()
    defer { try? FileManager.default.removeItem(at: folder.root) }
    let path = "\(folder.content)/chapters/grown.zh.md"
    let bytes = Array(String(repeating: "增长", count: 50_000).utf8)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    for hint in [0, 1, 5, 65_535, 65_536, bytes.count - 1, bytes.count, bytes.count + 10] {
      #expect(ContentReader.readBytes(path, sizeHint: hint) == bytes, "hint \(hint)")
    }
    try Data().write(to: URL(fileURLWithPath: path))
    #expect(ContentReader.readBytes(path, sizeHint: 100) == [])
    #expect(ContentReader.readBytes("\(folder.content)/chapters", sizeHint: 0) == nil)
    #expect(ContentReader.readBytes("\(folder.content)/no-such-file", sizeHint: 0) == nil)
  }
}
