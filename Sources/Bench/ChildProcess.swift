import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A whole process, timed from spawn to exit, with its peak memory from `wait4` (the kernel's
/// `ru_maxrss` of that one child). Its output goes to /dev/null.
struct ChildProcess {
  /// What one run gave.
  struct Run {
    var milliseconds: Double
    /// Peak resident set size, in KiB.
    var maxRSS: Int
    var status: Int32
  }

  let path: String
  let arguments: [String]

  func run() -> Run {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let start = ContinuousClock.now
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else {
      return Run(milliseconds: 0, maxRSS: 0, status: -1)
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
    let elapsed = ContinuousClock.now - start
    let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    // Exited normally: the exit code; killed by a signal: minus the signal.
    let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : -(status & 0x7f)
    return Run(milliseconds: ms, maxRSS: Int(usage.ru_maxrss), status: code)
  }

  /// `runs` timed runs after `warmUp`; the peak memory is the largest seen.
  func measure(warmUp: Int = 1, runs: Int) -> (sample: Sample, maxRSS: Int, failures: Int) {
    var failures = 0
    for _ in 0..<warmUp where run().status != 0 { failures += 1 }
    var times: [Double] = []
    var peak = 0
    for _ in 0..<runs {
      let r = run()
      if r.status != 0 { failures += 1 }
      times.append(r.milliseconds)
      peak = max(peak, r.maxRSS)
    }
    return (Sample(times), peak, failures)
  }
}
