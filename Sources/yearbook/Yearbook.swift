import ArgumentParser

@main
struct YearbookCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "yearbook",
    abstract: "Builds a bilingual statistical annual report website from Markdown and CSV.",
    subcommands: [Build.self, Check.self],
    defaultSubcommand: Build.self)
}

/// Flags shared by every command.
struct SourceOptions: ParsableArguments {
  @Option(help: "The content folder.")
  var content = "Content"
  @Option(help: "The templates folder.")
  var templates = "Templates"
}
