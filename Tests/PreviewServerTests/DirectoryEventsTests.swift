#if canImport(Glibc)
  import Foundation
  import Testing
  @testable import PreviewServer

  /// The watcher hears of a save from the kernel at once, not from its fallback timer: the save
  /// → reloaded page time rests on it.
  @Suite struct DirectoryEventsTests {
    @Test func aSaveWakesTheWatcherBeforeItsTimerCould() async throws {
      let fm = FileManager.default
      let root = fm.temporaryDirectory.appendingPathComponent("yearbook-events-\(UUID().uuidString)")
      try fm.createDirectory(at: root, withIntermediateDirectories: true)
      defer { try? fm.removeItem(at: root) }
      // The timer first fires a second after `DirectoryEvents` is made; inotify's wake-ups are
      // counted apart from it, on the events' own queue. They are awaited on this thread, not
      // through `signals`, whose reader waits for a free test thread when other suites keep
      // them busy.
      let events = DirectoryEvents(fallback: .seconds(60))
      #expect(events.isNotifying)
      events.watch([root.path])
      let written = ContinuousClock.now
      try Data("x".utf8).write(to: root.appendingPathComponent("overview.en.md"))
      while events.kernelWakeups == 0, ContinuousClock.now - written < .seconds(10) { usleep(1000) }
      let heard = ContinuousClock.now - written
      #expect(events.kernelWakeups > 0)
      #expect(heard < .milliseconds(900), "heard after \(heard)")
      // And the watcher is told.
      var wakeups = events.signals.makeAsyncIterator()
      #expect(await wakeups.next() != nil)
    }
  }
#endif
