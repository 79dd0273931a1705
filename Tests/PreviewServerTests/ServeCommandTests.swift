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

  /// Saves per kind of edit. Their times are printed, not held to a bound: timings belong to
  /// scripts/measure-serve-reload.py and `make bench`, where the machine's load is known.
  static let timedSaves = 3

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

  /// Saves an edit and follows it to the open page: the reload event must name exactly
  /// `changed`, and `page`, fetched then, must show `shown`. Returns the time from the save to
  /// the page fetched.
  func save(
    _ file: URL, _ change: (String) -> String, events: EventReader, http: HTTPProbe, changed: [String], page: String, shown: String
  ) throws -> Duration {
    let start = ContinuousClock.now
    try edit(file, change)
    let event = try events.next(within: .seconds(15))
    #expect(event.name == "reload", "\(event.data)")
    #expect(try changedPaths(event).sorted() == changed.sorted(), "\(event.data)")
    #expect(try http.request("GET", page).text.contains(shown), "\(page) shows \(shown)")
    return ContinuousClock.now - start
  }

  /// The middle one of an odd number of timings.
  func median(_ times: [Duration]) -> Duration { times.sorted()[times.count / 2] }

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
    let notModified = try http.request("GET", "/en/overview.html", headers: ["If-None-Match": tag])
    #expect(notModified.status == 304 && notModified.body.isEmpty && notModified.headers["etag"] == tag)
    #expect(try http.request("GET", "/en/overview.html", headers: ["If-None-Match": "\"other\""]).status == 200)
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
    #expect(missing.status == 404 && missing.headers["content-type"] == "text/html; charset=utf-8")
    #expect(missing.text.contains("<base href=\"/\">"), "the site's 404 page, its links working at any depth")
    let missingHead = try http.request("HEAD", "/en/no-such-page.html")
    #expect(missingHead.status == 404 && missingHead.body.isEmpty)
    for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"] {
      let refused = try http.request(method, "/en/overview.html")
      #expect(refused.status == 405 && refused.headers["allow"] == "GET, HEAD", "\(method)")
    }
    #expect(try http.request("POST", "/__yearbook/events").status == 405)
    #expect(try http.request("GET", "/", headers: ["Host": "attacker.example"]).status == 403)

    let events = try http.events()
    #expect(try events.next(within: .seconds(15)).name == "hello")

    // A chapter edit: that page, and nothing else, changes. A CSV edit: its download and the
    // pages that place its chart. Each is saved a few times and the median held to the bound:
    // on a loaded 2-core CI machine, where the other suites run beside this one, one save can
    // wait for a core; a slow pipeline (a full rebuild, a missed file event) slows them all.
    // Seen here in the debug build, on 2 cores with a load average near 6: a chapter edit
    // 0.17–0.33 s, a CSV edit 0.35–0.62 s (its chart drawn twice in two languages).
    let chapter = content.appendingPathComponent("chapters/overview.en.md")
    let original = try String(contentsOf: chapter, encoding: .utf8)
    var chapterTimes: [Duration] = []
    for attempt in 1...Self.timedSaves {
      let marker = "Live edit \(attempt) \(UUID().uuidString)"
      chapterTimes.append(
        try save(
          chapter, { $0 + "\n\(marker).\n" }, events: events, http: http, changed: ["en/overview.html", "en/search-index.js"], page: "/en/overview.html",
          shown: marker))
    }
    let table = content.appendingPathComponent("data/fig-1-2-average-per-contract.csv")
    var value = "462.7"
    var csvTimes: [Duration] = []
    for attempt in 1...Self.timedSaves {
      let previous = value
      value = "470.\(attempt)"
      csvTimes.append(
        try save(
          table, { $0.replacingOccurrences(of: ",\(previous),", with: ",\(value),") }, events: events, http: http,
          // Part 2's pages quote the figure, and the search indexes hold their sentences.
          changed: [
            "data/fig-1-2-average-per-contract.csv", "en/composition.html", "en/overview.html", "en/search-index.js",
            "zh/composition.html", "zh/overview.html", "zh/search-index.js",
          ], page: "/en/overview.html",
          shown: "<td class=\"num\">\(value)</td>"))
    }
    #expect(try http.request("GET", "/data/fig-1-2-average-per-contract.csv").text.contains(",\(value),"))
    print("serve (debug): save → reloaded page, chapter \(chapterTimes), CSV \(csvTimes)")

    try brokenSavesKeepTheLastGoodSite(server: server, http: http, events: events, chapter: chapter, original: original, table: table)

    // Ctrl-C: the open stream ends, the server stops cleanly and removes its preview folder.
    let preview = FileManager.default.temporaryDirectory.appendingPathComponent("yearbook-serve-\(server.pid)").path
    #expect(FileManager.default.fileExists(atPath: preview))
    server.interrupt()
    #expect(server.waitForExit(within: .seconds(10)) == 0)
    #expect(server.stdout.hasSuffix("stopped\n"))
    #expect(!FileManager.default.fileExists(atPath: preview))
    #expect(throws: (any Error).self) { _ = try events.next(within: .seconds(2)) }
    #expect(throws: (any Error).self) { _ = try http.request("GET", "/") }
  }

  /// A broken chapter and a broken table: the errors, naming file and line, go to the terminal,
  /// the status and every open page; the last good site stays; the next good save recovers.
  func brokenSavesKeepTheLastGoodSite(
    server: ServerProcess, http: HTTPProbe, events: EventReader, chapter: URL, original: String, table: URL
  ) throws {
    let lastGoodText = try http.request("GET", "/en/overview.html").text
    try edit(chapter) { $0 + "\nSee [](#no-such-figure).\n" }
    var event = try events.next(within: .seconds(15))
    #expect(event.name == "failure")
    let brokenLine =
      try String(contentsOf: chapter, encoding: .utf8).components(separatedBy: "\n").firstIndex { $0.contains("no-such-figure") }! + 1
    #expect(event.data.contains("\"file\":\"\(chapter.path)\"") && event.data.contains("\"line\":\(brokenLine)"))
    #expect(event.data.contains("dangling-reference"))
    #expect(try http.request("GET", "/en/overview.html").text == lastGoodText)
    #expect(try http.request("GET", "/__yearbook/status").text.contains("dangling-reference"))
    #expect(server.waitFor(stderr: "\(chapter.path):\(brokenLine):", within: .seconds(2)))
    try edit(chapter) { _ in original }
    event = try events.next(within: .seconds(15))
    #expect(event.name == "reload")
    #expect(try changedPaths(event) == ["en/overview.html", "en/search-index.js"])
    let recovered = try http.request("GET", "/en/overview.html").text
    #expect(!recovered.contains("Live edit") && !recovered.contains("no-such-figure"))

    // A figure that is not a number, at line 2, column 13 of the CSV.
    let lastGoodTable = try http.request("GET", "/data/fig-1-2-average-per-contract.csv").text
    let lastGoodPage = try http.request("GET", "/en/overview.html").text
    try edit(table) { $0.replacingOccurrences(of: ",470.3,", with: ",47x.3,") }
    event = try events.next(within: .seconds(15))
    #expect(event.name == "failure")
    #expect(event.data.contains("\"file\":\"\(table.path)\"") && event.data.contains("\"line\":2") && event.data.contains("bad-number"))
    #expect(
      server.waitFor(stderr: "\(table.path):2:13: error: '47x.3' in column 'amount_2019' (decimal) is not a number", within: .seconds(2)))
    #expect(server.waitFor(stderr: "build failed with 1 error; still serving the last good site", within: .seconds(2)))
    #expect(try http.request("GET", "/data/fig-1-2-average-per-contract.csv").text == lastGoodTable)
    #expect(try http.request("GET", "/en/overview.html").text == lastGoodPage)
    #expect(try http.request("GET", "/__yearbook/status").text.contains("\"line\":2"))
    try edit(table) { $0.replacingOccurrences(of: ",47x.3,", with: ",470.4,") }
    event = try events.next(within: .seconds(15))
    #expect(event.name == "reload")
    #expect(try http.request("GET", "/en/overview.html").text.contains("<td class=\"num\">470.4</td>"))
    #expect(try http.request("GET", "/__yearbook/status").text.contains("\"diagnostics\":[]"))
  }
}
