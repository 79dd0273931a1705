import Foundation
import Testing

/// Runs the built `yearbook` binary as a user would.
@Suite(.serialized) struct CommandLineTests {
  static var binary: URL {
    // The test bundle sits beside the products in .build/<config>/.
    var url = Bundle.main.bundleURL
    for _ in 0..<6 where !FileManager.default.fileExists(atPath: url.appendingPathComponent("yearbook").path) {
      url = url.deletingLastPathComponent()
    }
    return url.appendingPathComponent("yearbook")
  }

  /// Everything written to `out` and `err`, both read at once: a child that fills one pipe
  /// while the other is read to its end would wait forever.
  static func drain(_ out: Pipe, _ err: Pipe) -> (Data, Data) {
    final class Box: @unchecked Sendable { var data = Data() }
    let box = Box()
    let done = DispatchSemaphore(value: 0)
    let handle = err.fileHandleForReading
    DispatchQueue.global().async {
      box.data = handle.readDataToEndOfFile()
      done.signal()
    }
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    done.wait()
    return (stdout, box.data)
  }

  func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = Self.binary
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let (stdout, stderr) = CommandLineTests.drain(out, err)
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
  }

  func copyOfContent() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("yearbook-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: Fixture.repository.appendingPathComponent("Content"), to: dir.appendingPathComponent("Content"))
    return dir
  }

  @Test func aBrokenCSVFailsWithItsLineAndLeavesTheOutputUntouched() throws {
    let dir = try copyOfContent()
    defer { try? FileManager.default.removeItem(at: dir) }
    let templates = Fixture.repository.appendingPathComponent("Templates").path
    let output = dir.appendingPathComponent("Output").path
    let good = try run(["build", "--content", dir.appendingPathComponent("Content").path, "--templates", templates, "--output", output])
    #expect(good.status == 0, "\(good.stderr)")
    let before = try String(contentsOfFile: output + "/en/overview.html", encoding: .utf8)

    let csv = dir.appendingPathComponent("Content/data/appendix-03.csv")
    var lines = try String(contentsOf: csv, encoding: .utf8).components(separatedBy: "\n")
    lines[3] = lines[3].replacingOccurrences(of: ",", with: ",\"", options: [], range: lines[3].range(of: ","))
    try lines.joined(separator: "\n").write(to: csv, atomically: true, encoding: .utf8)
    let bad = try run(["build", "--content", dir.appendingPathComponent("Content").path, "--templates", templates, "--output", output])
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("Content/data/appendix-03.csv:4:"), "\(bad.stderr)")
    #expect(bad.stderr.contains("unterminated quoted field [csv-syntax]"))
    #expect(try String(contentsOfFile: output + "/en/overview.html", encoding: .utf8) == before)
  }

  @Test func usageErrorsExitWithTwo() throws {
    #expect(try run(["build", "--base-url", "not-a-url"]).status == 2)
    #expect(try run(["build", "--no-such-flag"]).status == 2)
  }

  @Test func checkPrintsJSONForTools() throws {
    let dir = try copyOfContent()
    defer { try? FileManager.default.removeItem(at: dir) }
    let glossary = dir.appendingPathComponent("Content/glossary.csv")
    let text = try String(contentsOf: glossary, encoding: .utf8).components(separatedBy: "\n").filter { !$0.hasPrefix("北京,") }.joined(separator: "\n")
    try text.write(to: glossary, atomically: true, encoding: .utf8)
    let result = try run(["check", "--content", dir.appendingPathComponent("Content").path, "--templates", Fixture.repository.appendingPathComponent("Templates").path, "--format", "json"])
    #expect(result.status == 1)
    #expect(result.stdout.contains("\"rule\" : \"missing-translation\""))
    #expect(result.stdout.contains("\"message\" : \"'北京' has no en translation in glossary.csv\""))
  }
}
