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
    MallocTuning.apply()
    do {
      // The plain `build` call is read without argument-parser (see `BuildRequest(shortcut:)`);
      // when it does not validate, argument-parser reads it again and reports the error.
      if let request = BuildRequest(shortcut: Array(CommandLine.arguments.dropFirst())), (try? request.validate()) != nil {
        try request.run()
        return
      }
      var command = try parseAsRoot()
      // A first cast of a type to a protocol scans every conformance record of the program
      // (about 0.6 M instructions): the synchronous commands are told apart by their type.
      if command is Build || command is Check {
        try command.run()
      } else if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch let code as ExitCode {
      // A failed build or check has printed its findings: its status is all that is left.
      // argument-parser's exit(withError:) would first lay out the help of every command
      // to find a message for it (about 6 M instructions, 2 ms of every failed build).
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
