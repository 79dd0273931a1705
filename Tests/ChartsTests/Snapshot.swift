// Golden SVG files live in Tests/ChartsTests/Snapshots/ and are read through Bundle.module
// (the test target copies the folder). To re-record them after an intended change:
//
//     RECORD_SNAPSHOTS=1 swift test --scratch-path .build-charts --filter ChartsTests
//
// then look at the rendered charts (e.g. `rsvg-convert -z 2 X.svg -o X.png`) and review the
// diff before committing. While recording, the comparison is skipped.
import Foundation
import Testing

enum Snapshot {
  /// The source folder, where recording writes.
  static let sourceDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")

  static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

  /// Compares `svg` with `Snapshots/<name>.svg`, or rewrites that file when recording.
  static func assert(
    _ svg: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    if isRecording {
      try FileManager.default.createDirectory(at: sourceDirectory, withIntermediateDirectories: true)
      try svg.write(
        to: sourceDirectory.appendingPathComponent("\(name).svg"), atomically: true, encoding: .utf8)
      return
    }
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: "svg", subdirectory: "Snapshots"),
      "missing snapshot \(name).svg; record it with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(
      svg == expected,
      "snapshot \(name).svg differs; re-record with RECORD_SNAPSHOTS=1 if the change is intended",
      sourceLocation: sourceLocation)
  }
}
