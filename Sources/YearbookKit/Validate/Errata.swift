/// Applies the editor's errata to the findings: a finding an erratum answers becomes a note
/// carrying the reason; an erratum that answers none, or names a place that does not exist,
/// is an error. Pure.
public enum Errata {
  /// The findings with `errata` applied.
  public static func apply(_ errata: [Erratum], to diagnostics: [Diagnostic], report: Report) -> [Diagnostic] {
    var result = diagnostics
    var problems: [Diagnostic] = []
    for erratum in errata {
      let matches: (Diagnostic) -> Bool
      switch resolve(erratum, report) {
      case .failure(let problem):
        problems.append(Diagnostic(.error, at: erratum.location, rule: "erratum-target", problem.message))
        continue
      case .success(let places):
        matches = { d in
          d.rule == erratum.rule && places.contains { $0.matches(d.location) } && (erratum.message.map { d.message.contains($0) } ?? true)
        }
      }
      var answered = false
      for i in result.indices where matches(result[i]) {
        answered = true
        guard result[i].severity != .note else { continue }
        result[i].severity = .note
        result[i].message += " (acknowledged in \(erratum.location))"
      }
      if !answered {
        problems.append(
          Diagnostic(
            .error, at: erratum.location, rule: "stale-erratum",
            "this erratum answers no '\(erratum.rule)' finding at \(describe(erratum.target)): if the figures were corrected, remove it"))
      }
    }
    return result + problems
  }

  /// A place an erratum points at: a file, a line, and maybe a column.
  struct Place {
    var path: String
    var line: Int
    var column: Int?
    func matches(_ location: SourceLocation) -> Bool {
      location.path == path && location.line == line && (column == nil || location.column == column)
    }
  }

  struct Problem: Error {
    var message: String
  }

  /// The places an erratum names, or why it names none.
  static func resolve(_ erratum: Erratum, _ report: Report) -> Result<[Place], Problem> {
    switch erratum.target {
    case .place(let path, let line, let column):
      return .success([Place(path: path, line: line, column: column)])
    case .cells(let id, let rowName, let columns):
      guard let table = report.tables[id] else { return .failure(Problem(message: "erratum: no table '\(id)'")) }
      let rows = RowStructure(table.rows).rows(named: rowName, in: table, for: columns.first)
      guard rows.count == 1, let row = rows.first else {
        let why = rows.isEmpty ? "has no row '\(rowName)'" : "has \(rows.count) rows '\(rowName)'; name one as group/label, or use 'at'"
        return .failure(Problem(message: "erratum: table \(id) \(why)"))
      }
      if columns.isEmpty { return .success([Place(path: table.csvPath, line: table.rows[row].line)]) }
      var places: [Place] = []
      for key in columns {
        guard let c = table.schema.index(of: key) else { return .failure(Problem(message: "erratum: table \(id) has no column '\(key)'")) }
        let at = table.rows[row].cells[c].location
        places.append(Place(path: at.path, line: at.line, column: at.column))
      }
      return .success(places)
    }
  }

  static func describe(_ target: Erratum.Target) -> String {
    switch target {
    case .cells(let table, let row, let columns):
      return "\(table) row \(row)\(columns.isEmpty ? "" : " column \(columns.joined(separator: ", "))")"
    case .place(let path, let line, let column):
      return SourceLocation(path: path, line: line, column: column ?? 0).description
    }
  }
}
