import Foundation
import Testing

/// Runs the built `yearbook serve` on a copy of the content and an ephemeral port, as an editor
/// would: fetch a page, save an edit, see the reload event and the new page; break the build,
/// see the errors and the last good page; stop with Ctrl-C.
@Suite(.serialized) struct ServeCommandTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static var binary: URL {
    // The test bundle sits beside the products in .build/<config>/.
    var url = Bundle.main.bundleURL
    for _ in 0..<6 where !FileManager.default.fileExists(atPath: url.appendingPathComponent("yearbook").path) {
      url = url.deletingLastPathComponent()
    }
    return url.appendingPathComponent("yearbook")
  }

  /// A copy of Content/ and Templates/ in a fresh temporary folder.
  func copyOfSources() throws -> URL {
    let fm = FileManager.default
    let dir = fm.temporaryDirectory.appendingPathComponent("yearbook-serve-test-\(UUID().uuidString)")
    try fm.createDirectory(at: dir, withIntermediateDirectories: true)
    for name in ["Content", "Templates"] {
      try fm.copyItem(at: Self.repository.appendingPathComponent(name), to: dir.appendingPathComponent(name))
    }
    return dir
  }

  func edit(_ file: URL, _ change: (String) -> String) throws {
    let text = try String(contentsOf: file, encoding: .utf8)
    let changed = change(text)
    #expect(changed != text, "the edit changes \(file.lastPathComponent)")
    try Data(changed.utf8).write(to: file)
  }

  func changedPaths(_ event: EventReader.Event) throws -> [String] {
    let object = try JSONSerialization.jsonObject(with: Data(event.data.utf8)) as? [String: Any]
    return object?["changed"] as? [String] ?? []
  }

  @Test func anEditReachesTheOpenPageAndAFailedBuildKeepsTheLastGoodSite() throws {
    let dir = try copyOfSources()
    defer { try? FileManager.default.removeItem(at: dir) }
    let content = dir.appendingPathComponent("Content")
    let server = try ServerProcess(
      Self.binary, ["serve", "--content", content.path, "--templates", dir.appendingPathComponent("Templates").path, "--port", "0"])
    defer { server.stop() }
    let port = try #require(server.port(within: .seconds(120)), "serve never said where it listens: \(server.stderr)")
    let http = HTTPProbe(port: port)

    // Serving: pages with the live-reload client, types, validators, no way out of the root.
    let page = try http.request("GET", "/en/overview.html")
    #expect(page.status == 200)
    #expect(page.headers["content-type"] == "text/html; charset=utf-8")
    #expect(page.headers["x-content-type-options"] == "nosniff")
    #expect(page.text.contains("window.yearbookLive"))
    let tag = try #require(page.headers["etag"])
    #expect(try http.request("GET", "/en/overview.html", headers: ["If-None-Match": tag]).status == 304)
    let head = try http.request("HEAD", "/en/overview.html")
    #expect(head.status == 200 && head.body.isEmpty && head.headers["content-length"] == "\(page.body.count)")
    #expect(try http.request("GET", "/en").headers["location"] == "/en/")
    #expect(try http.request("GET", "/en/").text.contains("window.yearbookLive"))
    #expect(try http.request("GET", "/data/appendix-02.csv").headers["content-type"] == "text/csv; charset=utf-8")
    #expect(try http.request("GET", "/assets/favicon.svg").headers["content-type"] == "image/svg+xml")
    for target in ["/../Content/site.yaml", "/%2e%2e/Content/site.yaml", "/..%2fContent%2fsite.yaml", "/..\\Content\\site.yaml", "/%zz"] {
      #expect(try http.request("GET", target).status == 400, "\(target)")
    }
    let missing = try http.request("GET", "/en/no-such-page.html")
    #expect(missing.status == 404)
    #expect(missing.text.contains("<base href=\"/\">"), "the site's 404 page, its links working at any depth")
    let post = try http.request("POST", "/en/overview.html")
    #expect(post.status == 405 && post.headers["allow"] == "GET, HEAD")
    #expect(try http.request("GET", "/", headers: ["Host": "attacker.example"]).status == 403)

    let events = try http.events()
    #expect(try events.next(within: .seconds(15)).name == "hello")

    // A chapter edit: that page, and nothing else, changes.
    let marker = "Live edit \(UUID().uuidString)"
    let chapter = content.appendingPathComponent("chapters/overview.en.md")
    let original = try String(contentsOf: chapter, encoding: .utf8)
    var start = ContinuousClock.now
    try edit(chapter) { $0 + "\n\(marker).\n" }
    var event = try events.next(within: .seconds(15))
    let chapterEvent = ContinuousClock.now - start
    #expect(event.name == "reload")
    #expect(try changedPaths(event) == ["en/overview.html"])
    #expect(try http.request("GET", "/en/overview.html").text.contains(marker))
    let chapterPage = ContinuousClock.now - start
    #expect(chapterEvent < .seconds(1), "save → reload event took \(chapterEvent)")

    // A CSV edit: its download and the pages that place its chart.
    start = ContinuousClock.now
    try edit(content.appendingPathComponent("data/fig-1-2-average-per-contract.csv")) {
      $0.replacingOccurrences(of: "462.7,", with: "462.9,")
    }
    event = try events.next(within: .seconds(15))
    let csvEvent = ContinuousClock.now - start
    #expect(event.name == "reload")
    #expect(try changedPaths(event).sorted() == ["data/fig-1-2-average-per-contract.csv", "en/overview.html", "zh/overview.html"])
    #expect(try http.request("GET", "/data/fig-1-2-average-per-contract.csv").text.contains("462.9"))
    let csvPage = ContinuousClock.now - start
    // Two chart pages to draw: in a debug build, beside the other suites, this can pass a second.
    #expect(csvEvent < .seconds(2), "save → reload event took \(csvEvent)")
    print("serve: save → reload event / → page fetched: chapter \(chapterEvent) / \(chapterPage), CSV \(csvEvent) / \(csvPage)")

    // A broken reference: the errors go to the terminal and the pages; the last good site stays.
    try edit(chapter) { $0 + "\nSee [](#no-such-figure).\n" }
    event = try events.next(within: .seconds(15))
    #expect(event.name == "failure")
    #expect(event.data.contains("\"file\":\"\(chapter.path)\"") && event.data.contains("dangling-reference"))
    let brokenLine =
      try String(contentsOf: chapter, encoding: .utf8).components(separatedBy: "\n").firstIndex { $0.contains("no-such-figure") }! + 1
    #expect(event.data.contains("\"line\":\(brokenLine)"))
    let lastGood = try http.request("GET", "/en/overview.html")
    #expect(lastGood.status == 200 && lastGood.text.contains(marker) && !lastGood.text.contains("no-such-figure"))
    #expect(try http.request("GET", "/__yearbook/status").text.contains("dangling-reference"))
    #expect(server.waitFor(stderr: "dangling-reference", within: .seconds(2)))

    // The next good save recovers.
    try edit(chapter) { _ in original }
    event = try events.next(within: .seconds(15))
    #expect(event.name == "reload")
    #expect(try changedPaths(event) == ["en/overview.html"])
    #expect(!(try http.request("GET", "/en/overview.html").text.contains(marker)))

    // Ctrl-C: the open stream ends, the server stops cleanly and removes its preview folder.
    server.interrupt()
    #expect(server.waitForExit(within: .seconds(10)) == 0)
    #expect(server.stdout.contains("stopped"))
    #expect(throws: (any Error).self) { _ = try events.next(within: .seconds(2)) }
    #expect(throws: (any Error).self) { _ = try http.request("GET", "/") }
  }

  @Test func aPortInUseIsSaidClearly() throws {
    let dir = try copyOfSources()
    defer { try? FileManager.default.removeItem(at: dir) }
    let first = try ServerProcess(
      Self.binary,
      [
        "serve", "--content", dir.appendingPathComponent("Content").path, "--templates", dir.appendingPathComponent("Templates").path,
        "--port", "0",
      ])
    defer { first.stop() }
    let port = try #require(first.port(within: .seconds(120)))
    let second = try ServerProcess(
      Self.binary,
      [
        "serve", "--content", dir.appendingPathComponent("Content").path, "--templates", dir.appendingPathComponent("Templates").path,
        "--port", "\(port)",
      ])
    defer { second.stop() }
    #expect(second.waitForExit(within: .seconds(120)) == 1)
    #expect(second.stderr.contains("error: port \(port) on 127.0.0.1 is already in use"))
  }
}

extension ServeCommandTests {
  @Test func listeningBeyondThisMachineIsSaidLoudly() throws {
    let dir = try copyOfSources()
    defer { try? FileManager.default.removeItem(at: dir) }
    let server = try ServerProcess(
      Self.binary,
      [
        "serve", "--content", dir.appendingPathComponent("Content").path, "--templates", dir.appendingPathComponent("Templates").path,
        "--host", "0.0.0.0", "--port", "0",
      ])
    defer { server.stop() }
    #expect(server.waitFor(stderr: "warning: listening on 0.0.0.0, not only on this machine", within: .seconds(120)))
    #expect(server.waitFor(stdout: "serving http://0.0.0.0:", within: .seconds(120)))
    server.interrupt()
    #expect(server.waitForExit(within: .seconds(10)) == 0)
  }

  @Test func aMistypedFolderIsAUsageError() throws {
    let server = try ServerProcess(Self.binary, ["serve", "--content", "/no/such/Content", "--port", "0"])
    defer { server.stop() }
    #expect(server.waitForExit(within: .seconds(30)) == 2)
    #expect(server.stderr.contains("--content /no/such/Content: no such folder"))
  }
}
