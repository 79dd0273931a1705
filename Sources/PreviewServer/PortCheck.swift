import NIOCore
import NIOPosix

/// Tries the address before the first build, so that a port in use is said at once, in one
/// line, rather than after a build that takes seconds on a large report and prints its
/// warnings first. The server binds again once the site is built; should another process
/// take the port in between, that bind fails and is reported the same way.
enum PortCheck {
  /// Binds `host:port` as the server will (with `SO_REUSEADDR`, so a port left in TIME_WAIT by
  /// a previous preview is free) and lets it go; throws the bind's error.
  static func tryBinding(host: String, port: Int) async throws {
    let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
      .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
      .bind(host: host, port: port)
      .get()
    try await channel.close()
  }
}
