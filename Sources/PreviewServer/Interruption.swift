import Foundation

/// Ctrl-C and SIGTERM, for the whole of `serve`. Between builds they stop the services
/// gracefully (`whenIdle`). A build cannot be stopped halfway, and one may take long (a slow
/// disk, a huge chapter), so a stop during a build does not wait for it: once no file is
/// being written into the preview folder, the temporary one is removed and the process ends
/// with status 0 at once, as a stop between builds ends.
final class Interruption: @unchecked Sendable {
  private let lock = NSLock()
  /// Held while the preview folder is written, and for good by a stop during a build.
  private let writing = NSLock()
  private var building = false
  private var stopping = false
  private var idleStop: (@Sendable () -> Void)?
  /// The temporary preview folder, removed by a stop during a build.
  private let folder: String?
  private var sources: [any DispatchSourceSignal] = []

  /// Takes Ctrl-C and SIGTERM over from now on.
  init(removing folder: String?) {
    self.folder = folder
    sources = [SIGINT, SIGTERM].map { number in
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { [weak self] in self?.stop() }
      source.resume()
      return source
    }
  }

  deinit {
    for source in sources { source.cancel() }
  }

  /// Sets what a stop between builds does; runs it at once if a stop came before.
  func whenIdle(_ action: @escaping @Sendable () -> Void) {
    let stopped = lock.withLock {
      idleStop = action
      return stopping
    }
    if stopped { action() }
  }

  /// Runs a build, unless a stop has come: then nil.
  func build<T>(_ body: () -> T) -> T? {
    let started = lock.withLock {
      if stopping { return false }
      building = true
      return true
    }
    guard started else { return nil }
    defer { lock.withLock { building = false } }
    return body()
  }

  /// Writes into the preview folder: a stop meanwhile waits for the end of `body`.
  func write<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
    writing.lock()
    defer { writing.unlock() }
    return try body()
  }

  private func stop() {
    let (duringBuild, action) = lock.withLock {
      let first = !stopping
      stopping = true
      return (building, first ? idleStop : nil)
    }
    guard duringBuild else {
      action?()
      return
    }
    writing.lock()
    if let folder { try? FileManager.default.removeItem(atPath: folder) }
    Console().line("stopped")
    exit(0)
  }
}
