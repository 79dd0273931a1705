import Foundation

extension Array where Element == UInt8 {
  /// Byte equality, with the common case of a rebuild first: the very buffer the last build
  /// made (kept by `IncrementalBuilder` for every page it did not remake) needs no compare.
  func hasSameBytes(as other: [UInt8]) -> Bool {
    withUnsafeBufferPointer { p in
      other.withUnsafeBufferPointer { q in
        p.count == q.count && (p.baseAddress == q.baseAddress || p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0)
      }
    }
  }
}
