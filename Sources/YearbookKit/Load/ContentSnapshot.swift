import Foundation

/// One read of the content and templates, kept so that the next read
/// (`ContentReader.read(content:templates:since:)`) reads only the files that changed: a file
/// whose stat(2) stamp is the same as at this read, and was settled then (see `FileStamp`),
/// keeps the text read here. A folder is listed again unless its own stamp, which a file
/// added, removed or renamed in it changes, is the same and settled in the same way: files
/// added or removed are always seen, and nothing depends on a watcher having reported every
/// change.
public struct ContentSnapshot: Sendable {
  /// The files read.
  public internal(set) var files: ContentFiles
  /// Files that could not be read or are not UTF-8.
  public internal(set) var diagnostics: [Diagnostic]
  /// When this read began, by the clock file timestamps are taken from.
  var started: timespec
  /// Every file read whole (unreadable ones are left out, so they are tried again), by path.
  var kept: [String: Kept]

  /// Every folder listed, by path: its stamp when listed and the names in it.
  var folders: [String: Folder] = [:]

  /// A folder's stamp when it was listed and the names found.
  struct Folder: Sendable {
    var stamp: FileStamp
    var names: [String]
  }

  /// A file's stamp when it was read and what was read.
  struct Kept: Sendable {
    var stamp: FileStamp
    var contents: Contents
  }

  /// A text file's text, or an asset's bytes.
  enum Contents: Sendable {
    case text(String)
    case bytes([UInt8])
  }

  /// How many files of this read were read from the disk rather than kept from the last read.
  public internal(set) var readCount = 0

  /// The names listed in `folder` when its stamp now is `stamp` and it was settled when this
  /// snapshot was taken; else nil (the folder must be listed).
  func names(in folder: String, stampedNow stamp: FileStamp) -> [String]? {
    guard let listed = folders[folder], listed.stamp == stamp, stamp.isSettled(before: started) else { return nil }
    return listed.names
  }

  /// The contents kept for `path` when its stamp now is `stamp` and it was settled when this
  /// snapshot was taken; else nil (the file must be read).
  func contents(of path: String, stampedNow stamp: FileStamp) -> Contents? {
    guard let kept = kept[path], kept.stamp == stamp, stamp.isSettled(before: started) else { return nil }
    return kept.contents
  }
}
