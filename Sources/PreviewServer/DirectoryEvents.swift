import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

/// Wakes the watcher when it should look at the files: at once when inotify (Linux) reports an
/// event in a watched folder, and every `fallback` in any case, a safety net for what inotify
/// misses (network mounts, a folder replaced between two looks) and the only signal where
/// inotify is missing. Nothing runs in between, so an idle preview costs nothing. Either way
/// `FileSnapshot` decides what changed: a signal only says "look".
final class DirectoryEvents: @unchecked Sendable {
  /// One element per wake-up (coalesced: several events before a look make one).
  let signals: AsyncStream<Void>
  private let continuation: AsyncStream<Void>.Continuation
  private let queue = DispatchQueue(label: "yearbook.serve.directory-events")
  private var sources: [any DispatchSourceProtocol] = []
  #if canImport(Glibc)
    private let descriptor: Int32
    private var watched: Set<String> = []
  #endif

  /// True when events come from the kernel; false when only the timer wakes the watcher.
  let isNotifying: Bool

  /// How many times the kernel's events have woken the watcher (the timer's wake-ups are not
  /// counted): counted on the events' own queue, so a test can tell that a save was heard by
  /// inotify however busy the threads that read `signals` are.
  var kernelWakeups: Int { queue.sync { kernelCount.value } }
  private let kernelCount = Count()

  /// A number touched only on `queue`.
  private final class Count: @unchecked Sendable {
    var value = 0
  }

  /// Starts listening; `fallback` is how often to wake with no event (1 s with inotify, the
  /// polling period without).
  init(fallback: Duration) {
    (signals, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    #if canImport(Glibc)
      descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
      isNotifying = descriptor >= 0
      if isNotifying {
        let source = DispatchSource.makeReadSource(fileDescriptor: descriptor, queue: queue)
        let descriptor = self.descriptor
        let continuation = self.continuation
        let kernelCount = self.kernelCount
        source.setEventHandler {
          var buffer = [UInt8](repeating: 0, count: 16384)
          while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
          kernelCount.value += 1
          continuation.yield()
        }
        source.resume()
        sources.append(source)
      }
    #else
      isNotifying = false
    #endif
    let timer = DispatchSource.makeTimerSource(queue: queue)
    let period = isNotifying ? Duration.seconds(1) : fallback
    let nanoseconds = Int(period.components.seconds) * 1_000_000_000 + Int(period.components.attoseconds / 1_000_000_000)
    timer.schedule(deadline: .now() + .nanoseconds(nanoseconds), repeating: .nanoseconds(nanoseconds))
    let continuation = self.continuation
    timer.setEventHandler { continuation.yield() }
    timer.resume()
    sources.append(timer)
  }

  deinit {
    for source in sources { source.cancel() }
    continuation.finish()
    #if canImport(Glibc)
      if descriptor >= 0 { close(descriptor) }
    #endif
  }

  /// Watches `folders` from now on (new folders appear as the content grows), and forgets
  /// watched folders that are gone, so one made again under the same name is watched again.
  func watch(_ folders: [String]) {
    #if canImport(Glibc)
      guard isNotifying else { return }
      watched.formIntersection(folders)
      let mask = UInt32(
        IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)
      for folder in folders where !watched.contains(folder) {
        if inotify_add_watch(descriptor, folder, mask) >= 0 { watched.insert(folder) }
      }
    #endif
  }
}
