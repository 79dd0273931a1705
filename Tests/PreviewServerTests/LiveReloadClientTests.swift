import Foundation
import Testing
import YearbookKit
@testable import PreviewServer

/// The live-reload client goes into the pages `serve` builds, and only those.
@Suite struct LiveReloadClientTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  @Test func theScriptCannotEndItsScriptElementEarly() {
    let script = LiveReloadClient.script.lowercased()
    #expect(!script.contains("</script"))
    #expect(!script.contains("<!--"))
    #expect(script.contains(LiveReloadClient.eventsPath))
    #expect(script.contains(LiveReloadClient.statusPath))
  }

  @Test func servedPagesCarryTheClientAndBuiltOnesNever() throws {
    let (files, readDiagnostics) = ContentReader.read(
      content: Self.repository.appendingPathComponent("Content").path, templates: Self.repository.appendingPathComponent("Templates").path)
    #expect(!readDiagnostics.hasErrors)
    let element = "<script>\(LiveReloadClient.script)</script>"
    let served = Yearbook.build(files, options: BuildOptions(includeDrafts: true, liveReloadScript: LiveReloadClient.script))
    #expect(!served.diagnostics.hasErrors)
    // Every page made with the layout carries it once; the language chooser (which sends the
    // reader on at once) has no layout.
    let pages = served.files.filter { $0.path.hasSuffix(".html") && $0.path != "index.html" }
    #expect(pages.count >= 15)
    for page in pages { #expect(page.text.components(separatedBy: element).count == 2, "\(page.path)") }
    for file in served.files where !file.path.hasSuffix(".html") { #expect(!file.text.contains("yearbookLive"), "\(file.path)") }

    let built = Yearbook.build(files)
    for file in built.files { #expect(!file.text.contains("yearbookLive"), "\(file.path)") }
  }
}
