extension Cell {
  /// The figure as a machine reads it, at its printed decimals: plain digits, a point and a
  /// leading `-` (`-28.89`), "" when the cell prints none. For `<data value>`, revisions and diffs.
  var plainFigure: String {
    guard let value = number else { return "" }
    let digits = NumberFormat.fixedPoint(abs(value), decimals: decimals)
    return value < 0 && digits.contains(where: { $0 != "0" && $0 != "." }) ? "-" + digits : digits
  }
}
