import Markdown

/// A figure quoted in a sentence, written as the tables write it for the page's language
/// (`22398.39`, `22,398.39`), rounded or with its unit or sign as the reference asks. Pure.
public struct InlineFigure: Sendable, Equatable {
  /// The figure as the sentence prints it (`22,398.4`, `+21.89`).
  public var number: String
  /// The unit to follow it, with its spacing (`亿元`, ` contracts`, `%`), or "".
  public var unit: String
  /// The figure as the CSV holds it, for `<data value>`: plain digits, point and minus.
  public var value: String

  /// The figure of `cell` (in column `column` of a table with schema `schema`) for `language`.
  public static func make(
    _ cell: Cell, column: Column, schema: TableSchema, options: FigureReference.Options, _ language: Language
  ) -> Result<InlineFigure, ReferenceProblem> {
    guard let value = cell.number else { return .failure(ReferenceProblem("the cell prints no figure")) }
    var shown = value
    var decimals = cell.decimals
    if let asked = options.decimals {
      guard asked <= cell.decimals else {
        return .failure(ReferenceProblem("decimals=\(asked): the table prints this figure with \(cell.decimals)"))
      }
      shown = rounded(value, from: cell.decimals, to: asked)
      decimals = asked
    }
    if options.magnitude { shown = abs(shown) }
    var number = NumberFormat.format(shown, decimals: decimals, language)
    if options.sign, shown > 0 {
      number = "+" + number
    }
    var unit = ""
    if options.unit {
      if let text = column.unit?[language] {
        unit = language == .zh ? text : " " + text
      } else if column.kind == .percent {
        unit = "%"
      } else if let text = schema.unit?[language] {
        unit = language == .zh ? text : " " + text
      } else {
        return .failure(ReferenceProblem("'unit': column '\(column.key)' and its table declare no unit"))
      }
    }
    return .success(InlineFigure(number: number, unit: unit, value: cell.plainFigure))
  }

  /// `value`, printed with `from` decimals, rounded half away from zero to `to` decimals on
  /// its printed digits (so 0.25 → 0.3, as a statistician rounds, not as binary halves fall).
  static func rounded(_ value: Double, from: Int, to: Int) -> Double {
    guard to < from, from < NumberFormat.powersOfTen.count else { return value }
    let digits = (abs(value) * NumberFormat.powersOfTen[from]).rounded()
    let step = NumberFormat.powersOfTen[from - to]
    let kept = (digits / step).rounded(.toNearestOrAwayFromZero)
    return (value < 0 ? -kept : kept) / NumberFormat.powersOfTen[to]
  }

  /// `<a href><data value>figure</data>unit</a>`: the link wraps the whole figure (the `data`
  /// element is phrasing content, allowed in a link), so a revision mark, a link of its own,
  /// can follow it without nesting links.
  public func html(href: String) -> String {
    "<a class=\"figure-ref\" href=\"\(escapeHTML(href))\"><data value=\"\(escapeHTML(value))\">\(escapeHTML(number))</data>\(escapeHTML(unit))</a>"
  }
}
