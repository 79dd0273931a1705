import Foundation

extension Publisher {
  /// Brings `output` in line with `files` in place, for the preview server: only files whose
  /// bytes changed are written, each to a temporary name then renamed over the old one, so a
  /// request never reads half a file; files no longer part of the site are removed. Unlike
  /// `publish` the site as a whole is not swapped at once, which a preview does not need.
  public static func update(_ files: [OutputFile], in output: String) throws(Failure) -> PublishSummary {
    var record = PublishedRecord()
    return try update(files, in: output, record: &record)
  }

  /// `update(_:in:)`, comparing with `record` (what the last update left) rather than reading
  /// the folder back: a rebuild's unchanged files cost a stat(2) each. What to remove is what
  /// the record holds and the site no longer does; only a first update (an empty record, or
  /// one of another folder) walks the folder for it. The record is brought up to date; after
  /// a failure it is emptied, so the next update compares with the disk again.
  public static func update(_ files: [OutputFile], in output: String, record: inout PublishedRecord) throws(Failure) -> PublishSummary {
    let started = FileStamp.now()
    let target = URL(fileURLWithPath: output).standardizedFileURL
    let root = target.path
    if record.output != root { record = PublishedRecord() }
    var done = PublishedRecord()
    done.output = root
    done.seen = started
    done.files.reserveCapacity(files.count)
    var summary = PublishSummary()
    var current = root
    do {
      try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
      for file in files {
        let path = root + "/" + file.path
        current = path
        if record.holds(file.bytes, at: file.path, file: path) {
          done.files[file.path] = PublishedRecord.Entry(bytes: file.bytes, stamp: record.files[file.path]!.stamp)
          summary.unchanged += 1
        } else if let stamp = FileStamp(linkAt: path), isSame(file.bytes, at: path) {
          done.files[file.path] = PublishedRecord.Entry(bytes: file.bytes, stamp: stamp)
          summary.unchanged += 1
        } else {
          try write(file.bytes, to: URL(fileURLWithPath: path))
          if let stamp = FileStamp(linkAt: path) { done.files[file.path] = PublishedRecord.Entry(bytes: file.bytes, stamp: stamp) }
          summary.written.append(file.path)
        }
      }
      let before = record.output == nil ? publishedPaths(in: target) : Set(record.files.keys)
      summary.removed = before.filter { done.files[$0] == nil && FileStamp(linkAt: root + "/" + $0) != nil }.sorted()
      for path in summary.removed {
        let url = target.appendingPathComponent(path)
        current = url.path
        try FileManager.default.removeItem(at: url)
        removeEmptyFolders(from: url.deletingLastPathComponent(), upTo: target)
      }
    } catch {
      record = PublishedRecord()
      throw Failure(path: current, reason: "\(error.localizedDescription)")
    }
    record = done
    return summary
  }

  /// True when `output` already holds `file` with the same bytes.
  static func isSame(_ file: OutputFile, at output: URL) -> Bool {
    isSame(file.bytes, at: output.appendingPathComponent(file.path).path)
  }

  /// True when the file at `path` holds exactly `bytes`.
  static func isSame(_ bytes: [UInt8], at path: String) -> Bool {
    // The size first: most changed files change size, and it needs no read.
    var info = stat()
    guard stat(path, &info) == 0, Int(info.st_size) == bytes.count,
      let data = FileManager.default.contents(atPath: path), data.count == bytes.count
    else { return false }
    return data.withUnsafeBytes { old in
      bytes.withUnsafeBytes { new in old.count == 0 || memcmp(old.baseAddress!, new.baseAddress!, old.count) == 0 }
    }
  }

  /// Every file under `output` but hidden ones (`.gitkeep`, partial writes), as relative paths.
  /// Symlinks are not followed: the publisher never makes one.
  static func publishedPaths(in output: URL) -> Set<String> {
    var paths: Set<String> = []
    func walk(_ folder: String, _ prefix: String) {
      for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where !name.hasPrefix(".") {
        var info = stat()
        guard lstat(folder + "/" + name, &info) == 0 else { continue }
        if info.st_mode & S_IFMT == S_IFDIR {
          walk(folder + "/" + name, prefix + name + "/")
        } else if info.st_mode & S_IFMT == S_IFREG {
          paths.insert(prefix + name)
        }
      }
    }
    walk(output.path, "")
    return paths
  }

  private static func removeEmptyFolders(from folder: URL, upTo root: URL) {
    var folder = folder.standardizedFileURL
    while folder.path.count > root.path.count, (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.isEmpty == true {
      try? FileManager.default.removeItem(at: folder)
      folder = folder.deletingLastPathComponent()
    }
  }
}
