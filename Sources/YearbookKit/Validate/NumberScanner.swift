/// Finds the numbers written in a text: ASCII or full-width digits, with thousands commas
/// and a decimal point, returned without the commas, each with the character after it.
enum NumberScanner {
  /// A number as written, and what follows it (`月`, `万`, `%`…).
  struct Token: Equatable {
    var text: String
    var next: Character
  }

  static func numbers(in text: String) -> [Token] {
    let chars = Array(text)
    var result: [Token] = []
    var i = 0
    func digit(_ c: Character) -> Character? {
      if c.isASCII, c.isNumber { return c }
      if let v = c.unicodeScalars.first?.value, (0xFF10...0xFF19).contains(v) { return Character(Unicode.Scalar(v - 0xFF10 + 0x30)!) }
      return nil
    }
    while i < chars.count {
      guard digit(chars[i]) != nil else {
        i += 1
        continue
      }
      // A digit run glued to a Latin letter (G20, R2) is a name, not a figure.
      if i > 0, chars[i - 1].isLetter, !Translator.isCJK(chars[i - 1]) {
        while i < chars.count, digit(chars[i]) != nil || chars[i] == "." { i += 1 }
        continue
      }
      var number = ""
      while i < chars.count {
        if let d = digit(chars[i]) {
          number.append(d)
        } else if chars[i] == "," || chars[i] == "." || chars[i] == "．", i + 1 < chars.count, digit(chars[i + 1]) != nil {
          if chars[i] != "," { number.append(".") }
        } else {
          break
        }
        i += 1
      }
      while i < chars.count, chars[i] == " " { i += 1 }
      result.append(Token(text: number, next: i < chars.count ? chars[i] : " "))
    }
    return result
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
