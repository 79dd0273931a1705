import Foundation
import Testing
@testable import PreviewServer

/// The resolver over a real folder with real symlinks.
@Suite struct DiskFileLookupTests {
  @Test func realSymlinksOutOfTheRootAreRefused() throws {
    let fm = FileManager.default
    let base = fm.temporaryDirectory.appendingPathComponent("yearbook-lookup-\(UUID().uuidString)")
    defer { try? fm.removeItem(at: base) }
    let root = base.appendingPathComponent("site")
    let outside = base.appendingPathComponent("secret")
    try fm.createDirectory(at: root.appendingPathComponent("en"), withIntermediateDirectories: true)
    try fm.createDirectory(at: outside, withIntermediateDirectories: true)
    try Data("page".utf8).write(to: root.appendingPathComponent("en/index.html"))
    try Data("secret".utf8).write(to: outside.appendingPathComponent("index.html"))
    try fm.createSymbolicLink(atPath: root.appendingPathComponent("out").path, withDestinationPath: outside.path)
    try fm.createSymbolicLink(
      atPath: root.appendingPathComponent("en/key.html").path, withDestinationPath: outside.appendingPathComponent("index.html").path)
    try fm.createSymbolicLink(atPath: root.appendingPathComponent("up.html").path, withDestinationPath: "../secret/index.html")
    try fm.createSymbolicLink(atPath: root.appendingPathComponent("home.html").path, withDestinationPath: "en/index.html")
    try fm.createSymbolicLink(atPath: root.appendingPathComponent("dangling.html").path, withDestinationPath: "nowhere.html")

    let lookup = try #require(DiskFileLookup(root: root.path))
    let resolver = PathResolver(lookup: lookup)
    let real = lookup.root
    #expect(resolver.resolve(method: "GET", target: "/en/") == .file(real + "/en/index.html"))
    #expect(resolver.resolve(method: "GET", target: "/en") == .redirect("/en/"))
    #expect(resolver.resolve(method: "GET", target: "/out/") == .notFound)
    #expect(resolver.resolve(method: "GET", target: "/out/index.html") == .notFound)
    #expect(resolver.resolve(method: "GET", target: "/en/key.html") == .notFound)
    #expect(resolver.resolve(method: "GET", target: "/up.html") == .notFound)
    #expect(resolver.resolve(method: "GET", target: "/dangling.html") == .notFound)
    #expect(resolver.resolve(method: "GET", target: "/home.html") == .file(real + "/en/index.html"))
    #expect(resolver.resolve(method: "GET", target: "/") == .notFound, "no index.html at the root, and no listing")
  }
}
