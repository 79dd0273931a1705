import ArgumentParser
import Foundation

@main
struct YearbookCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "yearbook",
    abstract: "Builds a bilingual statistical annual report website from Markdown and CSV.",
    subcommands: [Build.self, Check.self, Diff.self, Serve.self],
    defaultSubcommand: Build.self)

  /// Runs the command; usage errors exit with 2 (the contract), not argument-parser's 64.
  static func main() async {
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch let code as ExitCode {
      // A failed build or check has printed its findings: only its status is left to give.
      Foundation.exit(code.rawValue)
    } catch {
      if exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        Foundation.exit(2)
      }
      exit(withError: error)
    }
  }
}

/// Flags shared by every command.
struct SourceOptions: ParsableArguments {
  @Option(help: "The content folder.")
  var content = "Content"
  @Option(help: "The templates folder.")
  var templates = "Templates"
}
