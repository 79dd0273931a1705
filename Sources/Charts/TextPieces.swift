/// A label cut at every place it may break — between words, and between any two CJK
/// characters (Chinese has no spaces), never inside a Latin word or a number — with each
/// character measured once, so that a layout can try it at many widths and sizes.
///
/// Piece `i` is scalars `starts[i]..<starts[i + 1]`, keeping its trailing space. A line is a
/// range of pieces, measured and trimmed of spaces at both ends exactly as the string it
/// stands for would be; only the chosen lines become strings.
struct TextPieces {
  /// The text as given.
  let text: String
  /// Each scalar's width in ems.
  private let ems: [Double]
  /// Whether each scalar is a space.
  private let spaces: [Bool]
  /// The text's UTF-8, and where each scalar starts in it (plus the end).
  private let utf8: [UInt8]
  private let offsets: [Int]
  /// Where each piece starts, in scalars, plus the end of the text.
  private let starts: [Int]

  init(_ text: String) {
    // A scalar takes at least one byte: room for all of them, so the arrays never grow.
    let bound = text.utf8.count + 1
    var ems: [Double] = []
    ems.reserveCapacity(bound)
    var spaces: [Bool] = []
    spaces.reserveCapacity(bound)
    var offsets: [Int] = []
    offsets.reserveCapacity(bound)
    var starts: [Int] = []
    starts.reserveCapacity(bound)
    var offset = 0
    var left: Unicode.Scalar?
    for scalar in text.unicodeScalars {
      let index = ems.count
      if index == 0 {
        starts.append(0)
      } else if let left, !TextPieces.continues(scalar),
        TextPieces.canBreak(between: left, and: scalar)
      {
        starts.append(index)
      }
      if !TextPieces.continues(scalar) { left = scalar }
      let em = TextMetrics.em(scalar)
      ems.append(em)
      spaces.append(scalar == " ")
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    starts.append(ems.count)
    offsets.append(offset)
    self.text = text
    self.ems = ems
    self.spaces = spaces
    self.utf8 = Array(text.utf8)
    self.offsets = offsets
    self.starts = starts
  }

  /// The number of pieces.
  var count: Int { starts.count - 1 }

  /// The estimated width of `pieces` as one trimmed line, summed in reading order like
  /// `TextMetrics.width(of:fontSize:)` so that the two agree to the last bit.
  func width(_ pieces: Range<Int>, fontSize: Double) -> Double {
    var sum = 0.0
    for index in trimmed(pieces) { sum += ems[index] }
    return sum * fontSize
  }

  /// The widest of `lines`.
  func widest(_ lines: [Range<Int>], fontSize: Double) -> Double {
    var widest: Double?
    for line in lines {
      let width = width(line, fontSize: fontSize)
      if widest.map({ width > $0 }) ?? true { widest = width }
    }
    return widest ?? 0
  }

  /// The trimmed text of `pieces`.
  func string(_ pieces: Range<Int>) -> String { text(trimmed(pieces)) }

  /// The trimmed text of each line.
  func strings(_ lines: [Range<Int>]) -> [String] { lines.map(string) }

  /// Piece `index` as cut, spaces kept.
  func raw(_ index: Int) -> String { text(starts[index]..<starts[index + 1]) }

  private func text(_ scalars: Range<Int>) -> String {
    if scalars.lowerBound == 0 && scalars.upperBound == ems.count { return text }
    return String(decoding: utf8[offsets[scalars.lowerBound]..<offsets[scalars.upperBound]], as: UTF8.self)
  }

  /// The scalar range of `pieces` without spaces at either end.
  private func trimmed(_ pieces: Range<Int>) -> Range<Int> {
    var lower = starts[pieces.lowerBound]
    var upper = starts[pieces.upperBound]
    while upper > lower && spaces[upper - 1] { upper -= 1 }
    while lower < upper && spaces[lower] { lower += 1 }
    return lower..<upper
  }

  /// Scalars that belong to the character before them (combining marks, joiners, variation
  /// selectors, skin tones): never a place to break, and not the "left" side of one.
  private static func continues(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0300...0x036F, 0x200C...0x200D, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF: return true
    default: return false
    }
  }

  private static func canBreak(between left: Unicode.Scalar, and right: Unicode.Scalar) -> Bool {
    if right == " " { return false }
    if left == " " || left == "-" || left == "/" { return true }
    if isClosingPunctuation(right) { return false }
    if isOpeningPunctuation(left) { return false }
    return TextMetrics.isWide(left) || TextMetrics.isWide(right)
  }

  private static func isClosingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "】", ",", ".", ";", ":",
      "?", "!", ")", "%":
      return true
    default: return false
    }
  }

  private static func isOpeningPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "（", "《", "「", "『", "【", "(": return true
    default: return false
    }
  }
}
