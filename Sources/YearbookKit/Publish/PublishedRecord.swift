import Foundation

/// What `Publisher.update` last left in an output folder, so that the next update compares the
/// new files with it in memory instead of reading every file back: per path, the bytes written
/// (or found already there) and the file's stat(2) stamp afterwards. A file is taken as
/// unchanged only when its bytes equal the recorded ones and the disk still shows the recorded
/// stamp, settled (see `FileStamp`): a file deleted, replaced or edited behind the preview's
/// back is compared on disk again, and rewritten if it differs.
public struct PublishedRecord: Sendable {
  /// The output folder recorded; nil before the first update (which then walks the folder to
  /// find what to remove).
  var output: String?
  /// Per relative path, what the folder holds.
  var files: [String: Entry] = [:]
  /// When the last update began: every entry was written or checked after it, so an entry's
  /// stamp settled before it proves the file unchanged since.
  var seen = timespec()

  /// One file as last written or found.
  struct Entry: Sendable {
    var bytes: [UInt8]
    var stamp: FileStamp
  }

  /// Makes an empty record: the next update compares with the disk and walks the folder.
  public init() {}

  /// True when the recorded entry for `path` has `bytes` and the disk still shows its stamp.
  func holds(_ bytes: [UInt8], at path: String, file: String) -> Bool {
    guard let entry = files[path], entry.bytes.hasSameBytes(as: bytes), entry.stamp.isSettled(before: seen),
      let now = FileStamp(linkAt: file)
    else { return false }
    return now == entry.stamp
  }
}
