/// One file of the built site: its path under the output root and its bytes.
public struct OutputFile: Sendable, Equatable {
  /// Relative path, e.g. `en/overview.html`.
  public var path: String
  /// Contents.
  public var bytes: [UInt8]
  /// Makes a file.
  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }
  /// Makes a text file.
  public init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }
  /// The contents as text.
  public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// How to build.
public struct BuildOptions: Sendable {
  /// Include draft chapters.
  public var includeDrafts = false
  /// Absolute base URL for canonical, hreflang and sitemap URLs (no trailing slash).
  public var baseURL: String?
  /// A script injected into every page (only `serve` sets it).
  public var liveReloadScript: String?
  /// Makes options.
  public init(includeDrafts: Bool = false, baseURL: String? = nil, liveReloadScript: String? = nil) {
    self.includeDrafts = includeDrafts
    self.baseURL = baseURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
    self.liveReloadScript = liveReloadScript
  }
}
