import Foundation
import Testing
@testable import YearbookKit

@Suite struct PublisherTests {

  @Test func replacesTheOutputWholeAndKeepsHiddenFiles() throws {
    let root = try Fixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let output = root.appendingPathComponent("Output")
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    try Data().write(to: output.appendingPathComponent(".gitkeep"))
    try Data("old".utf8).write(to: output.appendingPathComponent("stale.html"))
    try Publisher.publish([OutputFile(path: "en/index.html", text: "new")], to: output.path)
    let names = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
    #expect(names == [".gitkeep", "en"])
    #expect(try String(contentsOf: output.appendingPathComponent("en/index.html"), encoding: .utf8) == "new")
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["Output"])
  }

  @Test func aFailedPublishLeavesThePreviousOutput() throws {
    let root = try Fixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let output = root.appendingPathComponent("Output")
    try Publisher.publish([OutputFile(path: "index.html", text: "v1")], to: output.path)
    // A file whose path is also needed as a folder cannot be written: the publish fails midway.
    #expect(throws: Publisher.Failure.self) {
      try Publisher.publish([OutputFile(path: "a", text: "x"), OutputFile(path: "a/b.html", text: "y")], to: output.path)
    }
    #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "v1")
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["Output"])
  }
}
