import Foundation

extension Publisher {
  /// Brings `output` in line with `files` in place, for the preview server: only files whose
  /// bytes changed are written, each to a temporary name then renamed over the old one, so a
  /// request never reads half a file; files no longer part of the site are removed. Unlike
  /// `publish` the site as a whole is not swapped at once, which a preview does not need.
  public static func update(_ files: [OutputFile], in output: String) throws(Failure) -> PublishSummary {
    let fm = FileManager.default
    let target = URL(fileURLWithPath: output).standardizedFileURL
    var summary = PublishSummary()
    var current = target
    do {
      try fm.createDirectory(at: target, withIntermediateDirectories: true)
      for file in files {
        if isSame(file, at: target) {
          summary.unchanged += 1
          continue
        }
        let url = target.appendingPathComponent(file.path)
        current = url
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: folder.path, isDirectory: &isFolder), !isFolder.boolValue { try fm.removeItem(at: folder) }
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        if fm.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue { try fm.removeItem(at: url) }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).partial")
        try Data(file.bytes).write(to: temporary)
        // rename(2) replaces the old file in one step: a reader sees the old bytes or the new.
        guard rename(temporary.path, url.path) == 0 else {
          throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
        }
        summary.written.append(file.path)
      }
      summary.removed = publishedPaths(in: target).subtracting(files.map(\.path)).sorted()
      for path in summary.removed {
        current = target.appendingPathComponent(path)
        try fm.removeItem(at: current)
        removeEmptyFolders(from: current.deletingLastPathComponent(), upTo: target)
      }
    } catch {
      throw Failure(path: current.path, reason: "\(error.localizedDescription)")
    }
    return summary
  }

  /// True when `output` already holds `file` with the same bytes.
  static func isSame(_ file: OutputFile, at output: URL) -> Bool {
    let path = output.appendingPathComponent(file.path).path
    // The size first: most changed files change size, and it needs no read.
    var info = stat()
    guard stat(path, &info) == 0, Int(info.st_size) == file.bytes.count,
      let data = FileManager.default.contents(atPath: path), data.count == file.bytes.count
    else { return false }
    return data.withUnsafeBytes { old in
      file.bytes.withUnsafeBytes { new in old.count == 0 || memcmp(old.baseAddress!, new.baseAddress!, old.count) == 0 }
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
