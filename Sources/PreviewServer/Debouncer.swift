/// Settles a burst of file changes into one rebuild: it fires once no change has come for
/// `quiet` (an editor saving several files, a `git checkout`), but never later than `limit`
/// after the first change of the burst, so a file written continuously still shows. Pure: the
/// caller passes the time, so tests need no clock.
public struct Debouncer: Sendable {
  /// How long the files must stay still.
  public let quiet: Duration
  /// The longest a burst can hold a rebuild back.
  public let limit: Duration
  private var first: ContinuousClock.Instant?
  private var last: ContinuousClock.Instant?

  /// Makes a debouncer with nothing pending.
  public init(quiet: Duration = .milliseconds(100), limit: Duration = .seconds(1)) {
    self.quiet = quiet
    self.limit = limit
  }

  /// Notes a change seen at `now`.
  public mutating func record(at now: ContinuousClock.Instant) {
    if first == nil { first = now }
    last = now
  }

  /// When the pending changes are due for a rebuild; nil when nothing is pending.
  public var deadline: ContinuousClock.Instant? {
    guard let first, let last else { return nil }
    return min(last + quiet, first + limit)
  }

  /// True, and nothing pending any more, when the pending changes are due at `now`.
  public mutating func fire(at now: ContinuousClock.Instant) -> Bool {
    guard let deadline, now >= deadline else { return false }
    first = nil
    last = nil
    return true
  }
}
