import Foundation
import YearbookKit

/// The rebuild after one edit, as `yearbook serve` does it (`PreviewBuilder`): read the content
/// since the last read (which reads only the files whose stat changed), rebuild with
/// `IncrementalBuilder` (which remakes only the pages whose inputs changed), and bring the
/// output folder in line with `Publisher.update` and its record of the last update (which
/// writes only changed files and compares the rest in memory). Each
/// measured run sees exactly one changed file: the edit is made and undone in turn, on a
/// copy of the content, outside the timed work (as an editor's save would be).
struct IncrementalTimes {
  var edit: String
  var read: Sample
  var build: Sample
  var update: Sample
  var total: Sample
  /// Pages remade by one rebuild.
  var made: Int
  /// Files written by one rebuild.
  var written: Int
  /// Findings of the edited build (should be none).
  var errors: Int

  /// Times the rebuild after replacing the text of `file` (a path under `content`) by
  /// `edited` and back.
  static func measure(content: String, templates: String, output: String, file: String, edited: String, runs: Int) -> IncrementalTimes {
    let original = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
    defer { try? original.write(toFile: file, atomically: true, encoding: .utf8) }
    var builder = IncrementalBuilder(options: BuildOptions())
    var snapshot = ContentReader.read(content: content, templates: templates, since: nil)
    var record = PublishedRecord()
    _ = try? Publisher.update(builder.build(snapshot.files).result.files, in: output, record: &record)
    var reads: [Double] = []
    var builds: [Double] = []
    var updates: [Double] = []
    var totals: [Double] = []
    var made = 0
    var written = 0
    var errors = 0
    // Run 0 warms up; then alternate edited / original so every build follows one change.
    for run in 0...(2 * runs) {
      try? (run % 2 == 0 ? edited : original).write(toFile: file, atomically: true, encoding: .utf8)
      let (readMs, read) = Timing.milliseconds { ContentReader.read(content: content, templates: templates, since: snapshot) }
      snapshot = read
      let (buildMs, outcome) = Timing.milliseconds { builder.build(read.files) }
      let (updateMs, summary) = Timing.milliseconds { try? Publisher.update(outcome.result.files, in: output, record: &record) }
      guard run > 0 else { continue }
      reads.append(readMs)
      builds.append(buildMs)
      updates.append(updateMs)
      totals.append(readMs + buildMs + updateMs)
      if run % 2 == 0 {
        made = outcome.made.count
        written = summary?.written.count ?? 0
        errors = outcome.result.diagnostics.filter { $0.severity == .error }.count
      }
    }
    return IncrementalTimes(
      edit: file, read: Sample(reads), build: Sample(builds), update: Sample(updates), total: Sample(totals), made: made, written: written,
      errors: errors)
  }

  /// A chapter edit: one more sentence at the end of the chapter.
  static func chapterEdit(_ text: String) -> String { text + "\n本段为基准测试所加。\n" }

  /// A CSV edit that keeps the content valid: the first number cell of the first data row of
  /// the first CSV (in name order) whose edit still builds without errors, changed in its last
  /// printed digit. Returns the file and its edited text.
  static func csvEdit(content: String, templates: String) -> (file: String, text: String)? {
    let folder = "\(content)/data"
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".csv") }.sorted()
    for name in names {
      let path = "\(folder)/\(name)"
      guard let text = try? String(contentsOfFile: path, encoding: .utf8), let edited = bumpFirstNumber(text) else { continue }
      var (files, _) = ContentReader.read(content: content, templates: templates)
      guard let index = files.tables.firstIndex(where: { $0.path == path }) else { continue }
      files.tables[index].text = edited
      if !Yearbook.build(files).diagnostics.contains(where: { $0.severity == .error }) { return (path, edited) }
    }
    return nil
  }

  /// The CSV with the last digit of the first numeric cell of its second line changed.
  static func bumpFirstNumber(_ csv: String) -> String? {
    var lines = csv.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard lines.count > 1 else { return nil }
    var cells = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    guard let i = cells.firstIndex(where: { Double($0) != nil && $0.last?.isNumber == true }) else { return nil }
    let last = cells[i].last!.wholeNumberValue!
    cells[i] = String(cells[i].dropLast()) + String(last == 9 ? 8 : last + 1)
    lines[1] = cells.joined(separator: ",")
    return lines.joined(separator: "\n")
  }
}
