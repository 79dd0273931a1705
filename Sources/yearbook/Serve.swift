import ArgumentParser
import Foundation
import PreviewServer
import YearbookKit

struct Serve: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Build, serve and watch the site; open pages reload when an edit changes them.",
    discussion: """
      The preview is built into a temporary folder (or --output), never into the published \
      output, with drafts shown and a live-reload script in every page. It listens on \
      127.0.0.1 only unless --host says otherwise.
      """)

  @OptionGroup var source: SourceOptions
  @Option(help: "The port to listen on; 0 for any free port.")
  var port = 8000
  @Option(help: "The address to listen on. Anything but a loopback address exposes the preview to the network.")
  var host = "127.0.0.1"
  @Flag(inversion: .prefixedNo, help: "Show chapters marked draft (--no-drafts previews exactly what build publishes).")
  var drafts = true
  @Flag(help: "Open the site in the default browser.")
  var open = false
  @Option(help: "Where to write the preview; a temporary folder, removed on exit, by default.")
  var output: String?

  func validate() throws {
    guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    guard !host.isEmpty else { throw ValidationError("--host must name an address, such as 127.0.0.1") }
    // A mistyped folder would otherwise serve nothing but "not found" while it waits for edits.
    for (flag, folder) in [("--content", source.content), ("--templates", source.templates)] {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
        throw ValidationError("\(flag) \(folder): no such folder")
      }
    }
  }

  func run() async throws {
    var configuration = PreviewServer.Configuration()
    configuration.content = source.content
    configuration.templates = source.templates
    configuration.output = output
    configuration.host = host
    configuration.port = port
    configuration.includeDrafts = drafts
    configuration.openBrowser = open
    do {
      try await PreviewServer.run(configuration)
    } catch {
      FileHandle.standardError.write(Data((TerminalText.escaping(error.description) + "\n").utf8))
      throw ExitCode(1)
    }
  }
}
