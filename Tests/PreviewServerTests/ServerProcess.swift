import Foundation

/// The built `yearbook` running as a child process, its output collected as it comes.
final class ServerProcess: @unchecked Sendable {
  private let process = Process()
  private let lock = NSLock()
  private var out = ""
  private var err = ""
  private var openStreams = 2

  init(_ binary: URL, _ arguments: [String]) throws {
    process.executableURL = binary
    process.arguments = arguments
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    stdout.fileHandleForReading.readabilityHandler = { [weak self] handle in self?.append(handle, error: false) }
    stderr.fileHandleForReading.readabilityHandler = { [weak self] handle in self?.append(handle, error: true) }
    try process.run()
  }

  var stdout: String { lock.withLock { out } }
  var stderr: String { lock.withLock { err } }

  /// The port from `serving http://127.0.0.1:PORT/`, once printed.
  func port(within timeout: Duration) -> Int? {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline, process.isRunning {
      if let range = stdout.range(of: #"serving http://127\.0\.0\.1:[0-9]+/"#, options: .regularExpression) {
        return Int(stdout[range].split(separator: ":").last!.dropLast())
      }
      Thread.sleep(forTimeInterval: 0.01)
    }
    return nil
  }

  /// True once standard error contains `text`.
  func waitFor(stderr text: String, within timeout: Duration) -> Bool {
    waitFor(within: timeout) { $0.stderr.contains(text) }
  }

  /// True once standard output contains `text`.
  func waitFor(stdout text: String, within timeout: Duration) -> Bool {
    waitFor(within: timeout) { $0.stdout.contains(text) }
  }

  private func waitFor(within timeout: Duration, _ condition: (ServerProcess) -> Bool) -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
      if condition(self) { return true }
      if !process.isRunning { return condition(self) }
      Thread.sleep(forTimeInterval: 0.01)
    }
    return false
  }

  /// The process id.
  var pid: Int32 { process.processIdentifier }

  /// Sends SIGINT, as Ctrl-C does.
  func interrupt() { process.interrupt() }

  /// Sends SIGTERM, as `kill` or a service manager does.
  func terminate() { process.terminate() }

  /// The exit status, or nil if still running after `timeout`; once it is known, `stdout` and
  /// `stderr` hold everything the process wrote (both pipes read to their end).
  func waitForExit(within timeout: Duration) -> Int32? {
    let deadline = ContinuousClock.now + timeout
    while process.isRunning || lock.withLock({ openStreams > 0 }), ContinuousClock.now < deadline {
      Thread.sleep(forTimeInterval: 0.01)
    }
    return process.isRunning ? nil : process.terminationStatus
  }

  /// Ends the process if a test left it running.
  func stop() {
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
    }
  }

  private func append(_ handle: FileHandle, error: Bool) {
    let data = handle.availableData
    guard !data.isEmpty else {
      // The end of the pipe: the process and any child holding it are gone.
      handle.readabilityHandler = nil
      lock.withLock { openStreams -= 1 }
      return
    }
    let text = String(decoding: data, as: UTF8.self)
    lock.withLock { if error { err += text } else { out += text } }
  }
}
