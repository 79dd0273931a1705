import Testing
import YearbookKit
@testable import PreviewServer

/// The events pages receive, byte for byte, and the hub that sends them.
@Suite struct ServerEventTests {
  let error = Diagnostic(
    .error, at: SourceLocation(path: "Content/chapters/overview.en.md", line: 12, column: 3), rule: "dangling-reference",
    "cross-reference to 'x', which is no table or chart")

  @Test func eventsAreFramedAsServerSentEventsOnOneDataLine() {
    #expect(
      ServerEvent.reload(generation: 3, changed: ["en/overview.html", "data/a.csv"]).text
        == "event: reload\ndata: {\"changed\":[\"en/overview.html\",\"data/a.csv\"],\"generation\":3}\n\n")
    #expect(
      ServerEvent.failure(generation: 4, diagnostics: [error]).text
        == "event: failure\ndata: {\"diagnostics\":[{\"column\":3,\"file\":\"Content/chapters/overview.en.md\",\"line\":12,"
        + "\"message\":\"cross-reference to 'x', which is no table or chart\",\"rule\":\"dangling-reference\",\"severity\":\"error\","
        + "\"text\":\"Content/chapters/overview.en.md:12:3: error: cross-reference to 'x', which is no table or chart [dangling-reference]\"}],"
        + "\"generation\":4}\n\n")
    #expect(
      ServerEvent.hello(session: "s", generation: 0, diagnostics: []).text
        == "retry: 1000\nevent: hello\ndata: {\"diagnostics\":[],\"generation\":0,\"session\":\"s\"}\n\n")
    #expect(ServerEvent.ping.text == ": ping\n\n")
  }

  @Test func aMessageWithANewlineStaysOnOneDataLine() {
    let multiline = Diagnostic(.error, at: SourceLocation(path: "a.md"), rule: "r", "two\nlines")
    let text = ServerEvent.failure(generation: 1, diagnostics: [multiline]).text
    #expect(text.split(separator: "\n").count == 2)
    #expect(text.contains("two\\nlines"))
  }

  @Test func theHubGreetsEachPageAndSendsEveryBuild() async {
    let hub = EventHub(session: "s1")
    var events = await hub.subscribe().makeAsyncIterator()
    #expect(await events.next() == .hello(session: "s1", generation: 0, diagnostics: []))
    await hub.fail([error])
    #expect(await events.next() == .failure(generation: 1, diagnostics: [error]))
    // A page arriving now learns of the failure at once.
    var late = await hub.subscribe().makeAsyncIterator()
    #expect(await late.next() == .hello(session: "s1", generation: 1, diagnostics: [error]))
    await hub.reload(["en/overview.html"])
    #expect(await events.next() == .reload(generation: 2, changed: ["en/overview.html"]))
    #expect(await late.next() == .reload(generation: 2, changed: ["en/overview.html"]))
    #expect(await hub.status == "{\"diagnostics\":[],\"generation\":2,\"session\":\"s1\"}")
    await hub.finish()
    #expect(await events.next() == nil)
    #expect(await hub.listeners == 0)
  }
}
