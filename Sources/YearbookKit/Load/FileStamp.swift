import Foundation

/// How a file looked on disk, from stat(2): enough to tell, without reading it, that a file is
/// still the one read or written before. Any write changes the change time (`ctime`), which no
/// program can set back, and a file replaced by a rename has another inode.
///
/// One limit: timestamps have a granularity (a nanosecond on ext4, xfs, btrfs and tmpfs, but
/// a second on some filesystems and two on FAT), and the kernel stamps them from a clock a
/// tick behind. A file written twice within one tick, at the same size, keeps its stamp. So a
/// stamp is trusted only once it is *settled*: its change time is older than the moment the
/// file was last looked at, less `margin(_:)`. A file changed since then has a change time
/// after that moment (less a tick and the granularity), so a settled stamp that still matches
/// proves the file has not been written since; a file changed very recently is simply read
/// again. (A network filesystem whose server clock runs far behind ours defeats this; the
/// preview is meant for local folders.)
struct FileStamp: Sendable, Equatable {
  var device: UInt64
  var inode: UInt64
  var mode: UInt32
  var size: Int64
  var modified: timespec
  var changed: timespec

  /// The stamp of the file at `path`, following symlinks; nil when it cannot be stat'ed.
  init?(path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    self.init(info)
  }

  /// The stamp of the file at `path` itself (a symlink is not followed); nil when there is none.
  init?(linkAt path: String) {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    self.init(info)
  }

  init(_ info: stat) {
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
    mode = UInt32(info.st_mode)
    size = Int64(info.st_size)
    modified = info.st_mtim
    changed = info.st_ctim
  }

  /// True for a folder.
  var isFolder: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFDIR) }

  /// The current time of the clock file timestamps are taken from.
  static func now() -> timespec {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    return time
  }

  /// How far before a look a change must be for the stamp to be trusted: two seconds when the
  /// stamp shows no sub-second part (a filesystem that keeps whole seconds, or FAT's two),
  /// else a tenth of a second (well over a kernel tick).
  static func margin(_ stamp: FileStamp) -> Int64 {
    stamp.modified.tv_nsec == 0 && stamp.changed.tv_nsec == 0 ? 2_000_000_000 : 100_000_000
  }

  /// True when the file's last change is older than `moment` by more than `margin(_:)`.
  func isSettled(before moment: timespec) -> Bool {
    Self.nanoseconds(changed) < Self.nanoseconds(moment) - Self.margin(self)
  }

  static func == (a: FileStamp, b: FileStamp) -> Bool {
    a.device == b.device && a.inode == b.inode && a.mode == b.mode && a.size == b.size && a.modified.tv_sec == b.modified.tv_sec
      && a.modified.tv_nsec == b.modified.tv_nsec && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
  }

  private static func nanoseconds(_ time: timespec) -> Int64 {
    Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
  }
}
