import Foundation
import Testing

/// Slow clients: a connection that stops halfway through a request is closed once it has
/// been silent for the idle timeout, while the live-reload stream (a response in progress)
/// stays open however long it runs.
extension ServeCommandTests {
  @Test func aHalfSentRequestIsClosedAfterTheIdleTimeoutAndTheEventStreamStaysOpen() throws {
    let dir = try copyOfSources()
    defer { try? FileManager.default.removeItem(at: dir) }
    let server = try serve(dir, ["--port", "0"])
    defer { server.stop() }
    let port = try #require(server.port(within: .seconds(120)), "serve never said where it listens: \(server.stderr)")
    let http = HTTPProbe(port: port)
    let events = try http.events()
    #expect(try events.next(within: .seconds(10)).name == "hello")

    let stalled = try Connection(port: port)
    try stalled.send("GET /en/overview.html HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nUser-Agent: slow")
    let silent = try Connection(port: port)
    // Not refused at once: the server waits for the rest, for a while.
    #expect(throws: HTTPProbe.Failure.timeout) { try stalled.read(until: ContinuousClock.now + .seconds(2)) }
    // Closed (the end of the stream, no response) within the timeout and a margin for a busy machine.
    for connection in [stalled, silent] {
      #expect(try connection.read(until: ContinuousClock.now + .seconds(40)) == nil)
    }

    // The event stream, silent as long, still brings the next reload.
    try edit(dir.appendingPathComponent("Content/chapters/overview.en.md")) { $0 + "\nA sentence added after a long wait.\n" }
    let event = try events.next(within: .seconds(30))
    #expect(event.name == "reload", "\(event.data)")
    #expect(try http.request("GET", "/en/overview.html").text.contains("A sentence added after a long wait."))
  }
}
