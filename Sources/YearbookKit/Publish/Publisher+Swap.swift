import CFileSwap
import Foundation

/// Putting a staged site in the output's place, one publisher at a time, so that a reader of
/// the output (a web server) finds the old site or the new one whole at every instant.
extension Publisher {
  /// The names beside the output that belong to it: its lock and the staging folders of
  /// publishers that ran (or were killed) before.
  struct Siblings {
    var parent: String
    var name: String
    var pid: Int32

    var lock: String { "\(parent)/.\(name).lock" }
    var staging: String { "\(parent)/.\(name).staging-\(pid)" }
    var old: String { "\(parent)/.\(name).old-\(pid)" }

    /// True for the staging or old folder of any process, this one's included.
    func isLeftover(_ entry: String) -> Bool {
      entry.hasPrefix(".\(name).staging-") || entry.hasPrefix(".\(name).old-")
    }
  }

  /// Takes the output's lock (a `flock` on a hidden file beside it), waiting while another
  /// publisher holds it and calling `waiting` once if it must; the lock's descriptor, which
  /// holds it until closed (the kernel lets it go when a killed process dies).
  static func lock(_ siblings: Siblings, waiting: () -> Void) throws(Failure) -> Int32 {
    let fd = open(siblings.lock, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
    guard fd >= 0 else { throw Failure(path: siblings.lock, reason: POSIXFiles.describe(errno)) }
    if flock(fd, LOCK_EX | LOCK_NB) == 0 { return fd }
    waiting()
    while flock(fd, LOCK_EX) != 0 {
      guard errno == EINTR else {
        let code = errno
        close(fd)
        throw Failure(path: siblings.lock, reason: POSIXFiles.describe(code))
      }
    }
    return fd
  }

  /// Removes the staging folders that publishers killed before they finished left beside the
  /// output. Only the lock's holder stages, so every such folder is a leftover.
  static func removeLeftovers(_ siblings: Siblings) {
    for entry in POSIXFiles.sortedNames(in: siblings.parent) ?? [] where siblings.isLeftover(entry) {
      _ = POSIXFiles.removeTree("\(siblings.parent)/\(entry)")
    }
  }

  /// Puts the folder `staging` in the place of `target`. An existing output is exchanged with
  /// it in one step (renameat2's RENAME_EXCHANGE on Linux, renamex_np's RENAME_SWAP on
  /// macOS) and the old site, now at `staging`, removed. Where the file system cannot
  /// exchange, two renames: the old output moved aside, the new one moved in.
  static func swap(_ staging: String, into target: String, siblings: Siblings) throws(Failure) {
    guard POSIXFiles.exists(target) else {
      try check(POSIXFiles.move(staging, target), target)
      return
    }
    if yearbook_exchange(staging, target) == 0 {
      _ = POSIXFiles.removeTree(staging)
      return
    }
    let code = errno
    guard code == EINVAL || code == ENOSYS || code == ENOTSUP else { throw Failure(path: target, reason: POSIXFiles.describe(code)) }
    do throws(Failure) {
      try check(POSIXFiles.move(target, siblings.old), target)
      try check(POSIXFiles.move(staging, target), target)
    } catch {
      if !POSIXFiles.exists(target), POSIXFiles.exists(siblings.old) { _ = POSIXFiles.move(siblings.old, target) }
      throw error
    }
    _ = POSIXFiles.removeTree(siblings.old)
  }

  /// Refuses an output path that holds something other than a folder: publishing replaces
  /// the output whole, and a file given by mistake must not be deleted.
  static func checkIsFolderOrAbsent(_ target: String) throws(Failure) {
    var info = stat()
    guard lstat(target, &info) == 0 else { return }
    guard info.st_mode & S_IFMT == S_IFDIR else {
      throw Failure(path: target, reason: "it is not a folder; give a folder (or a path that does not exist yet) as the output")
    }
  }
}
