#if canImport(Glibc)
  import CMalloc
#endif

/// glibc malloc's growth settings, set before the first thread starts. A build allocates
/// tens of megabytes in a few dozen milliseconds on three threads. By default each thread's
/// heap grew a page at a time, one mprotect(2) a page (some 350 calls, each changing the
/// mapping every core shares), and a block of 128 KB or more (a page's HTML) was mapped on
/// its own and handed back to the kernel when freed, so the next one touched fresh memory
/// again. Measured side by side (the same settings given as GLIBC_TUNABLES): 14 mprotect
/// calls instead of 346, about 1.5 ms of a 70 ms build.
///
/// Called directly, not looked up with dlsym: the release binary is a static executable,
/// where dlsym finds nothing and the settings were silently left out.
enum MallocTuning {
  static func apply() {
    #if canImport(Glibc)
      // Heaps grow 32 MB at a time: address space only, a page costs nothing until touched.
      _ = mallopt(M_TOP_PAD, 32 << 20)
      // Blocks up to 32 MB come from the heaps, and their memory is reused once freed.
      _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
      // Freed memory stays with the process rather than being trimmed away mid-build.
      _ = mallopt(M_TRIM_THRESHOLD, 64 << 20)
    #endif
  }
}
