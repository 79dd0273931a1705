/// An inconsistency of the source that the editor acknowledges (`Content/errata.yaml`): the
/// finding it answers (rule and place) and why the figures stay as printed, in every language.
/// The finding is then printed as a note and the table shows the reason under it; an erratum
/// that answers no finding is an error, so errata never outlive the inconsistency.
public struct Erratum: Sendable, Equatable {
  /// Where the acknowledged finding is.
  public enum Target: Sendable, Equatable {
    /// Cells of a table: the row by its label (`合计`, or `技术开发/合计` for a group's row)
    /// and the columns by key (none: any cell of the row).
    case cells(table: String, row: String, columns: [String])
    /// A place in a file, as findings print it (`Content/chapters/overview.en.md:12`).
    case place(path: String, line: Int, column: Int?)
  }

  /// The rule of the finding, e.g. `sum`.
  public var rule: String
  /// Where the finding is.
  public var target: Target
  /// Optional: text the finding's message contains (to tell apart findings at one place).
  public var message: String?
  /// Why the printed figures stand.
  public var reason: Localized
  /// Where the erratum is written.
  public var location: SourceLocation
}

extension Report {
  /// The reasons of the errata about table `id`, for its footnotes in `language`.
  public func errataNotes(for id: String, _ language: Language) -> [String] {
    guard let table = tables[id] else { return [] }
    var notes: [String] = []
    for erratum in errata {
      switch erratum.target {
      case .cells(let t, _, _) where t == id: break
      case .place(let path, _, _) where path == table.csvPath: break
      default: continue
      }
      let reason = erratum.reason.text(language)
      if !reason.isEmpty, !notes.contains(reason) { notes.append(reason) }
    }
    return notes
  }
}
