import Foundation
import Testing

@testable import YearbookKit

/// readdir(3) hands out entries only as long as their names: a short entry at the very end of
/// the stream's buffer is followed by memory that may not be mapped. The name must be read in
/// place, never by copying the whole 256-byte `d_name` field.
@Suite struct DirectoryEntryNameTests {
  @Test func aShortEntryAtTheEndOfMappedMemoryIsReadWithoutTouchingWhatFollows() throws {
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    // Two pages; the second is made inaccessible, so reading past the first traps.
    let memory = try #require(mmap(nil, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0))
    #expect(memory != MAP_FAILED)
    defer { munmap(memory, 2 * page) }
    #expect(mprotect(memory + page, page, PROT_NONE) == 0)
    let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
    let name = Array("a.html".utf8) + [0]
    // The entry as readdir lays it out: header, then the name and its NUL, rounded to 8 bytes.
    let length = (nameOffset + name.count + 7) / 8 * 8
    let start = memory + page - length
    start.storeBytes(of: UInt16(length), toByteOffset: MemoryLayout<dirent>.offset(of: \dirent.d_reclen)!, as: UInt16.self)
    for (i, byte) in name.enumerated() { start.storeBytes(of: byte, toByteOffset: nameOffset + i, as: UInt8.self) }
    #expect(directoryEntryName(start.assumingMemoryBound(to: dirent.self)) == "a.html")
  }

  @Test func everyNameOfARealFolderIsListed() throws {
    let folder = try Fixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let names = ["a", "数据.csv", String(repeating: "x", count: 255)]
    for name in names { try Data().write(to: folder.appendingPathComponent(name)) }
    let entries = try #require(POSIXFiles.entries(of: folder.path))
    #expect(Set(entries.map(\.name)) == Set(names))
  }
}
