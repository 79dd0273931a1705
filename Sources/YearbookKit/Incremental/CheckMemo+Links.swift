import Markdown

extension CheckMemo {
  /// `Validator.links(report, files:)`, with each chapter's links remembered with its body and
  /// each page's element ids with the bytes they were found in: a rebuild hands back most
  /// chapters and pages as the very same values, which need no second walk or scan.
  func links(_ report: Report, files: [OutputFile]) -> [Diagnostic] {
    guard remembers else { return Validator.links(report, files: files) }
    return lock.withLock {
      var collected: [String: (body: MarkdownNode, links: [LinkCollector.Link])] = [:]
      var found: [String: (bytes: [UInt8], ids: Set<String>)] = [:]
      let diagnostics = Validator.links(
        report, files: files,
        collect: { chapter in
          let path = chapter.location.path
          if let known = chapterLinks[path], known.body == chapter.body {
            collected[path] = known
            return known.links
          }
          let links = LinkCollector.links(in: chapter.body)
          collected[path] = (chapter.body, links)
          return links
        },
        anchors: { file in
          if let known = anchors[file.path], known.bytes.hasSameBytes(as: file.bytes) {
            found[file.path] = known
            return known.ids
          }
          let ids = HTMLAnchors.ids(in: file.bytes)
          found[file.path] = (file.bytes, ids)
          return ids
        })
      chapterLinks = collected
      anchors = found
      return diagnostics
    }
  }
}
