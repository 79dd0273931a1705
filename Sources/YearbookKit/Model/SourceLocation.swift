/// A place in a content file: path as the user named it, 1-based line and column
/// (0 when unknown).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// File path, e.g. `Content/data/appendix-02.csv`.
  public var path: String
  /// 1-based line, 0 if the whole file.
  public var line: Int
  /// 1-based column, 0 if the whole line.
  public var column: Int

  /// Makes a location.
  public init(path: String, line: Int = 0, column: Int = 0) {
    self.path = path
    self.line = line
    self.column = column
  }

  public var description: String {
    line == 0 ? path : column == 0 ? "\(path):\(line)" : "\(path):\(line):\(column)"
  }

  public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
    (a.path, a.line, a.column) < (b.path, b.line, b.column)
  }
}
