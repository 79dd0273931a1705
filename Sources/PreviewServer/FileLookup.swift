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
