import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import YearbookKit

/// `yearbook serve`: builds the site with drafts and the live-reload client into a preview
/// folder (never the published output), serves it over HTTP, watches the content and templates,
/// rebuilds what an edit touches and reloads the pages it changed. A failed build keeps the
/// last good site served and shows its errors in the terminal and over every open page.
public enum PreviewServer {
  /// How to serve.
  public struct Configuration: Sendable {
    /// The content folder.
    public var content = "Content"
    /// The templates folder.
    public var templates = "Templates"
    /// The preview folder; nil for a fresh temporary one, removed on exit.
    public var output: String?
    /// The address to listen on.
    public var host = "127.0.0.1"
    /// The port; 0 for any free one.
    public var port = 8000
    /// Show draft chapters.
    public var includeDrafts = true
    /// Open the site in the default browser once listening.
    public var openBrowser = false
    /// How long files must stay still before a rebuild.
    public var quiet: Duration = .milliseconds(100)
    /// How often to poll the files where inotify is missing (with it, an edit is seen at once).
    public var pollInterval: Duration = .milliseconds(100)
    /// How long a connection may stay silent, between requests or halfway through one, before
    /// it is closed, so that slow or stalled clients cannot hold sockets for ever. A response
    /// in progress (the live-reload stream) is not silence.
    public var idleTimeout: Duration = .seconds(10)
    /// Makes the default configuration.
    public init() {}
  }

  /// Why the preview could not run.
  public enum Failure: Error, CustomStringConvertible {
    /// Another process listens on the port.
    case portInUse(host: String, port: Int)
    /// Listening failed otherwise.
    case cannotListen(host: String, port: Int, reason: String)
    /// The preview folder cannot be made.
    case cannotWrite(path: String)
    /// The server stopped on an error after it had started.
    case stopped(reason: String)

    /// The message, for the terminal.
    public var description: String {
      switch self {
      case .portInUse(let host, let port):
        return "error: port \(port) on \(host) is already in use (another `yearbook serve`?); "
          + "choose another with --port, or --port 0 for any free port"
      case .cannotListen(let host, let port, let reason):
        return "error: cannot listen on \(host) port \(port): \(reason)"
      case .cannotWrite(let path):
        return "error: cannot create the preview folder \(path)"
      case .stopped(let reason):
        return "error: the preview server stopped: \(reason)"
      }
    }
  }

  /// Builds, serves and watches until interrupted (Ctrl-C or SIGTERM), then stops cleanly.
  public static func run(_ configuration: Configuration) async throws(Failure) {
    let console = Console()
    let host = configuration.host
    if !HostPolicy.isLoopback(host) {
      console.error(
        "warning: listening on \(host), not only on this machine: anyone who can reach it on the network "
          + "can read the preview, drafts included. Leave out --host to keep it to 127.0.0.1.")
    }
    if configuration.port != 0 {
      do {
        try await PortCheck.tryBinding(host: host, port: configuration.port)
      } catch {
        throw failure(error, host: host, port: configuration.port)
      }
    }
    let temporary = configuration.output == nil
    let output =
      configuration.output
      ?? FileManager.default.temporaryDirectory.appendingPathComponent("yearbook-serve-\(ProcessInfo.processInfo.processIdentifier)").path
    let interruption = Interruption(removing: temporary ? output : nil)
    defer { if temporary { try? FileManager.default.removeItem(atPath: output) } }
    if temporary { try? FileManager.default.removeItem(atPath: output) }
    guard (try? FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)) != nil,
      let lookup = DiskFileLookup(root: output)
    else { throw .cannotWrite(path: output) }

    if !temporary {
      console.error("note: \(output) holds a preview (drafts, live-reload script): run `yearbook build` before publishing it")
    }
    let roots = [configuration.content, configuration.templates]
    let snapshot = FileSnapshot.take(roots)
    let options = BuildOptions(includeDrafts: configuration.includeDrafts, liveReloadScript: LiveReloadClient.script)
    var builder = PreviewBuilder(
      content: configuration.content, templates: configuration.templates, output: output, options: options, interruption: interruption)
    let hub = EventHub()
    if case .failure(let errors) = interruption.build({ builder.build(changed: []) }) { await hub.fail(errors) }

    let listening = Flag()
    var logger = Logger(label: "yearbook.serve")
    logger.logLevel = .critical
    let app = Application(
      responder: PreviewResponder(resolver: PathResolver(lookup: lookup), hub: hub, boundHost: host),
      server: .http1(configuration: .init(idleTimeout: TimeAmount(configuration.idleTimeout))),
      configuration: ApplicationConfiguration(address: .hostname(host, port: configuration.port), serverName: nil),
      onServerRunning: { channel in
        listening.set()
        let url = "http://\(host.contains(":") ? "[\(host)]" : host):\(channel.localAddress?.port ?? configuration.port)/"
        console.line(
          "serving \(url) (\(configuration.includeDrafts ? "drafts shown" : "drafts hidden"); "
            + "watching \(roots.joined(separator: " and ")); Ctrl-C to stop)")
        if configuration.openBrowser { openBrowser(url, console: console) }
      },
      logger: logger)
    let watcher = ChangeWatcher(
      roots: roots, pollInterval: configuration.pollInterval, debouncer: Debouncer(quiet: configuration.quiet),
      builder: builder, snapshot: snapshot, hub: hub, interruption: interruption)
    var group = ServiceGroupConfiguration(services: [app, watcher, EventHubService(hub: hub)], logger: logger)
    group.maximumGracefulShutdownDuration = .seconds(3)
    let services = ServiceGroup(configuration: group)
    interruption.whenIdle { Task { await services.triggerGracefulShutdown() } }
    do {
      try await services.run()
    } catch {
      throw listening.isSet ? .stopped(reason: "\(error)") : failure(error, host: host, port: configuration.port)
    }
    console.line("stopped")
  }

  /// A listening error in words a user can act on.
  static func failure(_ error: any Error, host: String, port: Int) -> Failure {
    if let io = error as? IOError {
      if io.errnoCode == EADDRINUSE { return .portInUse(host: host, port: port) }
      if io.errnoCode == EACCES {
        return .cannotListen(host: host, port: port, reason: "permission denied (ports below 1024 need privileges)")
      }
      if io.errnoCode == EADDRNOTAVAIL { return .cannotListen(host: host, port: port, reason: "no network interface has this address") }
    }
    if let unknown = error as? SocketAddressError.UnknownHost {
      return .cannotListen(host: host, port: port, reason: "no such host (\(unknown.errorDescription))")
    }
    return .cannotListen(host: host, port: port, reason: "\(error)")
  }

  private static func openBrowser(_ url: String, console: Console) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    #if os(macOS)
      process.arguments = ["open", url]
    #else
      process.arguments = ["xdg-open", url]
    #endif
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    process.terminationHandler = { finished in
      if finished.terminationStatus != 0 { console.error("note: could not open a browser; open \(url) yourself") }
    }
    do { try process.run() } catch { console.error("note: could not open a browser; open \(url) yourself") }
  }
}

/// Set once, read from anywhere: whether the server got as far as listening.
private final class Flag: @unchecked Sendable {
  private let lock = NSLock()
  private var value = false
  func set() { lock.withLock { value = true } }
  var isSet: Bool { lock.withLock { value } }
}
