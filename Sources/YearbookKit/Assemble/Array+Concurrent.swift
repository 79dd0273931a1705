import Foundation

extension Array where Element: Sendable {
  /// `map` spread over the machine's cores, the results in the same order as `map` gives them.
  /// For pure, independent work only (making pages, parsing files): each element is
  /// transformed exactly once, on whichever thread is free.
  func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
    guard count > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else { return map(transform) }
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      // Each iteration writes its own slot, so no two threads touch the same memory.
      nonisolated(unsafe) let slots = buffer.baseAddress!
      DispatchQueue.concurrentPerform(iterations: count) { i in
        (slots + i).initialize(to: transform(self[i]))
      }
      initialized = count
    }
  }
}
