import Testing
@testable import PreviewServer

/// A folder held in a dictionary: relative path → what is there (with its real path, which a
/// symlink can send anywhere).
struct FakeLookup: FileLookup {
  let root = "/srv/site"
  var entries: [String: FileEntry] = [
    "": .directory(realPath: "/srv/site"),
    "index.html": .file(realPath: "/srv/site/index.html"),
    "en": .directory(realPath: "/srv/site/en"),
    "en/index.html": .file(realPath: "/srv/site/en/index.html"),
    "en/overview.html": .file(realPath: "/srv/site/en/overview.html"),
    "data": .directory(realPath: "/srv/site/data"),
    "data/appendix-02.csv": .file(realPath: "/srv/site/data/appendix-02.csv"),
    "报告": .directory(realPath: "/srv/site/报告"),
    "报告/index.html": .file(realPath: "/srv/site/报告/index.html"),
    ".gitkeep": .file(realPath: "/srv/site/.gitkeep"),
    // Symlinks: out of the root, to a sibling whose name starts like the root, and inside.
    "en/passwd.html": .file(realPath: "/etc/passwd"),
    "etc": .directory(realPath: "/etc"),
    "etc/index.html": .file(realPath: "/etc/index.html"),
    "sibling.html": .file(realPath: "/srv/site-old/secret.html"),
    "latest.html": .file(realPath: "/srv/site/en/overview.html"),
  ]

  func entry(at relativePath: String) -> FileEntry { entries[relativePath] ?? .missing }
}

@Suite struct PathResolverTests {
  let resolver = PathResolver(lookup: FakeLookup())

  func get(_ target: String) -> Resolution { resolver.resolve(method: "GET", target: target) }

  @Test func servesFilesForGetAndHead() {
    #expect(get("/en/overview.html") == .file("/srv/site/en/overview.html"))
    #expect(resolver.resolve(method: "HEAD", target: "/en/overview.html") == .file("/srv/site/en/overview.html"))
    #expect(get("/en/overview.html?v=2#top") == .file("/srv/site/en/overview.html"))
    #expect(get("/data/appendix-02.csv") == .file("/srv/site/data/appendix-02.csv"))
    #expect(get("/en//overview.html") == .file("/srv/site/en/overview.html"))
  }

  @Test func refusesEveryOtherMethod() {
    for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "get"] {
      #expect(resolver.resolve(method: method, target: "/en/overview.html") == .methodNotAllowed, "\(method)")
    }
  }

  @Test func aFolderIsItsIndexPageNeverAListing() {
    #expect(get("/") == .file("/srv/site/index.html"))
    #expect(get("/en/") == .file("/srv/site/en/index.html"))
    #expect(get("/data/") == .notFound)
    #expect(get("/en/overview.html/") == .notFound)
  }

  @Test func aFolderWithoutItsSlashIsRedirectedKeepingTheQuery() {
    #expect(get("/en") == .redirect("/en/"))
    #expect(get("/en?lang=1") == .redirect("/en/?lang=1"))
    #expect(get("/%E6%8A%A5%E5%91%8A") == .redirect("/%E6%8A%A5%E5%91%8A/"))
    // A doubled leading slash must not turn into a protocol-relative redirect to another host.
    #expect(get("//en") == .redirect("/en/"))
  }

  @Test func percentDecodingIsStrict() {
    #expect(get("/%E6%8A%A5%E5%91%8A/") == .file("/srv/site/报告/index.html"))
    #expect(get("/报告/") == .file("/srv/site/报告/index.html"))
    #expect(get("/en/overview%2Ehtml") == .file("/srv/site/en/overview.html"))
    for target in ["/%", "/%2", "/%zz", "/en/%G1.html", "/%E6%8A", "/%FF", "/%C0%AE%C0%AE/etc/passwd"] {
      #expect(get(target) == .badRequest, "\(target)")
    }
  }

  @Test func noTraversalWhateverTheEncoding() {
    let attempts = [
      "/../etc/passwd", "/en/../../etc/passwd", "/./index.html", "/en/./overview.html",
      "/%2e%2e/etc/passwd", "/%2E%2E/%2E%2E/etc/passwd", "/.%2e/etc/passwd", "/%2e./etc/passwd", "/en/%2e%2e/%2e%2e/etc/passwd",
      "/..%2fetc%2fpasswd", "/en%2f..%2f..%2fetc%2fpasswd", "/%2fetc%2fpasswd", "/en/%2F",
      "/..\\etc\\passwd", "/en\\..\\..\\etc\\passwd", "/%5c..%5cetc%5cpasswd", "/..%5Cetc",
      "/en/overview.html%00.css", "/%00", "/en/%0d%0aSet-Cookie:x",
      "en/overview.html", "", "*", "http://example.com/en/overview.html",
    ]
    for target in attempts {
      #expect(get(target) == .badRequest, "\(target)")
    }
  }

  @Test func symlinksMustStayUnderTheRoot() {
    #expect(get("/en/passwd.html") == .notFound)
    #expect(get("/etc/") == .notFound)
    #expect(get("/etc") == .notFound)
    #expect(get("/sibling.html") == .notFound, "a sibling folder whose name starts like the root's is outside")
    #expect(get("/latest.html") == .file("/srv/site/en/overview.html"), "a link within the root is fine")
  }

  @Test func hiddenAndMissingFilesAreNotFound() {
    #expect(get("/.gitkeep") == .notFound)
    #expect(get("/%2egitkeep") == .notFound)
    #expect(get("/en/missing.html") == .notFound)
    #expect(get("/missing/") == .notFound)
  }
}
