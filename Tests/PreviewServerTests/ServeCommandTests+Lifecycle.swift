import Foundation
import Testing

/// Starting and stopping `yearbook serve`: a port in use, an address beyond this machine, a
/// mistyped folder, SIGTERM (during a rebuild too). In the same serialized suite as the edit test, so that no two
/// servers build at once beside its timings.
extension ServeCommandTests {
  func serve(_ dir: URL, _ arguments: [String]) throws -> ServerProcess {
    try ServerProcess(
      Self.binary,
      ["serve", "--content", dir.appendingPathComponent("Content").path, "--templates", dir.appendingPathComponent("Templates").path]
        + arguments)
  }

  @Test func aPortInUseIsSaidAtOnceInOneLineAndSIGTERMStopsCleanly() throws {
    let dir = try copyOfSources()
    defer { try? FileManager.default.removeItem(at: dir) }
    let first = try serve(dir, ["--port", "0"])
    defer { first.stop() }
    let port = try #require(first.port(within: .seconds(120)))

    // Before building anything: one line on standard error, nothing on standard output.
    let second = try serve(dir, ["--port", "\(port)"])
    defer { second.stop() }
    #expect(second.waitForExit(within: .seconds(30)) == 1)
    #expect(
      second.stderr
        == "error: port \(port) on 127.0.0.1 is already in use (another `yearbook serve`?); "
        + "choose another with --port, or --port 0 for any free port\n")
    #expect(second.stdout == "")

    let preview = FileManager.default.temporaryDirectory.appendingPathComponent("yearbook-serve-\(first.pid)").path
    #expect(FileManager.default.fileExists(atPath: preview))
    first.terminate()
    #expect(first.waitForExit(within: .seconds(10)) == 0)
    #expect(first.stdout.hasSuffix("stopped\n"))
    #expect(!FileManager.default.fileExists(atPath: preview))
    #expect(!first.stderr.contains("error"), "\(first.stderr)")
  }

  @Test func ctrlCDuringTheFirstBuildStopsCleanly() throws {
    let dir = try copyOfSources()
    defer { try? FileManager.default.removeItem(at: dir) }
    let server = try serve(dir, ["--port", "0"])
    defer { server.stop() }
    // The preview folder is made just before the first build, which takes over a second in a
    // debug build; the interrupt lands in it.
    let preview = FileManager.default.temporaryDirectory.appendingPathComponent("yearbook-serve-\(server.pid)").path
    let deadline = ContinuousClock.now + .seconds(30)
    while !FileManager.default.fileExists(atPath: preview), ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.005) }
    Thread.sleep(forTimeInterval: 0.2)
    server.interrupt()
    #expect(server.waitForExit(within: .seconds(10)) == 0)
    #expect(server.stdout.hasSuffix("stopped\n"))
    #expect(!FileManager.default.fileExists(atPath: preview))
  }

  @Test func sigtermDuringASlowRebuildStopsAtOnceAndRemovesThePreview() throws {
    let dir = try copyOfSources()
    defer { try? FileManager.default.removeItem(at: dir) }
    let server = try serve(dir, ["--port", "0"])
    defer { server.stop() }
    _ = try #require(server.port(within: .seconds(120)), "serve never said where it listens: \(server.stderr)")
    let preview = FileManager.default.temporaryDirectory.appendingPathComponent("yearbook-serve-\(server.pid)").path
    #expect(FileManager.default.fileExists(atPath: preview))

    // A valid chapter of 15 MB (under the 16 MB a file may hold), whose rebuild takes over ten seconds in a debug build (about
    // two in a release build): the signal lands while it runs.
    let paragraph = "Plain words of a long chapter, written again and again, so that its rebuild takes a while.\n\n"
    let chapter = dir.appendingPathComponent("Content/chapters/overview.en.md")
    try edit(chapter) { $0 + String(repeating: paragraph, count: 160_000) }
    Thread.sleep(forTimeInterval: 1.5)
    server.terminate()
    // A hang shows as a status of nil; a build left to finish would take far longer than this.
    #expect(server.waitForExit(within: .seconds(5)) == 0)
    #expect(
      !server.stdout.contains("overview.en.md") && !server.stderr.contains("overview.en.md"), "the rebuild had ended: \(server.stdout)")
    #expect(server.stdout.hasSuffix("stopped\n"))
    #expect(!FileManager.default.fileExists(atPath: preview))
  }

  @Test func listeningBeyondThisMachineIsSaidLoudly() throws {
    let dir = try copyOfSources()
    defer { try? FileManager.default.removeItem(at: dir) }
    let server = try serve(dir, ["--host", "0.0.0.0", "--port", "0"])
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

extension ServeCommandTests {
  @Test func startingOnABrokenBuildSaysPlainlyThatThereIsNoGoodBuildYet() throws {
    let dir = try copyOfSources()
    defer { try? FileManager.default.removeItem(at: dir) }
    let csv = dir.appendingPathComponent("Content/data/appendix-03.csv")
    let original = try String(contentsOf: csv, encoding: .utf8)
    try original.replacingOccurrences(of: "\n", with: "\n\"", options: [], range: original.range(of: "\n")).write(
      to: csv, atomically: true, encoding: .utf8)
    let server = try serve(dir, ["--port", "0"])
    defer { server.stop() }
    let port = try #require(server.port(within: .seconds(120)))
    #expect(server.waitFor(stderr: "first build: build failed", within: .seconds(120)))
    let page = try HTTPProbe(port: port).request("GET", "/en/overview.html")
    #expect(page.status == 404)
    #expect(page.text.contains("There is no good build yet: the first build failed."))
    #expect(page.text.contains("<meta name=\"yearbook-no-build\""))
    #expect(page.text.contains("yearbookLive"), "the page follows the next save")
    // The script says it in the page's language: both editions' words are in it.
    #expect(page.text.contains("尚无成功的构建") && page.text.contains("Preview disconnected"))

    try original.write(to: csv, atomically: true, encoding: .utf8)
    #expect(server.waitFor(stdout: "made, ", within: .seconds(60)) || server.waitFor(stdout: "built ", within: .seconds(60)))
    #expect(try HTTPProbe(port: port).request("GET", "/en/overview.html").status == 200)
    server.interrupt()
    #expect(server.waitForExit(within: .seconds(10)) == 0)
  }

  @Test func theFirstBuildCountsItsWarningsAndNotesInOneLine() throws {
    let dir = try copyOfSources()
    defer { try? FileManager.default.removeItem(at: dir) }
    let server = try serve(dir, ["--host", "0.0.0.0", "--port", "0"])
    defer { server.stop() }
    #expect(server.waitFor(stdout: "serving http://", within: .seconds(120)))
    #expect(server.stdout.contains(" acknowledged notes (yearbook check lists them)"), "\(server.stdout)")
    #expect(!server.stderr.contains("[cross-table]"), "acknowledged notes are not listed: \(server.stderr)")
    // The security warning is not pushed out of view by a list of findings.
    let lines = (server.stderr + server.stdout).split(separator: "\n")
    #expect(lines.count < 12, "\(lines)")
    server.interrupt()
    #expect(server.waitForExit(within: .seconds(10)) == 0)
  }
}
