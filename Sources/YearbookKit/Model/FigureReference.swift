/// A figure quoted in prose from a table cell: `[](#appendix-01/2019年/count "decimals=1 unit")`.
/// The table id is the destination's first segment and the column key its last; the row name
/// between them may hold slashes (`技术开发/合计`). The title holds the options.
public struct FigureReference: Sendable, Equatable {
  /// How the figure is printed in the sentence.
  public struct Options: Sendable, Equatable {
    /// Round the printed figure to this many decimals (fewer than the table prints).
    public var decimals: Int?
    /// Append the column's (or table's) unit in the page's language.
    public var unit = false
    /// Write a + before a positive figure (a growth).
    public var sign = false
    /// Write the figure without its minus, for a sentence that says the fall in words
    /// (`下降[](#…"abs")%`, `fell by`).
    public var magnitude = false

    /// Makes options.
    public init(decimals: Int? = nil, unit: Bool = false, sign: Bool = false, magnitude: Bool = false) {
      self.decimals = decimals
      self.unit = unit
      self.sign = sign
      self.magnitude = magnitude
    }
  }

  /// The table id.
  public var table: String
  /// The row, named as `check` names rows.
  public var row: String
  /// The column key.
  public var column: String
  /// The options.
  public var options: Options

  /// Most decimals a sentence may ask for.
  static let maxDecimals = 6

  /// Makes a reference.
  public init(table: String, row: String, column: String, options: Options = Options()) {
    self.table = table
    self.row = row
    self.column = column
    self.options = options
  }

  /// True when a link with empty text to `destination` quotes a figure rather than
  /// cross-referencing a table or chart: its fragment has a slash.
  public static func isFigure(_ destination: String) -> Bool {
    destination.hasPrefix("#") && destination.utf8.contains(UInt8(ascii: "/"))
  }

  /// The reference a link to `destination` with `title` makes, or why it makes none.
  /// `destination` starts with `#` and has a slash (`isFigure`).
  public static func parse(_ destination: String, title: String) -> Result<FigureReference, ReferenceProblem> {
    // A target copied from a browser's address bar is percent-encoded (`%E5%90%88%E8%AE%A1`).
    let path = Substring(
      destination.contains("%") ? String(destination.dropFirst()).removingPercentEncodingIfValid : String(destination.dropFirst()))
    guard let first = path.firstIndex(of: "/"), let last = path.lastIndex(of: "/"), first != last else {
      return .failure(ReferenceProblem("'\(destination)' is not #<table>/<row>/<column>"))
    }
    let table = String(path[..<first])
    let row = String(path[path.index(after: first)..<last])
    let column = String(path[path.index(after: last)...])
    guard !table.isEmpty, !row.isEmpty, !column.isEmpty else {
      return .failure(ReferenceProblem("'\(destination)' is not #<table>/<row>/<column>: a part is empty"))
    }
    var options = Options()
    for word in title.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
      switch word {
      case "unit": options.unit = true
      case "sign": options.sign = true
      case "abs": options.magnitude = true
      default:
        guard word.hasPrefix("decimals=") else {
          return .failure(ReferenceProblem("unknown option '\(word)' (options are decimals=N, unit, sign, abs)"))
        }
        guard let n = Int(word.dropFirst("decimals=".count)), (0...maxDecimals).contains(n) else {
          return .failure(ReferenceProblem("'\(word)': decimals is a whole number from 0 to \(maxDecimals)"))
        }
        options.decimals = n
      }
    }
    return .success(FigureReference(table: table, row: row, column: column, options: options))
  }

  /// The destination that names this cell (without options).
  public var destination: String { "#\(table)/\(row)/\(column)" }
}

/// Why a figure reference names no figure: the message of its finding.
public struct ReferenceProblem: Error, Sendable, Equatable {
  /// What is wrong, in words.
  public var message: String
  /// Makes a problem.
  public init(_ message: String) { self.message = message }
}
