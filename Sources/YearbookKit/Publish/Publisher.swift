import Foundation

/// The one writer: publishes the built files into the output folder atomically. Everything is
/// written into a staging folder beside the output and swapped in with renames, so a failed or
/// interrupted build leaves the previous output whole.
public enum Publisher {
  /// Why publishing failed.
  public struct Failure: Error, CustomStringConvertible {
    /// The path involved.
    public var path: String
    /// What went wrong.
    public var reason: String
    public var description: String { "\(path): error: cannot publish: \(reason)" }
  }

  /// Writes `files` as the new content of `output`. Hidden top-level files already in `output`
  /// (such as `.gitkeep`) are kept. A file whose bytes are already in `output` is hard-linked
  /// into the staging folder rather than written again, so it keeps its date.
  @discardableResult
  public static func publish(_ files: [OutputFile], to output: String) throws(Failure) -> PublishSummary {
    let fm = FileManager.default
    let target = URL(fileURLWithPath: output).standardizedFileURL
    let parent = target.deletingLastPathComponent()
    let pid = ProcessInfo.processInfo.processIdentifier
    let staging = parent.appendingPathComponent(".\(target.lastPathComponent).staging-\(pid)")
    let old = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(pid)")
    var summary = PublishSummary()
    do {
      try? fm.removeItem(at: staging)
      try fm.createDirectory(at: staging, withIntermediateDirectories: true)
      for file in files {
        let url = staging.appendingPathComponent(file.path)
        try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        if isSame(file, at: target), (try? fm.linkItem(at: target.appendingPathComponent(file.path), to: url)) != nil {
          summary.unchanged += 1
        } else {
          try Data(file.bytes).write(to: url)
          summary.written.append(file.path)
        }
      }
      summary.removed = publishedPaths(in: target).subtracting(files.map(\.path)).sorted()
      if let kept = try? fm.contentsOfDirectory(atPath: target.path) {
        for name in kept where name.hasPrefix(".") {
          try? fm.copyItem(at: target.appendingPathComponent(name), to: staging.appendingPathComponent(name))
        }
      }
    } catch {
      try? fm.removeItem(at: staging)
      throw Failure(path: staging.path, reason: "\(error.localizedDescription)")
    }
    do {
      if fm.fileExists(atPath: target.path) {
        try fm.moveItem(at: target, to: old)
      }
      try fm.moveItem(at: staging, to: target)
      try? fm.removeItem(at: old)
      return summary
    } catch {
      if !fm.fileExists(atPath: target.path), fm.fileExists(atPath: old.path) {
        try? fm.moveItem(at: old, to: target)
      }
      try? fm.removeItem(at: staging)
      throw Failure(path: target.path, reason: "\(error.localizedDescription)")
    }
  }
}
