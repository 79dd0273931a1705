import Foundation
import NIOCore
import Testing
@testable import PreviewServer

/// What `serve` says when it cannot listen: one line a user can act on, never a raw error.
/// (A port in use is also tested end to end, in `ServeCommandTests`; permission denied is not,
/// since tests may run as root.)
@Suite struct ListenFailureTests {
  func message(_ error: any Error, port: Int = 8000) -> String {
    PreviewServer.failure(error, host: "127.0.0.1", port: port).description
  }

  @Test func bindErrorsAreSaidInWords() {
    #expect(
      message(IOError(errnoCode: EADDRINUSE, reason: "bind(descriptor:ptr:bytes:)"))
        == "error: port 8000 on 127.0.0.1 is already in use (another `yearbook serve`?); "
        + "choose another with --port, or --port 0 for any free port")
    #expect(
      message(IOError(errnoCode: EACCES, reason: "bind(descriptor:ptr:bytes:)"), port: 80)
        == "error: cannot listen on 127.0.0.1 port 80: permission denied (ports below 1024 need privileges)")
    #expect(
      message(IOError(errnoCode: EADDRNOTAVAIL, reason: "bind(descriptor:ptr:bytes:)"))
        == "error: cannot listen on 127.0.0.1 port 8000: no network interface has this address")
    for error in [IOError(errnoCode: EADDRINUSE, reason: "bind"), IOError(errnoCode: EMFILE, reason: "socket")] {
      #expect(!message(error).contains("\n"))
    }
  }
}
