import Foundation

/// Walking and removing a folder tree with directory streams: the type of each entry comes
/// with its name (no stat per file on the file systems that give it), and removal works on
/// names relative to an open folder, never following a link.
extension POSIXFiles {
  /// An entry of a folder: its name and whether it is a folder, a regular file or other.
  struct Entry {
    enum Kind { case folder, file, other }
    var name: String
    var kind: Kind
  }

  /// The entries of the folder open as `fd` (`.` and `..` left out); the stream is closed,
  /// and `fd` with it. Nil when the folder cannot be read.
  private static func entries(ofOpen fd: Int32) -> [Entry]? {
    guard let stream = fdopendir(fd) else {
      close(fd)
      return nil
    }
    defer { closedir(stream) }
    let folder = dirfd(stream)
    var result: [Entry] = []
    while let entry = readdir(stream) {
      let name = directoryEntryName(entry)
      if name == "." || name == ".." { continue }
      var kind: Entry.Kind
      switch Int32(entry.pointee.d_type) {
      case Int32(DT_DIR): kind = .folder
      case Int32(DT_REG): kind = .file
      case Int32(DT_UNKNOWN):
        var info = stat()
        guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
        kind = info.st_mode & S_IFMT == S_IFDIR ? .folder : info.st_mode & S_IFMT == S_IFREG ? .file : .other
      default: kind = .other
      }
      result.append(Entry(name: name, kind: kind))
    }
    return result
  }

  /// The entries of the folder at `path`; nil when it cannot be read.
  static func entries(of path: String) -> [Entry]? {
    let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    return entries(ofOpen: fd)
  }

  /// The names in the folder at `path` (hidden ones included), sorted; nil when it cannot be
  /// read. `FileManager.contentsOfDirectory` gives the same names, at several times the cost.
  static func sortedNames(in path: String) -> [String]? {
    entries(of: path)?.map(\.name).sorted()
  }

  /// Every entry under `root` that is not a folder, as paths relative to `root`, sorted;
  /// hidden entries and everything in hidden folders are left out, links are not followed
  /// into. Empty when `root` cannot be read.
  static func visibleNonFolders(in root: String) -> [String] {
    var paths: [String] = []
    func walk(_ folder: String, _ prefix: String) {
      for entry in entries(of: folder) ?? [] where !entry.name.hasPrefix(".") {
        if entry.kind == .folder {
          walk(folder + "/" + entry.name, prefix + entry.name + "/")
        } else {
          paths.append(prefix + entry.name)
        }
      }
    }
    walk(root, "")
    return paths.sorted()
  }

  /// Every regular file under `root` but hidden ones (`.gitkeep`, partial writes) and those
  /// in hidden folders, as paths relative to `root`, links not followed (none when `root`
  /// cannot be read); and whether `root` holds anything a publish would not carry over: an
  /// entry other than a regular file or folder, an empty or unreadable folder, a hidden entry
  /// below the top level (hidden top-level entries are kept); true as well when `root` is no
  /// folder it can read.
  static func tree(in root: String) -> (files: Set<String>, strays: Bool) {
    var paths: Set<String> = []
    var strays = false
    func walk(_ folder: String, _ prefix: String) {
      // A folder that cannot be read (the root included) or is empty is not carried over.
      guard let listed = entries(of: folder), !listed.isEmpty || prefix.isEmpty else {
        strays = true
        return
      }
      for entry in listed {
        guard !entry.name.hasPrefix(".") else {
          if !prefix.isEmpty { strays = true }
          continue
        }
        switch entry.kind {
        case .folder: walk(folder + "/" + entry.name, prefix + entry.name + "/")
        case .file: paths.insert(prefix + entry.name)
        case .other: strays = true
        }
      }
    }
    walk(root, "")
    return (paths, strays)
  }

  /// Removes the file, link or folder tree at `path`, the top-level entries of a folder
  /// removed on every core; 0 or the first `errno` met (the rest is still removed).
  static func removeTree(_ path: String) -> Int32 {
    var info = stat()
    guard lstat(path, &info) == 0 else { return errno == ENOENT ? 0 : errno }
    guard info.st_mode & S_IFMT == S_IFDIR else { return unlink(path) == 0 ? 0 : errno }
    guard let top = entries(of: path) else { return errno }
    let failures = top.concurrentMap { entry in
      entry.kind == .folder ? removeTree(named: entry.name, in: path) : (unlink(path + "/" + entry.name) == 0 ? 0 : errno)
    }
    if let failure = failures.first(where: { $0 != 0 }) { return failure }
    return rmdir(path) == 0 ? 0 : errno
  }

  /// Removes the folder `name` inside `parent` and everything in it, one core.
  private static func removeTree(named name: String, in parent: String) -> Int32 {
    let parentFD = open(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard parentFD >= 0 else { return errno }
    defer { close(parentFD) }
    return removeTree(named: name, inOpen: parentFD)
  }

  private static func removeTree(named name: String, inOpen parent: Int32) -> Int32 {
    let fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard fd >= 0 else { return errno }
    // A second descriptor for the unlinks: the first is closed with the stream that lists.
    let folder = dup(fd)
    guard folder >= 0 else {
      let failure = errno
      close(fd)
      return failure
    }
    defer { close(folder) }
    guard let entries = entries(ofOpen: fd) else { return errno }
    var failure: Int32 = 0
    for entry in entries {
      let code =
        entry.kind == .folder
        ? removeTree(named: entry.name, inOpen: folder) : (unlinkat(folder, entry.name, 0) == 0 ? 0 : errno)
      if failure == 0 { failure = code }
    }
    if unlinkat(parent, name, AT_REMOVEDIR) != 0, failure == 0 { failure = errno }
    return failure
  }
}
