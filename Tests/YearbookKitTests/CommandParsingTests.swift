import ArgumentParser
import Foundation
import Testing
@testable import yearbook

/// Every command and option parses as the contract says.
@Suite struct CommandParsingTests {
  /// What argument-parser makes of `arguments`, as a build request; nil when it is no build.
  func parsedBuild(_ arguments: [String]) throws -> BuildRequest? {
    try (YearbookCommand.parseAsRoot(arguments) as? Build)?.request
  }

  @Test func theDefaultsAreArgumentParsers() throws {
    #expect(try parsedBuild([]) == BuildRequest())
    #expect(try parsedBuild(["build"]) == BuildRequest())
  }

  @Test func everyCommandAndOptionParses() throws {
    #expect(
      try parsedBuild(["--drafts", "--base-url", "http://x", "--content", "C", "--templates", "T", "--output", "O"])
        == BuildRequest(content: "C", templates: "T", output: "O", drafts: true, baseURL: "http://x"))
    #expect(try parsedBuild(["build", "--output=O"]) == BuildRequest(output: "O"))

    let check = try #require(
      try YearbookCommand.parseAsRoot(["check", "--content", "C", "--templates", "T", "--format", "json"]) as? Check)
    #expect(check.source.content == "C")
    #expect(check.source.templates == "T")
    #expect(check.format == .json)
    #expect(check.impact == nil)
    let impact = try #require(try YearbookCommand.parseAsRoot(["check", "--impact", "Content/data/a.csv:5:4"]) as? Check)
    #expect(impact.impact == "Content/data/a.csv:5:4")
    #expect(impact.format == .text)

    // `serve` checks that its folders exist.
    let folders = [
      "--content", Fixture.repository.appendingPathComponent("Content").path, "--templates",
      Fixture.repository.appendingPathComponent("Templates").path,
    ]
    let serve = try #require(
      try YearbookCommand.parseAsRoot(["serve", "--port", "0", "--host", "0.0.0.0", "--no-drafts", "--open", "--output", "P"] + folders)
        as? Serve)
    #expect(serve.port == 0)
    #expect(serve.host == "0.0.0.0")
    #expect(!serve.drafts)
    #expect(serve.open)
    #expect(serve.output == "P")
    let plain = try #require(try YearbookCommand.parseAsRoot(["serve"] + folders) as? Serve)
    #expect(plain.port == 8000 && plain.host == "127.0.0.1" && plain.drafts && !plain.open && plain.output == nil)
  }

  @Test func commandsKeepTheirNames() {
    #expect(Build._commandName == "build")
    #expect(Check._commandName == "check")
    #expect(Serve._commandName == "serve")
    #expect(YearbookCommand._commandName == "yearbook")
    let help = YearbookCommand.helpMessage()
    for name in ["build", "check", "serve"] { #expect(help.contains("  \(name) "), "\(help)") }
  }

  @Test func invalidBuildsAreStillRefused() {
    #expect(throws: (any Error).self) { try YearbookCommand.parseAsRoot(["build", "--base-url", "not-a-url"]) }
    #expect(throws: (any Error).self) { try BuildRequest(baseURL: "not-a-url").validate() }
    #expect(throws: (any Error).self) { try YearbookCommand.parseAsRoot(["build", "--no-such-flag"]) }
  }
}
