import ServiceLifecycle

/// Keeps the event streams alive, and ends them when the server shuts down so it need not
/// wait for pages that would listen for ever.
struct EventHubService: Service {
  /// The hub.
  let hub: EventHub

  func run() async throws {
    try? await cancelWhenGracefulShutdown {
      while !Task.isCancelled {
        try await Task.sleep(for: .seconds(15))
        await hub.ping()
      }
    }
    await hub.finish()
  }
}
