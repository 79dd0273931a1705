import Foundation

/// Filling the staging folder: folders made once each, files compared with the output and
/// linked or written on every core.
extension Publisher {
  /// Makes every folder the files go in, each once, parents first.
  static func makeFolders(for files: [OutputFile], in staging: String) throws(Failure) {
    var made: Set<Substring> = []
    for file in files {
      guard let slash = file.path.lastIndex(of: "/") else { continue }
      var folder = file.path[..<slash]
      var missing: [Substring] = []
      while !folder.isEmpty, !made.contains(folder) {
        missing.append(folder)
        guard let up = folder.lastIndex(of: "/") else { break }
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
  static func stage(_ files: [OutputFile], in staging: String, comparingWith target: String) throws(Failure) -> (
    written: [String], unchanged: Int
  ) {
    // Runs of files, taken by whichever core is free. The same path twice (which no build
    // makes) is written in order, the last one kept, as one loop would.
    let run = 48
    let distinct = Set(files.map(\.path)).count == files.count
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
    for file in files {
      let old = target + "/" + file.path
      let new = staging + "/" + file.path
      if POSIXFiles.holds(file.bytes, at: old, buffer: &buffer), POSIXFiles.link(old, new) == 0 {
        staged.unchanged += 1
        continue
      }
      let code = POSIXFiles.write(file.bytes, to: new)
      if code != 0 {
        staged.failure = Failure(path: new, reason: POSIXFiles.describe(code))
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
