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
    // Paths are ASCII, where bytes are Characters: cut on bytes, without grapheme breaking,
    // in the bytes themselves (through the UTF-8 view's indices it cost as much as reading a
    // small schema's keys).
    let original = path
    var path = path
    let slash = UInt8(ascii: "/")
    let stem = path.withUTF8 { bytes -> String? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      var end = bytes.count
      while end > 0 && bytes[end - 1] == slash { end -= 1 }
      var start = end
      while start > 0 && bytes[start - 1] != slash { start -= 1 }
      guard start < end else { return original }
      var dot = end
      while dot > start && bytes[dot - 1] != UInt8(ascii: ".") { dot -= 1 }
      if dot == start { dot = end } else { dot -= 1 }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<dot]), as: UTF8.self)
    }
    return stem ?? Self.stem(ofUnicode: original)
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
  /// Content/revisions.yaml, when there is one.
  public var revisions: SourceFile?
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
