/// Finds the numbers written in a text: ASCII or full-width digits, with thousands commas
/// and a decimal point, returned without the commas, each with the character after it.
enum NumberScanner {
  /// A number as written, and what follows it (`月`, `万`, `%`…).
  struct Token: Equatable {
    var text: String
    var next: Character
    /// Written with a thousands separator (`2,019`), so not a year.
    var grouped = false
  }

  static func numbers(in text: String) -> [Token] {
    // Unicode scalars, not Characters: every character that matters here is one scalar, and
    // scalars are far cheaper to walk. Gathered in one pass (`Array(text.unicodeScalars)`
    // counts them first) into room for the most there can be.
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars { scalars.append(scalar) }
    var result: [Token] = []
    var i = 0
    while i < scalars.count {
      guard digit(scalars[i]) != nil else {
        i += 1
        continue
      }
      // A digit run glued to a Latin letter (G20, R2) is a name, not a figure.
      if i > 0, isLatinLetter(scalars[i - 1]) {
        while i < scalars.count, digit(scalars[i]) != nil || scalars[i] == "." { i += 1 }
        continue
      }
      var number: [UInt8] = []  // ASCII digits and points
      var grouped = false
      while i < scalars.count {
        if let d = digit(scalars[i]) {
          number.append(UInt8(d.value))
        } else if scalars[i] == "," || scalars[i] == "." || scalars[i] == "．", i + 1 < scalars.count, digit(scalars[i + 1]) != nil {
          if scalars[i] != "," { number.append(UInt8(ascii: ".")) } else { grouped = true }
        } else {
          break
        }
        i += 1
      }
      while i < scalars.count, scalars[i] == " " { i += 1 }
      result.append(
        Token(text: String(decoding: number, as: UTF8.self), next: i < scalars.count ? Character(scalars[i]) : " ", grouped: grouped))
    }
    return result
  }

  /// The ASCII digit a digit stands for (ASCII or full-width).
  private static func digit(_ s: Unicode.Scalar) -> Unicode.Scalar? {
    if ("0"..."9").contains(s) { return s }
    if (0xFF10...0xFF19).contains(s.value) { return Unicode.Scalar(s.value - 0xFF10 + 0x30) }
    return nil
  }

  /// A letter of a script other than CJK; ASCII and CJK answered without a table lookup.
  private static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x41...0x5A, 0x61...0x7A: return true
    case 0..<0x80: return false
    default: return s.properties.isAlphabetic && !isCJK(s)
    }
  }

  /// True for CJK ideographs and CJK and full-width punctuation (as `Translator.isCJK`).
  private static func isCJK(_ s: Unicode.Scalar) -> Bool {
    (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value) || (0x3000...0x303F).contains(s.value)
      || (0xFF00...0xFFEF).contains(s.value)
  }
}

/// The English words for the small whole numbers a translation spells out: `ten`, `fifth`,
/// `twenty-first`.
enum NumberWords {
  private static let ones = [
    "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
  ]
  private static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
  private static let irregular = [
    "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth", "twelve": "twelfth",
  ]

  /// `n` (1…99) in words, cardinal and ordinal.
  static func words(_ n: Int) -> [String] {
    guard (1...99).contains(n) else { return [] }
    let cardinal = n < 20 ? ones[n] : tens[n / 10] + (n % 10 == 0 ? "" : "-" + ones[n % 10])
    let last = cardinal.split(separator: "-").last.map(String.init) ?? cardinal
    let lastOrdinal = irregular[last] ?? (last.hasSuffix("y") ? String(last.dropLast()) + "ieth" : last + "th")
    let ordinal =
      cardinal.contains("-") ? cardinal.split(separator: "-").dropLast().joined(separator: "-") + "-" + lastOrdinal : lastOrdinal
    return [cardinal, ordinal]
  }

  /// The lowercased words of a text: its runs of letters and hyphens (Characters that are
  /// `isLetter` or `"-"`).
  static func tokens(_ text: String) -> Set<String> {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiTokens(text.lowercased()) }
    return unicodeTokens(lowercased(text))
  }

  /// `text.lowercased()`, which is each scalar's lowercase mapping in turn, with the mapping
  /// of ASCII and of scripts without case (CJK) made without a table lookup and a String
  /// per scalar.
  private static func lowercased(_ text: String) -> String {
    var utf8: [UInt8] = []
    utf8.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x41...0x5A: utf8.append(UInt8(scalar.value + 0x20))
      case 0..<0x80: utf8.append(UInt8(scalar.value))
      case 0x3000...0x303F, 0x4E00...0x9FFF, 0xFF01...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFFEF:
        utf8.append(contentsOf: scalar.utf8)
      default: utf8.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
      }
    }
    return String(decoding: utf8, as: UTF8.self)
  }

  /// `tokens` of ASCII text, on bytes: there every byte is a Character but for `\r\n`, which
  /// is neither a letter nor a hyphen, as each of its bytes is.
  private static func asciiTokens(_ lower: String) -> Set<String> {
    var words = Set<String>()
    var word: [UInt8] = []
    for byte in lower.utf8 {
      if (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || byte == UInt8(ascii: "-") {
        word.append(byte)
      } else if !word.isEmpty {
        words.insert(String(decoding: word, as: UTF8.self))
        word.removeAll(keepingCapacity: true)
      }
    }
    if !word.isEmpty { words.insert(String(decoding: word, as: UTF8.self)) }
    return words
  }

  /// `tokens` of any text, Character by Character, each tested on its first scalar (what
  /// `Character.isLetter` reads) rather than through `Character`'s properties, which cost far
  /// more than the breaking into Characters.
  private static func unicodeTokens(_ lower: String) -> Set<String> {
    let scalars = lower.unicodeScalars
    var words = Set<String>()
    var start: String.Index?
    var i = lower.startIndex
    while i < lower.endIndex {
      let next = lower.index(after: i)
      let first = scalars[i]
      let isHyphen = first == "-" && scalars.index(after: i) == next
      if isHyphen || isLetter(first) {
        if start == nil { start = i }
      } else if let s = start {
        words.insert(String(lower[s..<i]))
        start = nil
      }
      i = next
    }
    if let s = start { words.insert(String(lower[s...])) }
    return words
  }

  /// The Alphabetic property (`Character.isLetter` of a Character starting with `scalar`),
  /// answered without a table lookup for ASCII and CJK ideographs.
  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A, 0x4E00...0x9FFF: return true
    case 0..<0x80: return false
    default: return scalar.properties.isAlphabetic
    }
  }
}
