/// What a publish did to the output folder.
public struct PublishSummary: Sendable, Equatable {
  /// Paths written because they were new or their bytes changed, in the order given.
  public var written: [String] = []
  /// How many files already had the right bytes and were left as they were.
  public var unchanged = 0
  /// Paths that were in the output and are no longer part of the site, sorted.
  public var removed: [String] = []

  /// Makes a summary.
  public init(written: [String] = [], unchanged: Int = 0, removed: [String] = []) {
    self.written = written
    self.unchanged = unchanged
    self.removed = removed
  }

  /// True when the output folder did not change at all.
  public var isEmpty: Bool { written.isEmpty && removed.isEmpty }
}
