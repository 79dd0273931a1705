import Foundation

/// The one place that reads the disk: every content and template file into `ContentFiles`.
public enum ContentReader {
  /// Reads `content` and `templates`; unreadable or non-UTF-8 files become findings.
  public static func read(content: String, templates: String) -> (ContentFiles, [Diagnostic]) {
    var files = ContentFiles()
    files.contentRoot = content
    files.templatesRoot = templates
    var diagnostics: [Diagnostic] = []
    func text(_ path: String) -> SourceFile? {
      guard let data = FileManager.default.contents(atPath: path) else {
        diagnostics.append(Diagnostic(.error, at: SourceLocation(path: path), rule: "unreadable", "cannot read the file"))
        return nil
      }
      guard let string = String(data: data, encoding: .utf8) else {
        diagnostics.append(Diagnostic(.error, at: SourceLocation(path: path), rule: "encoding", "the file is not UTF-8"))
        return nil
      }
      return SourceFile(path: path, text: string)
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: content, isDirectory: &isDirectory), isDirectory.boolValue else {
      return (files, [Diagnostic(.error, at: SourceLocation(path: content), rule: "missing-file", "the content folder does not exist")])
    }
    let site = "\(content)/site.yaml"
    if FileManager.default.fileExists(atPath: site) { files.site = text(site) }
    let glossary = "\(content)/glossary.csv"
    if FileManager.default.fileExists(atPath: glossary) { files.glossary = text(glossary) }
    let errata = "\(content)/errata.yaml"
    if FileManager.default.fileExists(atPath: errata) { files.errata = text(errata) }
    files.chapters = list("\(content)/chapters", suffix: ".md").compactMap(text)
    files.schemas = list("\(content)/data", suffix: ".yaml").compactMap(text)
    files.tables = list("\(content)/data", suffix: ".csv").compactMap(text)
    files.templates = list(templates, suffix: ".mustache").compactMap(text)
    if files.templates.isEmpty {
      diagnostics.append(Diagnostic(.error, at: SourceLocation(path: templates), rule: "missing-file", "no *.mustache templates found"))
    }
    let assets = "\(templates)/assets"
    for name in (try? FileManager.default.subpathsOfDirectory(atPath: assets))?.sorted() ?? [] {
      var dir: ObjCBool = false
      let path = "\(assets)/\(name)"
      if FileManager.default.fileExists(atPath: path, isDirectory: &dir), !dir.boolValue,
        let data = FileManager.default.contents(atPath: path)
      {
        files.assets["assets/\(name)"] = [UInt8](data)
      }
    }
    return (files, diagnostics)
  }

  private static func list(_ directory: String, suffix: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.sorted().map { "\(directory)/\($0)" }
  }
}
