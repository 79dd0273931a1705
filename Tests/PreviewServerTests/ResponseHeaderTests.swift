import Testing
@testable import PreviewServer

/// Content types, entity tags and the Host check.
@Suite struct ResponseHeaderTests {
  @Test func typesNameTheirCharset() {
    #expect(ContentType.of("/srv/site/en/overview.html") == "text/html; charset=utf-8")
    #expect(ContentType.of("assets/favicon.svg") == "image/svg+xml")
    #expect(ContentType.of("data/appendix-02.csv") == "text/csv; charset=utf-8")
    #expect(ContentType.of("assets/style.css") == "text/css; charset=utf-8")
    #expect(ContentType.of("assets/site.js") == "text/javascript; charset=utf-8")
    #expect(ContentType.of("sitemap.xml") == "application/xml; charset=utf-8")
    #expect(ContentType.of("fonts/a.WOFF2") == "font/woff2")
    #expect(ContentType.of("LICENSE") == "application/octet-stream")
    #expect(ContentType.of("archive.tar.unknown") == "application/octet-stream")
  }

  @Test func entityTagsMatchAsIfNoneMatchAsks() {
    let tag = EntityTag.make(inode: 255, size: 16, modifiedNanoseconds: 4096)
    #expect(tag == "\"ff-10-1000\"")
    #expect(EntityTag.matches(tag, tag))
    #expect(EntityTag.matches("\"a\", \(tag)", tag))
    #expect(EntityTag.matches("W/\(tag)", tag))
    #expect(EntityTag.matches("*", tag))
    #expect(!EntityTag.matches("\"ff-10-1001\"", tag))
    #expect(!EntityTag.matches("", tag))
  }

  @Test func aLoopbackServerAnswersOnlyLoopbackNames() {
    #expect(HostPolicy.allows("127.0.0.1:8000", boundTo: "127.0.0.1"))
    #expect(HostPolicy.allows("localhost:8000", boundTo: "127.0.0.1"))
    #expect(HostPolicy.allows("[::1]:8000", boundTo: "127.0.0.1"))
    #expect(HostPolicy.allows("LOCALHOST", boundTo: "localhost"))
    #expect(HostPolicy.allows(nil, boundTo: "127.0.0.1"))
    #expect(!HostPolicy.allows("attacker.example:8000", boundTo: "127.0.0.1"))
    #expect(!HostPolicy.allows("127.0.0.1.attacker.example", boundTo: "127.0.0.1"))
    #expect(!HostPolicy.allows("192.168.1.5:8000", boundTo: "127.0.0.1"))
    #expect(HostPolicy.allows("192.168.1.5:8000", boundTo: "0.0.0.0"), "bound to the network on purpose: any name")
  }
}
