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

  /// Puts each file in `staging`: hard-linked from `target` when it holds the same bytes
  /// there, written otherwise. The written paths in the order given, and how many were linked.
  /// `distinct` tells that no path is given twice.
  static func stage(_ files: [OutputFile], distinct: Bool, in staging: String, comparingWith target: String) throws(Failure) -> (
    written: [String], unchanged: Int
  ) {
    // Runs of files, taken by whichever core is free. The same path twice (which no build
    // makes) is written in order, the last one kept, as one loop would.
    let run = 48
    let starts = distinct ? Array(stride(from: 0, to: files.count, by: run)) : [0]
    let parts = starts.concurrentMap { start in
      stage(files[start..<(distinct ? min(start + run, files.count) : files.count)], in: staging, comparingWith: target)
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

  private struct Staged: Sendable {
    var written: [String] = []
    var unchanged = 0
    var failure: Failure?
  }

  private static func stage(_ files: ArraySlice<OutputFile>, in staging: String, comparingWith target: String) -> Staged {
    var staged = Staged()
    var buffer: [UInt8] = []
    // The folders of the file at hand, open in the old output and in the staging folder:
    // files come folder by folder, so each is opened about once per run.
    var folder: Substring?
    var (old, new): (Int32, Int32) = (-1, -1)
    defer {
      if old >= 0 { close(old) }
      if new >= 0 { close(new) }
    }
    for file in files {
      let slash = file.path.utf8.lastIndex(of: UInt8(ascii: "/"))
      let name = String(slash.map { file.path[file.path.utf8.index(after: $0)...] } ?? file.path[...])
      let parent = slash.map { file.path[..<$0] } ?? ""
      if parent != folder {
        if old >= 0 { close(old) }
        if new >= 0 { close(new) }
        let suffix = parent.isEmpty ? "" : "/" + parent
        // No such folder in the old output (the first build, a new folder): nothing to compare.
        old = POSIXFiles.openFolder(target + suffix)
        new = POSIXFiles.openFolder(staging + suffix)
        folder = parent
        if new < 0 {
          staged.failure = Failure(path: staging + suffix, reason: POSIXFiles.describe(errno))
          break
        }
      }
      if old >= 0, POSIXFiles.holds(file.bytes, named: name, in: old, buffer: &buffer),
        POSIXFiles.link(named: name, from: old, to: new) == 0
      {
        staged.unchanged += 1
        continue
      }
      let code = POSIXFiles.write(file.bytes, named: name, in: new)
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
