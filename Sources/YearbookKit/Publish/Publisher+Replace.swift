import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension Publisher {
  /// Writes `bytes` to `url` through a temporary file put in its place in one step, so a
  /// reader sees the old bytes or the new, never half a file. Nothing is flushed to the disk:
  /// a preview folder is made again from the content at the next start, and `Data.write`'s
  /// fsync(2) made each written page cost milliseconds.
  static func write(_ bytes: [UInt8], to url: URL) throws {
    let fm = FileManager.default
    let folder = url.deletingLastPathComponent()
    var isFolder: ObjCBool = false
    if fm.fileExists(atPath: folder.path, isDirectory: &isFolder), !isFolder.boolValue { try fm.removeItem(at: folder) }
    try fm.createDirectory(at: folder, withIntermediateDirectories: true)
    if fm.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue { try fm.removeItem(at: url) }
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).partial").path
    try writeFile(bytes, at: temporary)
    try replace(url.path, with: temporary)
  }

  /// Creates or truncates the file at `path` and writes `bytes` to it.
  private static func writeFile(_ bytes: [UInt8], at path: String) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard fd >= 0 else { throw lastError() }
    var written = 0
    while written < bytes.count {
      let n = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + written, $0.count - written) }
      if n < 0, errno == EINTR { continue }
      guard n > 0 else {
        let error = lastError()
        close(fd)
        throw error
      }
      written += n
    }
    guard close(fd) == 0 else { throw lastError() }
  }

  /// Puts the file at `temporary` in the place of `path`. With glibc an existing file is swapped
  /// with it (renameat2 with RENAME_EXCHANGE) and the old one, now at `temporary`, removed:
  /// ext4 flushes a file renamed over another to the disk before the rename returns, which
  /// the swap does not ask for. Elsewhere, or where the filesystem cannot swap, rename(2),
  /// which replaces the old file in one step too.
  private static func replace(_ path: String, with temporary: String) throws {
    #if canImport(Glibc)
      if let exchange = renameExchange, exchange(AT_FDCWD, temporary, AT_FDCWD, path, 2) == 0 {
        unlink(temporary)
        return
      }
    #endif
    guard rename(temporary, path) == 0 else { throw lastError() }
  }

  #if canImport(Glibc)
    /// renameat2(2): the Glibc module leaves it out (glibc declares it only for _GNU_SOURCE),
    /// so it is looked up at run time. The last argument 2 is RENAME_EXCHANGE.
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let renameExchange: RenameAt2? = dlsym(nil, "renameat2").map { unsafeBitCast($0, to: RenameAt2.self) }
    private static let systemWrite = Glibc.write
  #else
    private static let systemWrite = Darwin.write
  #endif

  private static func lastError() -> Error {
    CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
  }
}
