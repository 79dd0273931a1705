import Foundation

/// The system calls `Publisher.publish` makes, plain POSIX calls: where `FileManager` stats,
/// builds URLs and bridges errors for every file, these cost a call or two, made on names
/// in an open folder rather than on whole paths where a folder holds many files. Each returns
/// 0 or the `errno` it failed with, for the caller to name the path.
enum POSIXFiles {
  /// Makes the folder at `path`; one that is already there is fine.
  static func makeFolder(_ path: String) -> Int32 {
    mkdir(path, 0o777) == 0 || errno == EEXIST && isFolder(path) ? 0 : errno
  }

  /// Makes the folder at `path` and any missing folder above it, as `mkdir -p` does.
  static func makeFolders(_ path: String) -> Int32 {
    if isFolder(path) { return 0 }
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty, parent != path {
      let failure = makeFolders(parent)
      if failure != 0 { return failure }
    }
    return makeFolder(path)
  }

  /// True when `path` is a folder (or a link to one).
  static func isFolder(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
  }

  /// True when something (a file, folder or link) is at `path`.
  static func exists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }

  /// Opens the folder at `path` for the calls below; -1 when it cannot be.
  static func openFolder(_ path: String) -> Int32 {
    open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
  }

  /// Writes `bytes` as a new file `name` in the open `folder` (replacing a file there), as
  /// `Data.write` does: permissions 0666 less the umask.
  static func write(_ bytes: [UInt8], named name: String, in folder: Int32) -> Int32 {
    let fd = openat(folder, name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard fd >= 0 else { return errno }
    var failure: Int32 = 0
    bytes.withUnsafeBytes { buffer in
      var done = 0
      while done < buffer.count {
        let n = Foundation.write(fd, buffer.baseAddress! + done, buffer.count - done)
        if n < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        done += n
      }
    }
    if close(fd) != 0 && failure == 0 { failure = errno }
    return failure
  }

  /// True when the file `name` in the open `folder` holds exactly `bytes` (a link is
  /// followed). The size is compared first, which needs no read; then the file is read and
  /// compared a chunk at a time, in a buffer on the stack: a buffer the size of the biggest
  /// page, for each run of files, touched that many fresh pages of memory, and each fresh
  /// page costs a fault.
  static func holds(_ bytes: [UInt8], named name: String, in folder: Int32) -> Bool {
    var info = stat()
    guard fstatat(folder, name, &info, 0) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == bytes.count else {
      return false
    }
    if bytes.isEmpty { return true }
    let fd = openat(folder, name, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    let chunk = 32 << 10
    return withUnsafeTemporaryAllocation(byteCount: chunk, alignment: 16) { buffer in
      bytes.withUnsafeBytes { new in
        var done = 0
        while done < new.count {
          let count = min(chunk, new.count - done)
          guard readAll(fd, into: buffer.baseAddress!, count: count) == count,
            memcmp(buffer.baseAddress!, new.baseAddress! + done, count) == 0
          else { return false }
          done += count
        }
        return true
      }
    }
  }

  /// Reads up to `count` bytes, fewer only at the end of the file; the number read, -1 on an
  /// error.
  private static func readAll(_ fd: Int32, into buffer: UnsafeMutableRawPointer, count: Int) -> Int {
    var done = 0
    while done < count {
      let n = read(fd, buffer + done, count - done)
      if n < 0 {
        if errno == EINTR { continue }
        return -1
      }
      if n == 0 { break }
      done += n
    }
    return done
  }

  /// Makes `name` in the open folder `to` another name of the file `name` in `from` (a link
  /// itself if that is one).
  static func link(named name: String, from: Int32, to: Int32) -> Int32 {
    linkat(from, name, to, name, 0) == 0 ? 0 : errno
  }

  /// Makes `to` another name of the file at `from` (a link itself if `from` is one).
  static func link(_ from: String, _ to: String) -> Int32 {
    linkat(AT_FDCWD, from, AT_FDCWD, to, 0) == 0 ? 0 : errno
  }

  /// Renames `from` to `to`, replacing `to` if it is a file or an empty folder.
  static func move(_ from: String, _ to: String) -> Int32 {
    rename(from, to) == 0 ? 0 : errno
  }

  /// The message for `code`.
  static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }
}
