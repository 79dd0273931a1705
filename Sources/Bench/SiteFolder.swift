import Foundation

/// The benchmark's own scratch folders: synthetic sites written out, the real content copied
/// (so its edits never touch `Content/`).
enum SiteFolder {
  /// Replaces `folder` with `files` (paths relative to it).
  static func write(_ files: [String: String], to folder: String) throws {
    let fm = FileManager.default
    try? fm.removeItem(atPath: folder)
    for (path, text) in files {
      let url = URL(fileURLWithPath: "\(folder)/\(path)")
      try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
  }

  /// Replaces `destination` with a copy of `source`.
  static func copy(_ source: String, to destination: String) throws {
    let fm = FileManager.default
    try? fm.removeItem(atPath: destination)
    try fm.createDirectory(atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try fm.copyItem(atPath: source, toPath: destination)
  }

  /// The number of files and bytes under `folder`.
  static func size(of folder: String) -> (files: Int, bytes: Int) {
    let fm = FileManager.default
    var files = 0
    var bytes = 0
    for path in fm.enumerator(atPath: folder)?.compactMap({ $0 as? String }) ?? [] {
      var isFolder: ObjCBool = false
      let full = "\(folder)/\(path)"
      guard fm.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue else { continue }
      files += 1
      bytes += ((try? fm.attributesOfItem(atPath: full))?[.size] as? Int) ?? 0
    }
    return (files, bytes)
  }
}
