import Foundation

/// What may be read as content: a regular file inside its tree. A link is followed only to a
/// file inside the folder it was found under (the content folder, or the templates folder
/// for templates and assets), so a link to `/etc/passwd` is never published; a FIFO, a
/// device or a socket is refused before it is opened, so that none can hang or flood a build.
enum FileAdmission {
  /// The largest file read: some 300 times the largest file of the real report (the agency
  /// directory, 56 KB), and small enough that checking and building a table of that size stays
  /// within a desktop's memory (BENCHMARKS.md, "Input size bounds").
  static let maximumSize = 16 << 20

  /// The finding that refuses the file at `path`, found under `root`; nil when it may be read.
  static func problem(_ path: String, root: String) -> Diagnostic? {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    let at = SourceLocation(path: path)
    if info.st_mode & S_IFMT == S_IFLNK {
      guard let target = realPath(path) else {
        return Diagnostic(.error, at: at, rule: "unsafe-link", "this link leads to no file")
      }
      guard let top = realPath(root), target.hasPrefix(top + "/") else {
        return Diagnostic(
          .error, at: at, rule: "unsafe-link",
          "this link leads outside \(root) (to \(target)); only files inside it are read: copy the file in instead")
      }
      guard stat(path, &info) == 0 else { return nil }
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      return Diagnostic(.error, at: at, rule: "not-a-file", "not a regular file (\(kind(info.st_mode))); only files and folders are read")
    }
    guard info.st_size <= maximumSize else {
      return Diagnostic(.error, at: at, rule: "file-too-large", "the file holds \(info.st_size) bytes; files over \(maximumSize >> 20) MB are not read")
    }
    return nil
  }

  /// The 1-based line and column (in characters) of the first byte of `bytes` that does not
  /// begin a well-formed UTF-8 character.
  static func firstInvalidUTF8(in bytes: ArraySlice<UInt8>) -> (line: Int, column: Int) {
    var line = 1
    var lineStart = bytes.startIndex
    var i = bytes.startIndex
    while i < bytes.endIndex {
      let length = sequenceLength(bytes, at: i)
      if length == 0 {
        let column = String(decoding: bytes[lineStart..<i], as: UTF8.self).count + 1
        return (line, column)
      }
      if bytes[i] == UInt8(ascii: "\n") {
        line += 1
        lineStart = i + 1
      }
      i += length
    }
    return (line, 1)
  }

  /// The length of the well-formed UTF-8 sequence starting at `i`, or 0.
  private static func sequenceLength(_ bytes: ArraySlice<UInt8>, at i: Int) -> Int {
    let lead = bytes[i]
    let (length, low, high): (Int, UInt8, UInt8) =
      switch lead {
      case 0x00...0x7F: (1, 0, 0)
      case 0xC2...0xDF: (2, 0x80, 0xBF)
      case 0xE0: (3, 0xA0, 0xBF)
      case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80, 0xBF)
      case 0xED: (3, 0x80, 0x9F)
      case 0xF0: (4, 0x90, 0xBF)
      case 0xF1...0xF3: (4, 0x80, 0xBF)
      case 0xF4: (4, 0x80, 0x8F)
      default: (0, 0, 0)
      }
    guard length > 1 else { return length }
    guard i + length <= bytes.endIndex, (low...high).contains(bytes[i + 1]) else { return 0 }
    for k in 2..<length where !(0x80...0xBF).contains(bytes[i + k]) { return 0 }
    return length
  }

  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  private static func kind(_ mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFIFO: "a FIFO"
    case S_IFCHR: "a character device"
    case S_IFBLK: "a block device"
    case S_IFSOCK: "a socket"
    case S_IFDIR: "a folder"
    default: "not a file"
    }
  }
}
