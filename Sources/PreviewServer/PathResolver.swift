/// What a request is answered with, decided before any byte of a file is read.
public enum Resolution: Sendable, Equatable {
  /// Send this file: its real path, symlinks resolved, under the output root.
  case file(String)
  /// A folder asked for without its trailing slash: send the client there, so the relative links
  /// of its index page resolve.
  case redirect(String)
  /// Nothing there (or something the server will not show): the site's 404 page.
  case notFound
  /// A target that cannot be read as a path: bad percent-encoding, `..`, an encoded slash.
  case badRequest
  /// Not GET or HEAD.
  case methodNotAllowed
}

/// Maps a request's method and raw target to a `Resolution`, confined to the output root. Pure
/// but for the `FileLookup` it is given, so it is tested without sockets or even a disk.
///
/// Each `/`-separated segment is percent-decoded on its own, so `%2f` cannot smuggle a
/// separator in; decoding fails on a malformed escape or bytes that are not UTF-8. `.` and `..`
/// segments, backslashes and NUL are refused rather than normalised: browsers never send
/// them. Hidden names are not served. Whatever the segments say, the file's real path must lie
/// under the root's real path, which stops symlinks pointing out. A folder is never listed: its
/// `index.html`, or 404.
public struct PathResolver: Sendable {
  /// Where files are looked up.
  public let lookup: any FileLookup

  /// Makes a resolver over `lookup`.
  public init(lookup: any FileLookup) {
    self.lookup = lookup
  }

  /// Decides what `method` on the raw request `target` (`/en/overview.html?x`) is answered with.
  public func resolve(method: String, target: String) -> Resolution {
    guard method == "GET" || method == "HEAD" else { return .methodNotAllowed }
    guard let segments = Self.segments(of: target) else { return .badRequest }
    if segments.names.contains(where: { $0.hasPrefix(".") }) { return .notFound }
    let relative = segments.names.joined(separator: "/")
    switch lookup.entry(at: relative) {
    case .missing:
      return .notFound
    case .file(let real):
      guard contains(real), !segments.trailingSlash else { return .notFound }
      return .file(real)
    case .directory(let real):
      guard contains(real) else { return .notFound }
      guard segments.trailingSlash || segments.names.isEmpty else {
        return .redirect("/" + segments.names.map(PercentEncoding.encode).joined(separator: "/") + "/" + segments.query)
      }
      guard case .file(let index) = lookup.entry(at: relative.isEmpty ? "index.html" : relative + "/index.html"), contains(index)
      else { return .notFound }
      return .file(index)
    }
  }

  /// True when `real` is the root or inside it.
  private func contains(_ real: String) -> Bool {
    let root = lookup.root
    return real == root || real.hasPrefix(root.hasSuffix("/") ? root : root + "/")
  }

  /// The decoded, non-empty segments of a target's path, whether it ends in a slash, and its
  /// query (with its `?`); nil when the target is not an origin-form path or a segment is unsafe.
  static func segments(of target: String) -> (names: [String], trailingSlash: Bool, query: String)? {
    let path = target.prefix { $0 != "?" && $0 != "#" }
    let query = target.dropFirst(path.count).prefix { $0 != "#" }
    guard path.first == "/" else { return nil }
    var names: [String] = []
    for raw in path.split(separator: "/", omittingEmptySubsequences: true) {
      guard let name = PercentEncoding.decode(raw) else { return nil }
      guard name != ".", name != "..",
        !name.contains(where: { $0 == "/" || $0 == "\\" || $0.asciiValue.map { $0 < 0x20 || $0 == 0x7f } == true })
      else { return nil }
      names.append(name)
    }
    return (names, path.hasSuffix("/"), String(query))
  }
}
