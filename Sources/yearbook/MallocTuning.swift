#if canImport(Glibc)
  import Glibc
#endif

/// glibc malloc's growth settings, set before the first thread starts. A build allocates
/// tens of megabytes in a few dozen milliseconds on three threads. By default each thread's
/// heap grew a page at a time, one mprotect(2) a page (some 350 calls, each changing the
/// mapping every core shares), and a block of 128 KB or more (a page's HTML) was mapped on
/// its own and handed back to the kernel when freed, so the next one touched fresh memory
/// again. Measured side by side (the same settings given as GLIBC_TUNABLES): 14 mprotect
/// calls instead of 346, about 1.5 ms of a 70 ms build.
enum MallocTuning {
  static func apply() {
    #if canImport(Glibc)
      // mallopt(3) is declared in <malloc.h>, which the Glibc module leaves out.
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
      let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
      // The parameters' numbers in <malloc.h>.
      let (trimThreshold, topPad, mmapThreshold): (Int32, Int32, Int32) = (-1, -2, -3)
      // Heaps grow 32 MB at a time: address space only, a page costs nothing until touched.
      _ = mallopt(topPad, 32 << 20)
      // Blocks up to 32 MB come from the heaps, and their memory is reused once freed.
      _ = mallopt(mmapThreshold, 32 << 20)
      // Freed memory stays with the process rather than being trimmed away mid-build.
      _ = mallopt(trimThreshold, 64 << 20)
    #endif
  }
}
