import Foundation
import Testing

/// Golden files under Tests/YearbookKitTests/Snapshots/. To re-record after an intended
/// change: `RECORD_SNAPSHOTS=1 swift test --filter YearbookKitTests`, then review the diff.
enum Snapshot {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

  static func assert(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = directory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try actual.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "snapshot \(name) differs; re-record with RECORD_SNAPSHOTS=1 if the change is intended", sourceLocation: sourceLocation)
  }
}
