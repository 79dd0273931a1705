import Foundation
import Testing

@testable import YearbookKit

/// Content a careless or hostile editor could write, each case made at run time in a fresh
/// folder and built with the real binary: the build must fail with the finding at its place
/// (or succeed safely), write nothing outside the output, and leave a published output as it was.
@Suite(.serialized) struct HostileInputTests {
  /// A content folder holding the fixture report, a copy of the real templates, and an output
  /// published from it once; removed by `remove()`.
  struct Workspace {
    let root: URL
    var content: String { root.appendingPathComponent("Content").path }
    var templates: String { root.appendingPathComponent("Templates").path }
    var output: String { root.appendingPathComponent("site/Output").path }

    init() throws {
      root = try Fixture.temporaryFolder("hostile")
      let files = Fixture.files()
      try write("Content/site.yaml", files.site!.text)
      try write("Content/glossary.csv", files.glossary!.text)
      for file in files.chapters + files.schemas + files.tables { try write(file.path, file.text) }
      try FileManager.default.copyItem(
        at: Fixture.repository.appendingPathComponent("Templates"), to: root.appendingPathComponent("Templates"))
    }

    func write(_ relative: String, _ text: String) throws {
      try write(relative, Data(text.utf8))
    }

    func write(_ relative: String, _ data: Data) throws {
      let url = root.appendingPathComponent(relative)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try data.write(to: url)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Runs `yearbook build` (or `check`) on this workspace; gives up after `timeout` seconds,
    /// which only a hang reaches.
    func run(_ command: String = "build", timeout: TimeInterval = 60) throws -> (status: Int32, stderr: String) {
      var arguments = [command, "--content", content, "--templates", templates]
      if command == "build" { arguments += ["--output", output] }
      return try HostileInputTests.run(arguments, timeout: timeout)
    }

    /// Every path under the workspace with a digest of its bytes: what "unchanged" compares.
    func tree() -> [String: Int] {
      var result: [String: Int] = [:]
      let enumerator = FileManager.default.enumerator(atPath: root.path)
      while let path = enumerator?.nextObject() as? String {
        guard !path.hasPrefix("Content/") && !path.hasPrefix("Templates/") else { continue }
        let full = root.appendingPathComponent(path).path
        var info = stat()
        guard lstat(full, &info) == 0 else { continue }
        let bytes = info.st_mode & S_IFMT == S_IFREG ? (FileManager.default.contents(atPath: full) ?? Data()) : Data()
        result[path] = bytes.hashValue
      }
      return result
    }
  }

  /// Runs the binary, both of its streams read as `CommandLineTests.drain` reads them; a child
  /// still running after `timeout` (a hang) is stopped and recorded as an issue.
  static func run(_ arguments: [String], timeout: TimeInterval) throws -> (status: Int32, stderr: String) {
    let process = Process()
    process.executableURL = CommandLineTests.binary
    process.arguments = arguments
    let (out, err) = (Pipe(), Pipe())
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
    let (stdout, stderr) = CommandLineTests.drain(out, err)
    process.waitUntilExit()
    watchdog.cancel()
    if process.terminationReason == .uncaughtSignal, process.terminationStatus == SIGTERM {
      Issue.record("yearbook \(arguments.first ?? "") still running after \(Int(timeout)) s: a hang")
    }
    // Findings go to one stream or the other by command: both are searched as one text.
    return (process.terminationStatus, String(decoding: stderr + stdout, as: UTF8.self))
  }

  /// Builds the workspace once, then applies `change`, builds again and checks the outcome:
  /// exit 1 with a finding of `rule` in a message naming `path` (and `line` when given), and
  /// nothing outside the content changed.
  func expectRefused(
    _ rule: String, at path: String, line: Int? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation, _ change: (Workspace) throws -> Void
  ) throws {
    let space = try Workspace()
    defer { space.remove() }
    let first = try space.run()
    #expect(first.status == 0, "\(first.stderr)", sourceLocation: sourceLocation)
    let before = space.tree()
    try change(space)
    for command in ["check", "build"] {
      let outcome = try space.run(command)
      #expect(outcome.status == 1, "\(command): \(outcome.stderr)", sourceLocation: sourceLocation)
      let place = line.map { "\(path):\($0):" } ?? "\(path)"
      let found = outcome.stderr.split(separator: "\n").contains { $0.contains(place) && $0.hasSuffix("[\(rule)]") }
      #expect(found, "\(command): no [\(rule)] at \(place) in:\n\(outcome.stderr)", sourceLocation: sourceLocation)
    }
    #expect(space.tree() == before, "the output or its folder changed", sourceLocation: sourceLocation)
  }

  // MARK: Names that become paths

  @Test(arguments: ["../../x", "../x", "/tmp/x", "zh/../../x", "", ".", "..", "en\\tx", "a b", "e n", "zh_CN", "-en", "en-", "中文", "x" + String(repeating: "y", count: 120)])
  func aLanguageCodeThatIsNoPlainCodeIsRefused(code: String) throws {
    try expectRefused("unsafe-name", at: "Content/site.yaml", line: 4) { space in
      var site = Fixture.site.replacingOccurrences(of: "languages: [zh, en]", with: "languages: [zh, en, \"\(code)\"]")
      site += "\n"
      try space.write("Content/site.yaml", site)
    }
    // Nothing named after the code was made beside or above the workspace.
    #expect(!FileManager.default.fileExists(atPath: FileManager.default.temporaryDirectory.appendingPathComponent("x/index.html").path))
  }

  @Test func aChapterSlugThatIsNoPlainNameIsRefused() throws {
    for slug in ["bad slug", "-x", "über"] {
      try expectRefused("unsafe-name", at: "Content/chapters/\(slug).zh.md") { space in
        try space.write("Content/chapters/\(slug).zh.md", "---\ntitle: x\ntemplate: overview\npart: 1\n---\ntext\n")
      }
    }
  }

  @Test func aTableOrChartIdThatIsNoPlainNameIsRefused() throws {
    try expectRefused("unsafe-name", at: "Content/data/bad id.yaml") { space in
      try space.write("Content/data/bad id.yaml", Fixture.keysSchema)
      try space.write("Content/data/bad id.csv", Fixture.keysCSV)
    }
    try expectRefused("unsafe-name", at: "Content/data/types.yaml") { space in
      try space.write("Content/data/types.yaml", Fixture.schema.replacingOccurrences(of: "id: types-pie", with: "id: ../../pie"))
    }
  }

  @Test func anAssetNameThatIsNoPlainNameIsRefused() throws {
    try expectRefused("unsafe-name", at: "Templates/assets/my style.css") { space in
      try space.write("Templates/assets/my style.css", "body{}")
    }
  }

  @Test func thePublisherRefusesAnyPathThatIsNotPlain() throws {
    let folder = try Fixture.temporaryFolder("publish")
    defer { try? FileManager.default.removeItem(at: folder) }
    for path in ["../escape.html", "/abs.html", "a//b.html", "a/../../b.html", ".hidden/x.html", ""] {
      #expect(throws: Publisher.Failure.self) {
        try Publisher.publish([OutputFile(path: path, text: "x")], to: folder.appendingPathComponent("Output").path)
      }
    }
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("escape.html").path))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path))
  }

  @Test func pathNamesAcceptPlainNamesOnly() {
    for name in ["zh", "en", "zh-Hant", "pt-BR", "sr-Latn-RS"] { #expect(PathName.problem(name, as: .language) == nil, "\(name)") }
    for name in ["appendix-01", "fig_2.1", "style.css", "A1"] { #expect(PathName.problem(name, as: .name) == nil, "\(name)") }
    // Every byte that is not a letter, digit, '-', '_' or '.' is refused, wherever it stands.
    for byte in UInt8(0)...UInt8(127) {
      let c = Character(Unicode.Scalar(byte))
      guard !(c.isASCII && (c.isLetter || c.isNumber)) && !"-_.".contains(c) else { continue }
      #expect(PathName.problem("a\(c)b", as: .name) != nil, "byte \(byte)")
      #expect(PathName.problem("a\(c)b", as: .language) != nil || c == "-", "byte \(byte)")
    }
  }

  // MARK: Files that are not what they seem

  @Test func aLinkLeadingOutOfTheContentIsRefused() throws {
    for target in ["/etc/hostname", "/etc/passwd", "/dev/zero", "/no/such/file"] {
      try expectRefused("unsafe-link", at: "Content/data/leak.csv") { space in
        try space.write("Content/data/leak.yaml", Fixture.keysSchema)
        try FileManager.default.createSymbolicLink(atPath: space.content + "/data/leak.csv", withDestinationPath: target)
      }
      try expectRefused("unsafe-link", at: "Templates/assets/leak.txt") { space in
        try FileManager.default.createSymbolicLink(atPath: space.templates + "/assets/leak.txt", withDestinationPath: target)
      }
    }
  }

  @Test func aLinkInsideTheContentIsRead() throws {
    let space = try Workspace()
    defer { space.remove() }
    try space.write("Content/shared/keys.csv", Fixture.keysCSV)
    try FileManager.default.removeItem(atPath: space.content + "/data/keys.csv")
    try FileManager.default.createSymbolicLink(atPath: space.content + "/data/keys.csv", withDestinationPath: "../shared/keys.csv")
    let outcome = try space.run()
    #expect(outcome.status == 0, "\(outcome.stderr)")
  }

  @Test func aFIFOOrDeviceIsRefusedWithoutWaiting() throws {
    try expectRefused("not-a-file", at: "Content/data/pipe.csv") { space in
      try space.write("Content/data/pipe.yaml", Fixture.keysSchema)
      #expect(mkfifo(space.content + "/data/pipe.csv", 0o644) == 0)
    }
    try expectRefused("not-a-file", at: "Content/chapters/pipe.zh.md") { space in
      #expect(mkfifo(space.content + "/chapters/pipe.zh.md", 0o644) == 0)
    }
    try expectRefused("not-a-file", at: "Templates/assets/pipe.css") { space in
      #expect(mkfifo(space.templates + "/assets/pipe.css", 0o644) == 0)
    }
  }

  @Test func aFileOverTheSizeLimitIsRefused() throws {
    try expectRefused("file-too-large", at: "Content/data/keys.csv") { space in
      let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: space.content + "/data/keys.csv"))
      try handle.truncate(atOffset: UInt64(FileAdmission.maximumSize + 1))
      try handle.close()
    }
  }

  @Test func invalidUTF8IsReportedAtItsLineAndColumn() throws {
    try expectRefused("encoding", at: "Content/data/keys.csv", line: 2) { space in
      var bytes = Data(Fixture.keysCSV.utf8)
      // After "合同数," on line 2: a lone continuation byte.
      let lineTwo = bytes.firstIndex(of: UInt8(ascii: "\n"))! + 1
      bytes.insert(0x80, at: lineTwo + "合同数,".utf8.count)
      try space.write("Content/data/keys.csv", bytes)
    }
    var text = Array("ab\nc中d".utf8)[...]
    #expect(FileAdmission.firstInvalidUTF8(in: text + [0xFF]) == (2, 4))
    text = Array("x".utf8)[...]
    #expect(FileAdmission.firstInvalidUTF8(in: text + [0xE4, 0xB8]) == (1, 2))
    #expect(FileAdmission.firstInvalidUTF8(in: [0xED, 0xA0, 0x80]) == (1, 1))
  }

  // MARK: The output

  @Test func anOutputThatIsARegularFileIsNotDeleted() throws {
    let space = try Workspace()
    defer { space.remove() }
    try space.write("site/Output", "precious")
    let outcome = try space.run()
    #expect(outcome.status == 1)
    #expect(outcome.stderr.contains("not a folder"), "\(outcome.stderr)")
    #expect(try String(contentsOfFile: space.output, encoding: .utf8) == "precious")
  }

  @Test func leftoversOfKilledBuildsAreRemovedByTheNext() throws {
    let space = try Workspace()
    defer { space.remove() }
    let parent = space.root.appendingPathComponent("site").path
    try FileManager.default.createDirectory(atPath: parent + "/.Output.staging-99999/en", withIntermediateDirectories: true)
    try space.write("site/.Output.old-12345/index.html", "old")
    try space.write("site/.Output.staging-1/x", "x")
    try space.write("site/.Other.staging-1/keep", "not ours")
    #expect(try space.run().status == 0)
    let left = try FileManager.default.contentsOfDirectory(atPath: parent).sorted()
    #expect(left == [".Other.staging-1", ".Output.lock", "Output"])
  }

  @Test func aDownloadNeutralisesFormulasButKeepsNumbers() throws {
    let space = try Workspace()
    defer { space.remove() }
    let cells = ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "=HYPERLINK(\"http://x\",\"y\")"]
    var csv = "item,value,unit,growth\n"
    for (i, cell) in cells.enumerated() {
      let quoted = "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
      csv += "\(quoted),\(i),项,-3.2\n"
    }
    try space.write("Content/data/keys.csv", csv)
    var glossary = Fixture.glossary
    for cell in cells { glossary += "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\",x\n" }
    try space.write("Content/glossary.csv", glossary)
    let outcome = try space.run()
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let published = try String(contentsOfFile: space.output + "/data/keys.csv", encoding: .utf8)
    guard case .success(let records) = CSVParser.parse(published) else {
      Issue.record("the download is no CSV: \(published)")
      return
    }
    #expect(records.dropFirst().map { $0.fields[0].text } == cells.map { "'" + $0 })
    #expect(records.dropFirst().allSatisfy { $0.fields[3].text == "-3.2" })
  }

  // MARK: Smaller checks

  @Test func keyFiguresNamingNoTableIsAnError() throws {
    try expectRefused("unknown-id", at: "Content/site.yaml", line: 6) { space in
      try space.write("Content/site.yaml", Fixture.site.replacingOccurrences(of: "key_figures: keys", with: "key_figures: kyes"))
    }
  }

  @Test func aDuplicatePlacementIsReportedInEveryLanguage() throws {
    let space = try Workspace()
    defer { space.remove() }
    for file in [Fixture.overviewZH, Fixture.overviewEN] {
      try space.write(file.path, file.text + "\n```table\ntypes\n```\n")
    }
    let outcome = try space.run("check")
    #expect(outcome.status == 1)
    for lang in ["zh", "en"] {
      #expect(
        outcome.stderr.split(separator: "\n").contains { $0.contains("overview.\(lang).md") && $0.hasSuffix("[duplicate-placement]") },
        "\(lang): \(outcome.stderr)")
    }
  }
}
