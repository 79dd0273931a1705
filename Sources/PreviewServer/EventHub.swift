import Foundation
import YearbookKit

/// The state of the preview that pages follow, and the open event streams that follow it.
/// Every build that changes what a page shows (files written, or errors appearing or going)
/// bumps the generation and is sent to every stream.
actor EventHub {
  /// Names this server process: a page that sees another one after a reconnect reloads.
  let session: String
  /// Counts the builds sent to pages.
  private(set) var generation = 0
  /// The errors of the last build, empty when it was good.
  private(set) var failure: [Diagnostic] = []
  private var streams: [UUID: AsyncStream<ServerEvent>.Continuation] = [:]
  private var finished = false

  init(session: String = UUID().uuidString) {
    self.session = session
  }

  /// How many pages are listening.
  var listeners: Int { streams.count }

  /// The state as `/__yearbook/status` reports it.
  var status: String { ServerEvent.status(session: session, generation: generation, diagnostics: failure) }

  /// A stream of events for one page, starting with `hello`; it ends when the server stops.
  func subscribe() -> AsyncStream<ServerEvent> {
    let (stream, continuation) = AsyncStream<ServerEvent>.makeStream(bufferingPolicy: .bufferingNewest(64))
    guard !finished else {
      continuation.finish()
      return stream
    }
    let id = UUID()
    continuation.yield(.hello(session: session, generation: generation, diagnostics: failure))
    continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
    streams[id] = continuation
    return stream
  }

  /// Tells every page that a good build changed `changed`.
  func reload(_ changed: [String]) {
    generation += 1
    failure = []
    send(.reload(generation: generation, changed: changed))
  }

  /// Tells every page that a build failed with `diagnostics`.
  func fail(_ diagnostics: [Diagnostic]) {
    generation += 1
    failure = diagnostics
    send(.failure(generation: generation, diagnostics: diagnostics))
  }

  /// Keeps streams alive.
  func ping() {
    send(.ping)
  }

  /// Ends every stream, so a graceful shutdown does not wait on them.
  func finish() {
    finished = true
    for continuation in streams.values { continuation.finish() }
    streams = [:]
  }

  private func send(_ event: ServerEvent) {
    for continuation in streams.values { continuation.yield(event) }
  }

  private func unsubscribe(_ id: UUID) {
    streams[id] = nil
  }
}
