/// A file's path (as the user named it) and text.
public struct SourceFile: Sendable, Equatable {
  /// Path for diagnostics, e.g. `Content/data/appendix-02.csv`.
  public var path: String
  /// UTF-8 text.
  public var text: String
  /// Makes a source file.
  public init(path: String, text: String) {
    self.path = path
    self.text = text
  }

  /// The file name without directory and extension(s): `overview.zh` for `chapters/overview.zh.md`.
  var stem: String {
    // Paths are ASCII, where bytes are Characters: cut on bytes, without grapheme breaking.
    guard path.utf8.allSatisfy({ $0 < 0x80 }) else { return Self.stem(ofUnicode: path) }
    let bytes = path.utf8
    let end = bytes.lastIndex { $0 != UInt8(ascii: "/") }.map(bytes.index(after:)) ?? bytes.startIndex
    let start = bytes[..<end].lastIndex(of: UInt8(ascii: "/")).map(bytes.index(after:)) ?? bytes.startIndex
    guard start < end else { return path }
    let name = bytes[start..<end]
    let dot = name.lastIndex(of: UInt8(ascii: ".")) ?? end
    return String(path[start..<dot])
  }

  /// `stem` by Characters, for a path that is not ASCII.
  private static func stem(ofUnicode path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: ".") else { return name }
    return String(name[..<dot])
  }
}

/// Every input file, read by `ContentReader`, parsed by `ReportParser`.
public struct ContentFiles: Sendable, Equatable {
  /// Content/site.yaml.
  public var site: SourceFile?
  /// Content/glossary.csv.
  public var glossary: SourceFile?
  /// Content/errata.yaml, when there is one.
  public var errata: SourceFile?
  /// Content/chapters/*.md, sorted by path.
  public var chapters: [SourceFile] = []
  /// Content/data/*.yaml, sorted.
  public var schemas: [SourceFile] = []
  /// Content/data/*.csv, sorted.
  public var tables: [SourceFile] = []
  /// Templates/*.mustache, sorted.
  public var templates: [SourceFile] = []
  /// Templates/assets/**, by path relative to Templates/.
  public var assets: [String: [UInt8]] = [:]
  /// The content folder as named.
  public var contentRoot: String = "Content"
  /// The templates folder as named.
  public var templatesRoot: String = "Templates"

  /// Makes an empty set.
  public init() {}
}
