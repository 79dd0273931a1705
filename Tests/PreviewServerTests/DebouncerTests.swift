import Testing
@testable import PreviewServer

/// Bursts of changes settle into one rebuild.
@Suite struct DebouncerTests {
  let t0 = ContinuousClock.now
  func at(_ ms: Int) -> ContinuousClock.Instant { t0 + .milliseconds(ms) }

  @Test func oneChangeFiresOnceAfterTheQuietPeriod() {
    var debouncer = Debouncer(quiet: .milliseconds(100))
    let idle = debouncer.fire(at: at(0))
    #expect(!idle, "nothing pending yet")
    debouncer.record(at: at(0))
    var fired: [Int] = []
    for ms in [0, 50, 99, 100, 200] where debouncer.fire(at: at(ms)) { fired.append(ms) }
    #expect(fired == [100], "once, not before the quiet period, and nothing pending after")
    #expect(debouncer.deadline == nil)
  }

  @Test func changesWithinTheQuietPeriodSettleIntoOneRebuild() {
    var debouncer = Debouncer(quiet: .milliseconds(100))
    var fired: [Int] = []
    // An editor saving three files 40 ms apart, then a second save 500 ms later.
    let changes: Set = [0, 40, 80, 580]
    for ms in stride(from: 0, through: 1000, by: 10) {
      if changes.contains(ms) { debouncer.record(at: at(ms)) }
      if debouncer.fire(at: at(ms)) { fired.append(ms) }
    }
    #expect(fired == [180, 680])
  }

  @Test func aContinuousStreamOfChangesStillRebuildsAtTheLimit() {
    var debouncer = Debouncer(quiet: .milliseconds(100), limit: .seconds(1))
    var fired: [Int] = []
    for ms in stride(from: 0, through: 2500, by: 50) {
      debouncer.record(at: at(ms))
      if debouncer.fire(at: at(ms)) { fired.append(ms) }
    }
    #expect(fired == [1000, 2050])
  }
}
