import Foundation

extension Array where Element: Sendable {
  /// `map` spread over the machine's cores, the results in the same order as `map` gives them.
  /// For pure, independent work only (making pages, parsing files): each element is
  /// transformed exactly once, on whichever thread is free.
  func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
    concurrentMap(starting: nil, transform)
  }

  /// `concurrentMap`, with the elements started costliest first (by `cost`, in no fixed unit):
  /// a thread that takes a costly element last leaves the other cores idle until it is done.
  /// The results are still in the order of the elements.
  func concurrentMap<T: Sendable>(costliestFirst cost: (Element) -> Int, _ transform: @Sendable (Element) -> T) -> [T] {
    let costs = map(cost)
    return concurrentMap(starting: indices.sorted { (costs[$0], $1) > (costs[$1], $0) }, transform)
  }

  /// Transforms the elements at the indices of `order` (every index once), in that order.
  private func concurrentMap<T: Sendable>(starting order: [Int]?, _ transform: @Sendable (Element) -> T) -> [T] {
    guard count > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else { return map(transform) }
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      // Each iteration writes its own slot, so no two threads touch the same memory.
      nonisolated(unsafe) let slots = buffer.baseAddress!
      DispatchQueue.concurrentPerform(iterations: count) { i in
        let index = order?[i] ?? i
        (slots + index).initialize(to: transform(self[index]))
      }
      initialized = count
    }
  }
}
