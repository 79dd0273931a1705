import Foundation

/// The one place that reads the disk: every content and template file into `ContentFiles`.
public enum ContentReader {
  /// Reads `content` and `templates`; unreadable or non-UTF-8 files become findings.
  public static func read(content: String, templates: String) -> (ContentFiles, [Diagnostic]) {
    let snapshot = read(content: content, templates: templates, since: nil)
    return (snapshot.files, snapshot.diagnostics)
  }

  /// Reads `content` and `templates` as `read(content:templates:)` does, but keeps the text of
  /// every file that has not changed since `previous` (see `ContentSnapshot`): the preview's
  /// rebuilds read only what an edit touched. Gives the same files as a full read.
  public static func read(content: String, templates: String, since previous: ContentSnapshot?) -> ContentSnapshot {
    var reader = Reader(previous: previous)
    var files = ContentFiles()
    files.contentRoot = content
    files.templatesRoot = templates
    guard FileStamp(path: content)?.isFolder == true else {
      let missing = Diagnostic(.error, at: SourceLocation(path: content), rule: "missing-file", "the content folder does not exist")
      return ContentSnapshot(files: files, diagnostics: [missing], started: reader.started, kept: [:])
    }
    // The files are listed here, then read on every core (each read is a stat, an open and a
    // UTF-8 check), and taken in order.
    let chapters = reader.list("\(content)/chapters", suffix: ".md")
    let schemas = reader.list("\(content)/data", suffix: ".yaml")
    let tables = reader.list("\(content)/data", suffix: ".csv")
    let templateFiles = reader.list(templates, suffix: ".mustache")
    let optional = ["\(content)/site.yaml", "\(content)/glossary.csv", "\(content)/errata.yaml", "\(content)/revisions.yaml"]
    let previous = previous
    // Each file with whether it may be absent and the tree it must stay inside.
    let jobs =
      optional.map { ($0, true, content) } + (chapters + schemas + tables).map { ($0, false, content) }
      + templateFiles.map { ($0, false, templates) }
    let outcomes = jobs.concurrentMap { path, optional, root in
      Reader.text(path, optional: optional, root: root, previous: previous)
    }
    var read = outcomes.map { reader.take($0) }[...]
    files.site = read.popFirst()!
    files.glossary = read.popFirst()!
    files.errata = read.popFirst()!
    files.revisions = read.popFirst()!
    files.chapters = read.prefix(chapters.count).compactMap { $0 }
    read = read.dropFirst(chapters.count)
    files.schemas = read.prefix(schemas.count).compactMap { $0 }
    read = read.dropFirst(schemas.count)
    files.tables = read.prefix(tables.count).compactMap { $0 }
    files.templates = read.dropFirst(tables.count).compactMap { $0 }
    if files.templates.isEmpty {
      reader.diagnostics.append(
        Diagnostic(.error, at: SourceLocation(path: templates), rule: "missing-file", "no *.mustache templates found"))
    }
    // Hidden files (an editor's swap file, .DS_Store) are not published.
    let assets = "\(templates)/assets"
    for name in POSIXFiles.visibleNonFolders(in: assets) {
      let path = "\(assets)/\(name)"
      if let refused = FileAdmission.problem(path, root: templates) {
        reader.diagnostics.append(refused)
        continue
      }
      if let bytes = reader.bytes(path) { files.assets["assets/\(name)"] = bytes }
    }
    var snapshot = ContentSnapshot(files: files, diagnostics: reader.diagnostics, started: reader.started, kept: reader.kept)
    snapshot.folders = reader.folders
    snapshot.readCount = reader.readCount
    return snapshot
  }

  /// One read: stamps each file before reading it (a write after the stamp changes the stamp,
  /// so the next read sees it), and takes the previous read's contents where they still hold.
  private struct Reader {
    let previous: ContentSnapshot?
    let started = FileStamp.now()
    var kept: [String: ContentSnapshot.Kept] = [:]
    var folders: [String: ContentSnapshot.Folder] = [:]
    var diagnostics: [Diagnostic] = []
    var readCount = 0

    init(previous: ContentSnapshot?) {
      self.previous = previous
      kept.reserveCapacity(previous?.kept.count ?? 0)
    }

    /// The paths of the files in `directory` named `*suffix`, hidden ones left out, sorted.
    mutating func list(_ directory: String, suffix: String) -> [String] {
      names(in: directory).filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.map { "\(directory)/\($0)" }
    }

    /// The names in `directory`, sorted: listed once per read (the data folder holds both
    /// schemas and tables), and taken from the previous read while the folder's stamp holds.
    mutating func names(in directory: String) -> [String] {
      if let listed = folders[directory] { return listed.names }
      guard let stamp = FileStamp(path: directory) else { return [] }
      let names =
        previous?.names(in: directory, stampedNow: stamp) ?? POSIXFiles.sortedNames(in: directory) ?? []
      folders[directory] = ContentSnapshot.Folder(stamp: stamp, names: names)
      return names
    }

    /// What reading one text file gave: the file, and what the read keeps or reports.
    struct TextOutcome: Sendable {
      var file: SourceFile?
      var kept: ContentSnapshot.Kept?
      var finding: Diagnostic?
      var wasRead = false
    }

    /// The text file at `path`; nil, with a finding, when it cannot be read or is not UTF-8.
    /// An `optional` file that is not there (cannot be stat'ed) is nil without a finding.
    /// Touches nothing shared: reads of many files run at once.
    static func text(_ path: String, optional: Bool, root: String, previous: ContentSnapshot?) -> TextOutcome {
      // A file that is not there passes admission and then has no stamp.
      if let refused = FileAdmission.problem(path, root: root) { return TextOutcome(finding: refused) }
      guard let stamp = FileStamp(path: path) else {
        return TextOutcome(finding: optional ? nil : unreadable(path))
      }
      if case .text(let text) = previous?.contents(of: path, stampedNow: stamp) {
        return TextOutcome(file: SourceFile(path: path, text: text), kept: ContentSnapshot.Kept(stamp: stamp, contents: .text(text)))
      }
      guard let bytes = ContentReader.readBytes(path, sizeHint: Int(stamp.size)) else {
        return TextOutcome(finding: unreadable(path), wasRead: true)
      }
      // A leading byte-order mark is dropped, as String(data:encoding:) drops it.
      let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
      guard let string = String(validating: text, as: UTF8.self) else {
        let (line, column) = FileAdmission.firstInvalidUTF8(in: text)
        return TextOutcome(
          finding: Diagnostic(
            .error, at: SourceLocation(path: path, line: line, column: column), rule: "encoding",
            "the file is not UTF-8: the byte at this place starts no UTF-8 character (save the file as UTF-8)"),
          wasRead: true)
      }
      return TextOutcome(
        file: SourceFile(path: path, text: string), kept: ContentSnapshot.Kept(stamp: stamp, contents: .text(string)), wasRead: true)
    }

    /// Records what a read of one text file keeps and reports; gives its file.
    mutating func take(_ outcome: TextOutcome) -> SourceFile? {
      if let kept = outcome.kept, let file = outcome.file { self.kept[file.path] = kept }
      if let finding = outcome.finding { diagnostics.append(finding) }
      if outcome.wasRead { readCount += 1 }
      return outcome.file
    }

    /// The bytes of the file at `path`; nil for a folder or a file that cannot be read.
    mutating func bytes(_ path: String) -> [UInt8]? {
      guard let stamp = FileStamp(path: path), !stamp.isFolder else { return nil }
      if case .bytes(let bytes) = previous?.contents(of: path, stampedNow: stamp) {
        kept[path] = ContentSnapshot.Kept(stamp: stamp, contents: .bytes(bytes))
        return bytes
      }
      readCount += 1
      guard let bytes = ContentReader.readBytes(path, sizeHint: Int(stamp.size)) else { return nil }
      kept[path] = ContentSnapshot.Kept(stamp: stamp, contents: .bytes(bytes))
      return bytes
    }

    static func unreadable(_ path: String) -> Diagnostic {
      Diagnostic(.error, at: SourceLocation(path: path), rule: "unreadable", "cannot read the file")
    }
  }
}

extension ContentReader {
  /// The bytes of the file at `path`, read with plain POSIX calls (FileManager's read goes
  /// through Data and a stat of its own; this runs for every file of the report); nil when
  /// it cannot be opened or read. `sizeHint` (the size from the stamp) sizes the buffer; a
  /// file that has grown since is still read to its end.
  static func readBytes(_ path: String, sizeHint: Int) -> [UInt8]? {
    // Non-blocking, so that a FIFO put in place after the admission check cannot hold the
    // open; only a regular file is read.
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size <= FileAdmission.maximumSize else { return nil }
    var bytes: [UInt8] = []
    // Room for one byte more than the stamp says: a buffer left short means the end was read.
    var room = max(sizeHint, 0) + 1
    while true {
      var failed = false
      let chunk = [UInt8](unsafeUninitializedCapacity: room) { buffer, count in
        count = 0
        while count < room {
          let n = systemRead(fd, buffer.baseAddress! + count, room - count)
          if n < 0, errno == EINTR { continue }
          if n < 0 { failed = true }
          if n <= 0 { return }
          count += n
          // Exactly the size the stamp gave, one byte short of the room asked for: a read of a
          // regular file falls short only at its end, so no second read to be told so.
          if bytes.isEmpty, count == room - 1 { return }
        }
      }
      if failed { return nil }
      if bytes.isEmpty { bytes = chunk } else { bytes += chunk }
      if chunk.count < room { return bytes }
      room = max(room, 65536)
    }
  }

  #if canImport(Glibc)
    private static let systemRead = Glibc.read
  #else
    private static let systemRead = Darwin.read
  #endif
}
