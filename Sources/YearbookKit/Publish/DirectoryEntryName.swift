import Foundation

/// The name of a directory entry returned by readdir(3).
///
/// A `dirent` from readdir is only as long as its name needs (`d_reclen`), not
/// `MemoryLayout<dirent>.size`: reading `entry.pointee.d_name` copies the whole 256-byte field
/// and can read past the end of the stream's buffer into an unmapped page (a crash seen at the
/// end of a large folder). The name is read in place, up to its terminating NUL.
public func directoryEntryName(_ entry: UnsafePointer<dirent>) -> String {
  let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
  return String(cString: (UnsafeRawPointer(entry) + offset).assumingMemoryBound(to: CChar.self))
}
