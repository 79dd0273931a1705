#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

import YearbookKit

/// The identity of every file under some folders: polling it and comparing is how `serve`
/// sees edits. An editor that saves by writing a new file and renaming it changes the inode;
/// one that writes in place changes the size or the nanosecond mtime. Hidden files and editor
/// leftovers (`.swp`, `~`, Emacs `#…#`) are not part of the site and are left out.
struct FileSnapshot: Sendable, Equatable {
  /// A file's identity.
  struct Stamp: Sendable, Equatable {
    var inode: UInt64
    var size: Int64
    var modified: Int64
  }

  /// Stamps by path.
  var stamps: [String: Stamp] = [:]
  /// Every folder walked, roots included.
  var folders: [String] = []

  /// The paths added, removed or changed since `old`, sorted.
  func changes(since old: FileSnapshot) -> [String] {
    var paths = stamps.compactMap { path, stamp in old.stamps[path] == stamp ? nil : path }
    paths += old.stamps.keys.filter { stamps[$0] == nil }
    return paths.sorted()
  }

  /// Reads the stamps of every file under `roots` (recursively; symlinked folders are not
  /// followed, so a link loop cannot hang the watcher).
  static func take(_ roots: [String]) -> FileSnapshot {
    var snapshot = FileSnapshot()
    for root in roots { snapshot.walk(root) }
    return snapshot
  }

  /// True for names the watcher ignores.
  static func isIgnored(_ name: String) -> Bool {
    name.hasPrefix(".") || name.hasPrefix("#") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
      || name == "4913"
  }

  private mutating func walk(_ folder: String) {
    guard let directory = opendir(folder) else { return }
    defer { closedir(directory) }
    folders.append(folder)
    while let entry = readdir(directory) {
      let name = directoryEntryName(entry)
      guard !Self.isIgnored(name) else { continue }
      let path = folder + "/" + name
      var info = stat()
      guard lstat(path, &info) == 0 else { continue }
      if info.st_mode & S_IFMT == S_IFDIR {
        walk(path)
      } else {
        if info.st_mode & S_IFMT == S_IFLNK, stat(path, &info) != 0 { continue }
        stamps[path] = Stamp(inode: UInt64(info.st_ino), size: Int64(info.st_size), modified: Self.nanoseconds(info))
      }
    }
  }

  /// A stat's modification time in nanoseconds.
  static func nanoseconds(_ info: stat) -> Int64 {
    #if canImport(Darwin)
      Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
    #else
      Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    #endif
  }
}
