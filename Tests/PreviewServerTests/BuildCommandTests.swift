import Foundation
import Testing

/// `yearbook build` says what it wrote and what it left as it was, and an unchanged file keeps
/// its identity through the atomic swap.
@Suite(.serialized) struct BuildCommandTests {
  func build(_ arguments: [String]) throws -> String {
    let process = try ServerProcess(ServeCommandTests.binary, ["build"] + arguments)
    #expect(process.waitForExit(within: .seconds(120)) == 0, "\(process.stderr)")
    return process.stdout
  }

  @Test func aSecondBuildWritesOnlyWhatChanged() throws {
    let fm = FileManager.default
    let dir = try ServeCommandTests().copyOfSources()
    defer { try? fm.removeItem(at: dir) }
    let arguments = [
      "--content", dir.appendingPathComponent("Content").path, "--templates", dir.appendingPathComponent("Templates").path,
      "--output", dir.appendingPathComponent("Output").path,
    ]
    let first = try build(arguments)
    let total = try #require(first.firstMatch(of: /built (\d+) files into .*: \1 written, 0 unchanged, in \d+ ms/)?.1)
    let kept = dir.appendingPathComponent("Output/zh/overview.html").path
    let inode = try fm.attributesOfItem(atPath: kept)[.systemFileNumber] as? Int

    #expect(try build(arguments).contains(": 0 written, \(total) unchanged, in "))
    let chapter = dir.appendingPathComponent("Content/chapters/overview.en.md")
    try Data((try String(contentsOf: chapter, encoding: .utf8) + "\nOne more sentence.\n").utf8).write(to: chapter)
    // The page and its language's search index.
    #expect(try build(arguments).contains(": 2 written, \(Int(total)! - 2) unchanged, in "))
    #expect(try fm.attributesOfItem(atPath: kept)[.systemFileNumber] as? Int == inode)
  }
}
