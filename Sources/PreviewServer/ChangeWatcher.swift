import ServiceLifecycle

/// Watches the content and template folders, settles bursts of changes with a `Debouncer`,
/// rebuilds, and tells open pages. It compares stat() snapshots of every file when
/// `DirectoryEvents` wakes it (an inotify event, or its fallback timer), and again when a
/// pending burst is due; stat snapshots see every kind of save, rename-over included.
struct ChangeWatcher: Service {
  /// Folders watched.
  let roots: [String]
  /// How often to look when inotify is missing.
  let pollInterval: Duration
  /// Settles bursts.
  let debouncer: Debouncer
  /// The state after the first build, and the snapshot taken just before it.
  let builder: PreviewBuilder
  let snapshot: FileSnapshot
  /// Where pages listen.
  let hub: EventHub
  /// Ctrl-C and SIGTERM: no build starts after one.
  let interruption: Interruption

  func run() async throws {
    try? await cancelWhenGracefulShutdown { [self] in
      var builder = self.builder
      var snapshot = self.snapshot
      var debouncer = self.debouncer
      var pending: Set<String> = []
      let events = DirectoryEvents(fallback: pollInterval)
      events.watch(snapshot.folders)
      var wakeups = events.signals.makeAsyncIterator()
      let clock = ContinuousClock()
      while !Task.isCancelled {
        if let deadline = debouncer.deadline {
          try await Task.sleep(until: deadline, clock: clock)
        } else if await wakeups.next() == nil {
          return
        }
        let now = clock.now
        let next = FileSnapshot.take(roots)
        events.watch(next.folders)
        let changed = next.changes(since: snapshot)
        if !changed.isEmpty {
          snapshot = next
          pending.formUnion(changed)
          debouncer.record(at: now)
        }
        guard debouncer.fire(at: now) else { continue }
        // A change made while this build reads the files shows in the next snapshot.
        guard let outcome = interruption.build({ builder.build(changed: pending.sorted()) }) else { return }
        switch outcome {
        case .unchanged: break
        case .reload(let paths): await hub.reload(paths)
        case .failure(let errors): await hub.fail(errors)
        }
        pending = []
      }
    }
  }
}
