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
      // The timer first fires a second after `DirectoryEvents` is made; anything earlier is inotify.
      let start = ContinuousClock.now
      let events = DirectoryEvents(fallback: .seconds(60))
      #expect(events.isNotifying)
      events.watch([root.path])
      try Data("x".utf8).write(to: root.appendingPathComponent("overview.en.md"))
      var wakeups = events.signals.makeAsyncIterator()
      _ = await wakeups.next()
      let woken = ContinuousClock.now - start
      #expect(woken < .milliseconds(900), "woken after \(woken)")
    }
  }
#endif
