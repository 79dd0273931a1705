import Foundation

/// Work started on another thread now and collected later: the checks of a report run
/// while its pages are made, since neither needs the other (on two cores this hides most
/// of the checks' time). Not an `async` task: the pipeline is synchronous and pure, and
/// `concurrentMap` in the foreground must keep every core it can get.
final class Background<Value: Sendable>: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  // Written once by the worker before it signals `done`, read only after waiting for it.
  private var result: Value?

  /// Starts `work` on a global queue.
  init(_ work: @escaping @Sendable () -> Value) {
    DispatchQueue.global(qos: .userInitiated).async {
      self.result = work()
      self.done.signal()
    }
  }

  /// Waits for the work and returns its value. Call once.
  func value() -> Value {
    done.wait()
    return result!
  }
}

/// Lets go of `value` on another thread: what it alone holds is freed there, not on the
/// caller's. Freeing a whole report (every table, cell and chapter tree) took about a
/// millisecond at the end of each build, when the pages were waiting to be published.
func releaseInBackground(_ value: some Sendable) {
  DispatchQueue.global(qos: .utility).async { withExtendedLifetime(value) {} }
}
