import Foundation

/// Filling the staging folder: folders made once each, files compared with the output and
/// linked or written on every core.
extension Publisher {
  /// Makes every folder the files go in, each once, parents first.
  static func makeFolders(for files: [OutputFile], in staging: String) throws(Failure) {
    var made: Set<Substring> = []
    for file in files {
      // Slashes found on bytes: by Characters the search cost more than the folder's mkdir.
      guard let slash = file.path.utf8.lastIndex(of: UInt8(ascii: "/")) else { continue }
      var folder = file.path[..<slash]
      var missing: [Substring] = []
      while !folder.isEmpty, !made.contains(folder) {
        missing.append(folder)
        guard let up = folder.utf8.lastIndex(of: UInt8(ascii: "/")) else { break }
        folder = folder[..<up]
      }
      for folder in missing.reversed() {
        let path = staging + "/" + folder
        try check(POSIXFiles.makeFolder(path), path)
        made.insert(folder)
      }
    }
  }

  /// For each file, whether `target` holds it byte for byte, compared on every core in runs of
  /// files (which come folder by folder, so each folder is opened about once per run).
  static func held(_ files: [OutputFile], in target: String) -> [Bool] {
    let parts = runs(of: files).concurrentMap { run in
      var held: [Bool] = []
      var folders = FolderCursor()
      defer { folders.close() }
      for file in files[run] {
        let (parent, name) = split(file.path)
        let old = folders.open(parent, under: target)
        held.append(old >= 0 && POSIXFiles.holds(file.bytes, named: name, in: old))
      }
      return held
    }
    return parts.flatMap { $0 }
  }

  /// Puts every file in `staging`: a link to the old output's copy where `held` says it holds
  /// the same bytes, else the bytes written. The paths of the files written, and how many
  /// were linked.
  static func stage(_ files: [OutputFile], held: [Bool], distinct: Bool, in staging: String, from target: String) throws(Failure) -> (
    written: [String], unchanged: Int
  ) {
    // Runs of files, taken by whichever core is free. The same path twice (which no build
    // makes) is written in order, the last one kept, as one loop would.
    let parts = (distinct ? runs(of: files) : [files.indices]).concurrentMap { run in
      stage(run, of: files, held: held, in: staging, from: target)
    }
    var written: [String] = []
    var unchanged = 0
    for part in parts {
      if let failure = part.failure { throw failure }
      written += part.written
      unchanged += part.unchanged
    }
    return (written, unchanged)
  }

  /// The files cut into consecutive runs of about the same cost, about eight per core: a file
  /// costs its bytes and a fixed part for its system calls (about what 16 KB of bytes cost).
  /// The pages are most of the bytes and all come after the downloads, so runs of as many
  /// files each would leave one core comparing every page.
  static func runs(of files: [OutputFile]) -> [Range<Int>] {
    let perFile = 16_384
    let total = files.reduce(0) { $0 + perFile + $1.bytes.count }
    let share = max(total / (8 * max(ProcessInfo.processInfo.activeProcessorCount, 1)), 1)
    var runs: [Range<Int>] = []
    var start = 0
    var cost = 0
    for (i, file) in files.enumerated() {
      cost += perFile + file.bytes.count
      if cost >= share {
        runs.append(start..<(i + 1))
        (start, cost) = (i + 1, 0)
      }
    }
    if start < files.count { runs.append(start..<files.count) }
    return runs
  }

  private struct Staged: Sendable {
    var written: [String] = []
    var unchanged = 0
    var failure: Failure?
  }

  /// A file's folder (relative, "" at the root) and name.
  private static func split(_ path: String) -> (parent: Substring, name: String) {
    let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
    return (slash.map { path[..<$0] } ?? "", String(slash.map { path[path.utf8.index(after: $0)...] } ?? path[...]))
  }

  /// The folder of the file at hand, kept open while the files of one folder pass.
  private struct FolderCursor {
    var folder: Substring?
    var fd: Int32 = -1

    /// The descriptor of `root/parent` (-1 when it cannot be opened).
    mutating func open(_ parent: Substring, under root: String) -> Int32 {
      if parent != folder {
        close()
        fd = POSIXFiles.openFolder(parent.isEmpty ? root : root + "/" + parent)
        folder = parent
      }
      return fd
    }

    mutating func close() {
      if fd >= 0 { closeFolder(fd) }
      fd = -1
    }
  }

  private static func stage(_ indices: Range<Int>, of files: [OutputFile], held: [Bool], in staging: String, from target: String) -> Staged {
    var staged = Staged()
    var (old, new) = (FolderCursor(), FolderCursor())
    defer {
      old.close()
      new.close()
    }
    for i in indices {
      let file = files[i]
      let (parent, name) = split(file.path)
      let newFolder = new.open(parent, under: staging)
      if newFolder < 0 {
        staged.failure = Failure(path: parent.isEmpty ? staging : staging + "/" + parent, reason: POSIXFiles.describe(errno))
        break
      }
      if held[i], POSIXFiles.link(named: name, from: old.open(parent, under: target), to: newFolder) == 0 {
        staged.unchanged += 1
        continue
      }
      let code = POSIXFiles.write(file.bytes, named: name, in: newFolder)
      if code != 0 {
        staged.failure = Failure(path: staging + "/" + file.path, reason: POSIXFiles.describe(code))
        break
      }
      staged.written.append(file.path)
    }
    return staged
  }

  /// Carries the hidden top-level entries of `target` (`.gitkeep`, `.git`) into `staging`:
  /// files as links, folders as copies. What cannot be carried is left behind.
  static func keepHiddenEntries(of target: String, in staging: String) {
    for entry in POSIXFiles.entries(of: target) ?? [] where entry.name.hasPrefix(".") {
      let from = target + "/" + entry.name
      let to = staging + "/" + entry.name
      if entry.kind != .folder, POSIXFiles.link(from, to) == 0 { continue }
      try? FileManager.default.copyItem(atPath: from, toPath: to)
    }
  }
}

/// Closes a folder's descriptor (a name `FolderCursor.close` does not hide).
private func closeFolder(_ fd: Int32) {
  close(fd)
}
