import Markdown

/// A table, chart, timeline or directory placed in a chapter by a fenced block.
public struct Placement: Sendable, Equatable {
  /// What the block places.
  public enum Kind: String, Sendable, CaseIterable {
    case table, chart, timeline, directory
  }
  /// Kind.
  public var kind: Kind
  /// The table or chart id.
  public var id: String
  /// The numbered label (`图 1–1`), nil when unnumbered.
  public var label: String?
  /// The element id on the page.
  public var anchor: String
  /// The fenced block's place.
  public var location: SourceLocation
}

/// Finds the placements of a chapter in order and numbers them per chapter, figures and
/// tables separately, so both languages number identically.
public enum PlacementPlanner {
  /// The placements of `chapter`.
  public static func placements(in chapter: Chapter, report: Report) -> [Placement] {
    var result: [Placement] = []
    var figures = 0
    var tables = 0
    let words = Words(chapter.language)
    func visit(_ node: MarkdownNode) {
      switch node {
      case .codeBlock(let info, let code, let at):
        guard let kind = Placement.Kind(rawValue: info.trimmingSpaces()) else { return }
        let id = firstLine(of: code).trimmingSpaces()
        let location = SourceLocation(path: chapter.location.path, line: at.line, column: at.column)
        var label: String?
        var anchor = "\(kind.rawValue)-\(id)"
        switch kind {
        case .chart:
          figures += 1
          label = words.figure(chapter.part, figures)
          anchor = "figure-\(id)"
        case .table:
          if chapter.numbering == .appendix {
            label = report.tables[id]?.schema.number.map(words.appendixTable)
          } else {
            tables += 1
            label = words.table(chapter.part, tables)
          }
        case .timeline, .directory:
          anchor = kind == .directory ? "directory" : "timeline"
        }
        result.append(Placement(kind: kind, id: id, label: label, anchor: anchor, location: location))
      case .document(let children), .blockQuote(let children, _), .item(let children, _):
        children.forEach(visit)
      case .list(_, _, _, let items, _):
        items.forEach(visit)
      default:
        return
      }
    }
    visit(chapter.body)
    return result
  }

  /// The first line of `code` that is not empty, as `code.split(separator: "\n").first` gives
  /// it, cut on bytes: a line feed is a Character of its own unless a carriage return comes
  /// before it, so without one the bytes split where the Characters do (and need no grapheme
  /// breaking, which made this a tenth of a rebuild).
  static func firstLine(of code: String) -> String {
    var utf8 = code
    let cut: String? = utf8.withUTF8 { bytes in
      guard !bytes.contains(UInt8(ascii: "\r")) else { return nil }
      guard let start = bytes.firstIndex(where: { $0 != UInt8(ascii: "\n") }) else { return "" }
      let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
    return cut ?? code.split(separator: "\n").first.map(String.init) ?? ""
  }
}

/// Where each placed table and chart is, per language, for cross-references.
public struct ReferenceIndex: Sendable {
  /// A resolved target.
  public struct Target: Sendable, Equatable {
    /// Chapter slug.
    public var slug: String
    /// Element id.
    public var anchor: String
    /// Numbered label, if any.
    public var label: String?
  }
  var targets: [Language: [String: [Target]]] = [:]

  /// Indexes every chapter's placements.
  public init(plans: [(Chapter, [Placement])]) {
    for (chapter, placements) in plans {
      for p in placements {
        targets[chapter.language, default: [:]][p.id, default: []].append(Target(slug: chapter.slug, anchor: p.anchor, label: p.label))
      }
    }
  }

  /// The target for `id` seen from chapter `slug`: its placement in that chapter first.
  public func target(_ id: String, from slug: String, _ language: Language) -> Target? {
    let candidates = targets[language]?[id] ?? []
    return candidates.first { $0.slug == slug } ?? candidates.first
  }
}
