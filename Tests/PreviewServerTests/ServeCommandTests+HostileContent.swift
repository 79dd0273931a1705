import Foundation
import Testing

/// Hostile saves while `serve` runs: each is reported at its place at once, and the next
/// good save is built and reloaded as usual.
extension ServeCommandTests {
  /// The classic alias bomb (10⁹ values in 1 KB), twelve mappings each holding the one before
  /// as two keys, and lists nested 200,000 deep: each as site.yaml.
  static var hostileYAML: [(text: String, finding: String)] {
    var laughs = "l0: &l0 [" + Array(repeating: "lol", count: 10).joined(separator: ", ") + "]\n"
    for level in 1...9 {
      laughs += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
    }
    var keys = "k0: &k0 {a: 1}\n"
    for level in 1...12 { keys += "k\(level): &k\(level) {? *k\(level - 1) : 1, ? *k\(level - 1) : 2}\n" }
    keys += "? *k12\n: 1\n? *k12\n: 2\n"
    let deep = "a: " + String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000) + "\n"
    return [
      (laughs, "site.yaml:6:45: error: YAML too large: more than 1000000 values once aliases are expanded"),
      (keys, "site.yaml:2:12: error: YAML syntax: found a list or mapping as a key"),
      // Where libyaml stops ahead of the limit depends on how far it looked ahead.
      (deep, "error: YAML too large: lists and mappings nested more than 100 deep (aliases included) [yaml-limit]"),
    ]
  }

  @Test func aYAMLBombIsReportedAtOnceAndServeBuildsTheNextGoodSave() throws {
    let dir = try copyOfSources()
    defer { try? FileManager.default.removeItem(at: dir) }
    let server = try serve(dir, ["--port", "0"])
    defer { server.stop() }
    let port = try #require(server.port(within: .seconds(120)), "serve never said where it listens: \(server.stderr)")
    let http = HTTPProbe(port: port)
    let events = try http.events()
    #expect(try events.next(within: .seconds(10)).name == "hello")
    let site = dir.appendingPathComponent("Content/site.yaml")
    let good = try Data(contentsOf: site)

    for (text, finding) in Self.hostileYAML {
      try Data(text.utf8).write(to: site)
      let event = try events.next(within: .seconds(30))
      #expect(event.name == "failure", "\(event.data)")
      #expect(server.waitFor(stderr: finding, within: .seconds(5)), "\(server.stderr)")
    }
    try good.write(to: site)
    #expect(try events.next(within: .seconds(30)).name == "reload")
    #expect(try http.request("GET", "/en/overview.html").status == 200)
  }
}
