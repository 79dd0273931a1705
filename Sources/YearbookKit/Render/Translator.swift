/// The bilingual machinery for data: the English of a Chinese label (through the glossary, an
/// `english` column, or the `其中：` rule), the fixed words of the interface, and how numbers
/// and labels are written per language.
public struct Translator: Sendable {
  /// The page's language.
  public let language: Language
  let glossary: Glossary

  /// Makes a translator for `language`.
  public init(language: Language, glossary: Glossary) {
    self.language = language
    self.glossary = glossary
  }

  static let subRowPrefix = "其中："

  /// A Chinese label in the page's language; nil when English is needed and the glossary has
  /// none. Text without Chinese characters (ISO dates, codes, Latin names) is the same in every
  /// language.
  public func label(_ chinese: String) -> String? {
    let zh = Translator.normalize(chinese)
    guard language != .zh, Translator.needsTranslation(zh) else { return zh }
    if let en = glossary.english(zh) { return en }
    if zh.hasPrefix(Translator.subRowPrefix) {
      let rest = String(zh.dropFirst(Translator.subRowPrefix.count))
      return glossary.english(rest).map { "of which: \($0)" }
    }
    return nil
  }

  /// A label for display: its translation, or the Chinese as printed when there is none (the
  /// checks have already reported it as an error, so a build never publishes this).
  public func display(_ chinese: String) -> String { label(chinese) ?? Translator.normalize(chinese) }

  /// A label with the alignment spaces of the printed tables removed (`北 京` → `北京`); Latin
  /// words keep their spaces.
  public static func normalize(_ text: String) -> String {
    var trimmed = text.trimmingSpaces()
    // This runs for every label of every table: a scan of the UTF-8 bytes first (no space,
    // no U+3000 IDEOGRAPHIC SPACE, E3 80 80), then of the characters, as before.
    let hasSpace = trimmed.withUTF8 { utf8 in
      utf8.indices.contains { i in
        utf8[i] == 0x20 || (utf8[i] == 0xE3 && i + 2 < utf8.count && utf8[i + 1] == 0x80 && utf8[i + 2] == 0x80)
      }
    }
    guard hasSpace, trimmed.contains(where: { $0 == " " || $0 == "\u{3000}" }) else { return trimmed }
    var out = ""
    let chars = Array(trimmed)
    for (i, c) in chars.enumerated() {
      if c == " " || c == "\u{3000}" {
        let before = i > 0 ? chars[i - 1] : " "
        let after = i + 1 < chars.count ? chars[i + 1] : " "
        if isCJK(before) || isCJK(after) { continue }
      }
      out.append(c)
    }
    return out
  }

  /// True when the text holds a Chinese character.
  public static func needsTranslation(_ text: String) -> Bool {
    // A character holds a Chinese scalar exactly when the text does: no need to form
    // characters. Decoded from the UTF-8 bytes: every CJK scalar takes three (lead byte E3
    // to E9 or EF), so only those are decoded and tested.
    var text = text
    return text.withUTF8 { utf8 in
      var i = 0
      while i + 2 < utf8.count {
        if (0xE3...0xEF).contains(utf8[i]), isCJK(Unicode.Scalar(startingAt: i, in: utf8)) { return true }
        i += 1
      }
      return false
    }
  }

  static func isCJK(_ c: Character) -> Bool { c.unicodeScalars.contains(where: isCJK) }

  static func isCJK(_ s: Unicode.Scalar) -> Bool {
    (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
      || (0x3000...0x303F).contains(s.value) || (0xFF00...0xFFEF).contains(s.value)
  }
}
