import Markdown

extension Validator {
  /// Every relative link in a published chapter (`[text](regions.html#table-4-2)`,
  /// `[text](#section)`, `../data/x.csv`) reaches a file of the built site and, with a
  /// fragment, an element id on that page. Checked against the files the build made, so the
  /// pages and anchors are exactly those that will exist. Cross-references (`[](#id)`) are
  /// resolved by the chapter renderer and skipped here.
  static func links(_ report: Report, files: [OutputFile]) -> [Diagnostic] {
    links(report, files: files, collect: { LinkCollector.links(in: $0.body) }, anchors: { HTMLAnchors.ids(in: $0.bytes) })
  }

  /// `links(_:files:)`, with the links of a chapter found by `collect` and the element ids of a
  /// page by `anchors` (which `CheckMemo` remembers, as a rebuild leaves most chapters and
  /// pages as they were).
  static func links(
    _ report: Report, files: [OutputFile], collect: (Chapter) -> [LinkCollector.Link], anchors: (OutputFile) -> Set<String>
  ) -> [Diagnostic] {
    var byPath: [String: OutputFile] = [:]
    for file in files { byPath[file.path] = file }
    var known: [String: Set<String>] = [:]
    func ids(_ path: String) -> Set<String> {
      if let ids = known[path] { return ids }
      let found = byPath[path].map(anchors) ?? []
      known[path] = found
      return found
    }
    var diagnostics: [Diagnostic] = []
    for chapter in report.chapters {
      let page = "\(chapter.language.code)/\(chapter.slug).html"
      guard byPath[page] != nil else { continue }
      for link in collect(chapter) where !(link.textIsEmpty && link.destination.hasPrefix("#")) {
        guard let (target, fragment) = resolve(link.destination, from: page) else { continue }
        let at = SourceLocation(path: chapter.location.path, line: link.at.line, column: link.at.column)
        guard byPath[target] != nil else {
          diagnostics.append(
            Diagnostic(.error, at: at, rule: "broken-link", "link to '\(link.destination)': the site has no file \(target)"))
          continue
        }
        if let fragment, !fragment.isEmpty, target.hasSuffix(".html"), !ids(target).contains(fragment) {
          diagnostics.append(
            Diagnostic(.error, at: at, rule: "broken-link", "link to '\(link.destination)': \(target) has no element with id '\(fragment)'")
          )
        }
      }
    }
    return diagnostics
  }

  /// The site path and fragment a relative link from `page` leads to; nil for absolute URLs.
  static func resolve(_ destination: String, from page: String) -> (path: String, fragment: String?)? {
    let beforeFragment = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
    let hasScheme = beforeFragment.firstIndex(of: ":").map { colon in !beforeFragment[..<colon].contains("/") } ?? false
    if hasScheme || destination.hasPrefix("//") || destination.hasPrefix("/") { return nil }
    var fragment: String?
    if let hash = destination.firstIndex(of: "#") {
      fragment = String(destination[destination.index(after: hash)...]).removingPercentEncodingIfValid
    }
    let pathPart = beforeFragment.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
    if pathPart.isEmpty { return (page, fragment) }
    var parts = page.split(separator: "/").dropLast().map(String.init)
    for segment in pathPart.removingPercentEncodingIfValid.split(separator: "/", omittingEmptySubsequences: false) {
      switch segment {
      case ".", "": continue
      case "..": if !parts.isEmpty { parts.removeLast() }
      default: parts.append(String(segment))
      }
    }
    return (parts.joined(separator: "/"), fragment)
  }
}
