#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What is at a path under the output root, with its real path (every symlink resolved).
public enum FileEntry: Sendable, Equatable {
  /// A regular file.
  case file(realPath: String)
  /// A folder.
  case directory(realPath: String)
  /// Nothing, or something that is neither (a socket, a broken link).
  case missing
}

/// How `PathResolver` looks at the output folder; tests give it a dictionary instead of a disk.
public protocol FileLookup: Sendable {
  /// The root's real path.
  var root: String { get }
  /// What is at `relativePath` (segments joined by `/`, "" for the root itself).
  func entry(at relativePath: String) -> FileEntry
}

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
