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
    let target = URL(fileURLWithPath: output).standardizedFileURL.path
    let parent = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    let pid = ProcessInfo.processInfo.processIdentifier
    let staging = parent + "/.\(name).staging-\(pid)"
    let old = parent + "/.\(name).old-\(pid)"
    var summary = PublishSummary()
    let paths = Set(files.map(\.path))
    let distinct = paths.count == files.count
    // What the output already holds, byte for byte: when that is every file and nothing
    // else (hidden top-level entries aside), the output is left as it is, with no folder
    // to stage, swap and remove.
    // The walk of the output's tree runs while its files are compared.
    let tree = Background { POSIXFiles.tree(in: target) }
    let held = distinct ? self.held(files, in: target) : [Bool](repeating: false, count: files.count)
    let (present, strays) = tree.value()
    summary.removed = present.subtracting(paths).sorted()
    if distinct, !strays, summary.removed.isEmpty, !held.contains(false) {
      summary.unchanged = files.count
      return summary
    }
    do throws(Failure) {
      _ = POSIXFiles.removeTree(staging)
      try check(POSIXFiles.makeFolders(staging), staging)
      try makeFolders(for: files, in: staging)
      (summary.written, summary.unchanged) = try stage(files, held: held, distinct: distinct, in: staging, from: target)
      keepHiddenEntries(of: target, in: staging)
    } catch {
      _ = POSIXFiles.removeTree(staging)
      throw error
    }
    let hadOutput = POSIXFiles.exists(target)
    do throws(Failure) {
      // A folder of that name left by an interrupted run of a process with the same id.
      _ = POSIXFiles.removeTree(old)
      if hadOutput { try check(POSIXFiles.move(target, old), target) }
      try check(POSIXFiles.move(staging, target), target)
    } catch {
      if hadOutput, !POSIXFiles.exists(target), POSIXFiles.exists(old) { _ = POSIXFiles.move(old, target) }
      _ = POSIXFiles.removeTree(staging)
      throw error
    }
    // The new output is in place: what is left of the old one is only removed.
    if hadOutput { _ = POSIXFiles.removeTree(old) }
    return summary
  }

  /// Throws a failure naming `path` unless `code` is 0.
  static func check(_ code: Int32, _ path: String) throws(Failure) {
    if code != 0 { throw Failure(path: path, reason: POSIXFiles.describe(code)) }
  }
}
