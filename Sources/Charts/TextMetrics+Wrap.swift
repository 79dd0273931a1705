/// Line breaking for labels: between words, and between any two CJK characters (Chinese
/// has no spaces), never inside a Latin word or a number.
extension TextMetrics {
  /// `text` on as few lines as fit `maxWidth`, at most `maxLines`; two lines are balanced
  /// rather than greedy. Nil when it cannot fit.
  static func wrap(_ text: String, maxWidth: Double, fontSize: Double, maxLines: Int) -> [String]? {
    if width(of: text, fontSize: fontSize) <= maxWidth { return [text] }
    guard maxLines >= 2 else { return nil }
    let pieces = breakablePieces(text)
    guard pieces.count > 1 else { return nil }
    if let two = balancedTwoLines(pieces, maxWidth: maxWidth, fontSize: fontSize) { return two }
    guard maxLines > 2 else { return nil }
    var lines = greedyLines(pieces, maxWidth: maxWidth, fontSize: fontSize)
    guard lines.count <= maxLines, width(of: lines, fontSize: fontSize) <= maxWidth else {
      return nil
    }
    // Even the lines out: narrow the measure while the text still takes as many lines.
    var measure = width(of: lines, fontSize: fontSize) - 1
    while measure > 0 {
      let narrower = greedyLines(pieces, maxWidth: measure, fontSize: fontSize)
      guard narrower.count == lines.count, width(of: narrower, fontSize: fontSize) <= measure else {
        break
      }
      lines = narrower
      measure = width(of: narrower, fontSize: fontSize) - 1
    }
    return lines
  }

  /// `text` split into the two most even lines it breaks into (itself when it cannot break).
  static func balancedSplit(_ text: String, fontSize: Double) -> [String] {
    balancedTwoLines(breakablePieces(text), maxWidth: .infinity, fontSize: fontSize) ?? [text]
  }

  /// `text` broken greedily into lines no wider than `maxWidth` where it can be; a single
  /// unbreakable piece wider than `maxWidth` stays on its own line.
  static func greedyLines(_ text: String, maxWidth: Double, fontSize: Double) -> [String] {
    greedyLines(breakablePieces(text), maxWidth: maxWidth, fontSize: fontSize)
  }

  /// The text cut at every break opportunity; each piece keeps its trailing space.
  static func breakablePieces(_ text: String) -> [String] {
    var pieces: [String] = []
    var current = ""
    var previous: Character?
    for character in text {
      if let previous, !current.isEmpty, canBreak(between: previous, and: character) {
        pieces.append(current)
        current = ""
      }
      current.append(character)
      previous = character
    }
    if !current.isEmpty { pieces.append(current) }
    return pieces
  }

  private static func canBreak(between left: Character, and right: Character) -> Bool {
    if right == " " { return false }
    if left == " " || left == "-" || left == "/" { return true }
    if isClosingPunctuation(right) { return false }
    if isOpeningPunctuation(left) { return false }
    return isWideCharacter(left) || isWideCharacter(right)
  }

  private static func isWideCharacter(_ character: Character) -> Bool {
    character.unicodeScalars.first.map(isWide) ?? false
  }

  private static func isClosingPunctuation(_ character: Character) -> Bool {
    "，。、；：？！）》」』】,.;:?!)%".contains(character)
  }

  private static func isOpeningPunctuation(_ character: Character) -> Bool {
    "（《「『【(".contains(character)
  }

  private static func balancedTwoLines(_ pieces: [String], maxWidth: Double, fontSize: Double)
    -> [String]?
  {
    var best: [String]?
    var bestWidth = Double.infinity
    for cut in 1..<pieces.count {
      let first = trimmed(pieces[..<cut].joined())
      let second = trimmed(pieces[cut...].joined())
      let widest = max(width(of: first, fontSize: fontSize), width(of: second, fontSize: fontSize))
      if widest <= maxWidth && widest < bestWidth {
        best = [first, second]
        bestWidth = widest
      }
    }
    return best
  }

  private static func greedyLines(_ pieces: [String], maxWidth: Double, fontSize: Double)
    -> [String]
  {
    var lines: [String] = []
    var current = ""
    for piece in pieces {
      let candidate = current + piece
      if current.isEmpty || width(of: trimmed(candidate), fontSize: fontSize) <= maxWidth {
        current = candidate
      } else {
        lines.append(trimmed(current))
        current = piece
      }
    }
    if !current.isEmpty { lines.append(trimmed(current)) }
    return lines
  }

  private static func trimmed(_ line: String) -> String {
    var line = Substring(line)
    while line.last == " " { line.removeLast() }
    while line.first == " " { line.removeFirst() }
    return String(line)
  }
}
