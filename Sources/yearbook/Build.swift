import ArgumentParser

struct Build: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the whole site into the output folder.")

  @OptionGroup var source: SourceOptions
  @Option(help: "The output folder; replaced atomically.")
  var output = "Output"
  @Flag(help: "Include chapters marked draft.")
  var drafts = false
  @Option(name: .customLong("base-url"), help: "Absolute URL the site is published at, for canonical, hreflang and sitemap URLs.")
  var baseURL: String?

  /// What the command was asked to do.
  var request: BuildRequest {
    BuildRequest(content: source.content, templates: source.templates, output: output, drafts: drafts, baseURL: baseURL)
  }

  func validate() throws { try request.validate() }

  func run() throws { try request.run() }
}
