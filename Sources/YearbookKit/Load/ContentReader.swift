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
    files.site = reader.text("\(content)/site.yaml", optional: true)
    files.glossary = reader.text("\(content)/glossary.csv", optional: true)
    files.errata = reader.text("\(content)/errata.yaml", optional: true)
    files.chapters = reader.list("\(content)/chapters", suffix: ".md").compactMap { reader.text($0) }
    files.schemas = reader.list("\(content)/data", suffix: ".yaml").compactMap { reader.text($0) }
    files.tables = reader.list("\(content)/data", suffix: ".csv").compactMap { reader.text($0) }
    files.templates = reader.list(templates, suffix: ".mustache").compactMap { reader.text($0) }
    if files.templates.isEmpty {
      reader.diagnostics.append(
        Diagnostic(.error, at: SourceLocation(path: templates), rule: "missing-file", "no *.mustache templates found"))
    }
    let assets = "\(templates)/assets"
    for name in (try? FileManager.default.subpathsOfDirectory(atPath: assets))?.sorted() ?? [] {
      if let bytes = reader.bytes("\(assets)/\(name)") { files.assets["assets/\(name)"] = bytes }
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
        previous?.names(in: directory, stampedNow: stamp) ?? (try? FileManager.default.contentsOfDirectory(atPath: directory))?.sorted()
        ?? []
      folders[directory] = ContentSnapshot.Folder(stamp: stamp, names: names)
      return names
    }

    /// The text file at `path`; nil, with a finding, when it cannot be read or is not UTF-8.
    /// An `optional` file that is not there (cannot be stat'ed) is nil without a finding.
    mutating func text(_ path: String, optional: Bool = false) -> SourceFile? {
      guard let stamp = FileStamp(path: path) else {
        if !optional { unreadable(path) }
        return nil
      }
      if case .text(let text) = previous?.contents(of: path, stampedNow: stamp) {
        kept[path] = ContentSnapshot.Kept(stamp: stamp, contents: .text(text))
        return SourceFile(path: path, text: text)
      }
      readCount += 1
      guard let data = FileManager.default.contents(atPath: path) else {
        unreadable(path)
        return nil
      }
      guard let string = String(data: data, encoding: .utf8) else {
        diagnostics.append(Diagnostic(.error, at: SourceLocation(path: path), rule: "encoding", "the file is not UTF-8"))
        return nil
      }
      kept[path] = ContentSnapshot.Kept(stamp: stamp, contents: .text(string))
      return SourceFile(path: path, text: string)
    }

    /// The bytes of the file at `path`; nil for a folder or a file that cannot be read.
    mutating func bytes(_ path: String) -> [UInt8]? {
      guard let stamp = FileStamp(path: path), !stamp.isFolder else { return nil }
      if case .bytes(let bytes) = previous?.contents(of: path, stampedNow: stamp) {
        kept[path] = ContentSnapshot.Kept(stamp: stamp, contents: .bytes(bytes))
        return bytes
      }
      readCount += 1
      guard let data = FileManager.default.contents(atPath: path) else { return nil }
      let bytes = [UInt8](data)
      kept[path] = ContentSnapshot.Kept(stamp: stamp, contents: .bytes(bytes))
      return bytes
    }

    mutating func unreadable(_ path: String) {
      diagnostics.append(Diagnostic(.error, at: SourceLocation(path: path), rule: "unreadable", "cannot read the file"))
    }
  }
}
