import Foundation

/// The one writer: publishes the built files into the output folder atomically. Everything is
/// written into a staging folder beside the output and exchanged with the output in one step,
/// under a lock beside the output, so a failed, interrupted or concurrent build leaves the
/// previous output whole, and a reader never finds it missing or mixed.
public enum Publisher {
  /// Why publishing failed.
  public struct Failure: Error, CustomStringConvertible {
    /// The path involved.
    public var path: String
    /// What went wrong.
    public var reason: String
    public var description: String { "\(path): error: cannot publish: \(reason)" }
  }

  /// Writes `files` as the new content of `output`, a folder or a path where there is none
  /// (anything else is refused). Hidden top-level files already in `output`
  /// (such as `.gitkeep`) are kept. `waiting` is called when another publisher holds the
  /// output's lock and this one waits for it. A file whose bytes are already in `output` is hard-linked
  /// into the staging folder rather than written again, so it keeps its date.
  @discardableResult
  public static func publish(_ files: [OutputFile], to output: String, waiting: () -> Void = {}) throws(Failure) -> PublishSummary {
    let target = resolvedOutput(output)
    try checkIsFolderOrAbsent(target)
    for file in files {
      if let problem = PathName.problem(inRelativePath: file.path) {
        throw Failure(path: file.path, reason: "not a plain relative path: \(problem)")
      }
    }
    let siblings = Siblings(
      parent: (target as NSString).deletingLastPathComponent, name: (target as NSString).lastPathComponent,
      pid: ProcessInfo.processInfo.processIdentifier)
    try check(POSIXFiles.makeFolders(siblings.parent), siblings.parent)
    let lock = try lock(siblings, waiting: waiting)
    defer { close(lock) }
    removeLeftovers(siblings)
    let staging = siblings.staging
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
      try check(POSIXFiles.makeFolders(staging), staging)
      try makeFolders(for: files, in: staging)
      (summary.written, summary.unchanged) = try stage(files, held: held, distinct: distinct, in: staging, from: target)
      keepHiddenEntries(of: target, in: staging)
      try swap(staging, into: target, siblings: siblings)
    } catch {
      _ = POSIXFiles.removeTree(staging)
      throw error
    }
    return summary
  }

  /// The absolute path of the output; a link to a folder is published into that folder's
  /// place.
  private static func resolvedOutput(_ output: String) -> String {
    let path = URL(fileURLWithPath: output).standardizedFileURL.path
    guard POSIXFiles.isFolder(path), let resolved = realpath(path, nil) else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Throws a failure naming `path` unless `code` is 0.
  static func check(_ code: Int32, _ path: String) throws(Failure) {
    if code != 0 { throw Failure(path: path, reason: POSIXFiles.describe(code)) }
  }
}
