/// Finds the numbers written in a text: ASCII or full-width digits, with thousands commas
/// and a decimal point, returned without the commas, each with the character after it.
enum NumberScanner {
  /// A number as written, and what follows it (`月`, `万`, `%`…).
  struct Token: Equatable {
    var text: String
    var next: Character
  }

  static func numbers(in text: String) -> [Token] {
    // Unicode scalars, not Characters: every character that matters here is one scalar, and
    // scalars are far cheaper to walk.
    let scalars = Array(text.unicodeScalars)
    var result: [Token] = []
    var i = 0
    func digit(_ s: Unicode.Scalar) -> Unicode.Scalar? {
      if ("0"..."9").contains(s) { return s }
      if (0xFF10...0xFF19).contains(s.value) { return Unicode.Scalar(s.value - 0xFF10 + 0x30) }
      return nil
    }
    func isLatinLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic && !isCJK(s) }
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
      var number = String.UnicodeScalarView()
      while i < scalars.count {
        if let d = digit(scalars[i]) {
          number.append(d)
        } else if scalars[i] == "," || scalars[i] == "." || scalars[i] == "．", i + 1 < scalars.count, digit(scalars[i + 1]) != nil {
          if scalars[i] != "," { number.append(".") }
        } else {
          break
        }
        i += 1
      }
      while i < scalars.count, scalars[i] == " " { i += 1 }
      result.append(Token(text: String(number), next: i < scalars.count ? Character(scalars[i]) : " "))
    }
    return result
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

  /// The lowercased words of a text (letters and hyphens).
  static func tokens(_ text: String) -> Set<String> {
    Set(text.lowercased().split { !($0.isLetter || $0 == "-") }.map(String.init))
  }
}
