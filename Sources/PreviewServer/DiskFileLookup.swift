#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The output folder on disk.
public struct DiskFileLookup: FileLookup {
  /// The root's real path.
  public let root: String

  /// Looks into `root`, which must exist (its real path is taken once, now).
  public init?(root: String) {
    guard let real = Self.realPath(root) else { return nil }
    self.root = real
  }

  /// What is at `relativePath`: stat of the real path, so a symlink reports where it leads.
  public func entry(at relativePath: String) -> FileEntry {
    guard let real = Self.realPath(relativePath.isEmpty ? root : root + "/" + relativePath) else { return .missing }
    var info = stat()
    guard stat(real, &info) == 0 else { return .missing }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .file(realPath: real)
    case S_IFDIR: return .directory(realPath: real)
    default: return .missing
    }
  }

  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
