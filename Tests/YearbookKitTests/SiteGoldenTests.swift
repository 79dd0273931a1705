import Foundation
import Testing

@testable import YearbookKit

/// The real report's whole output, pinned: every file's path, size and a 64-bit FNV-1a digest
/// of its bytes, and every finding of the check. A change that should leave the site byte for
/// byte as it was is proven to by this test; an intended change re-records it
/// (`RECORD_SNAPSHOTS=1 swift test --filter SiteGoldenTests`) and the diff shows which files
/// it touched.
@Suite struct SiteGoldenTests {
  static func digest(_ bytes: [UInt8]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  @Test func theRealReportsFilesAreTheRecordedOnes() throws {
    let listing = EndToEndTests.built.files.sorted { $0.path < $1.path }.map { "\($0.path) \($0.bytes.count) \(Self.digest($0.bytes))" }
    try Snapshot.assert(listing.joined(separator: "\n") + "\n", named: "site-files.txt")
  }

  @Test func theRealReportsFindingsAreTheRecordedOnes() throws {
    let root = Fixture.repository.path + "/"
    let lines = EndToEndTests.built.diagnostics.sorted().map { $0.description.replacingOccurrences(of: root, with: "") }
    try Snapshot.assert(lines.joined(separator: "\n") + "\n", named: "site-findings.txt")
  }

  @Test func theDigestIsFNV1a() {
    #expect(Self.digest([]) == "cbf29ce484222325")
    #expect(Self.digest(Array("a".utf8)) == "af63dc4c8601ec8c")
  }
}
