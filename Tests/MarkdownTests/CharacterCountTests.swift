import Testing

@testable import Markdown

/// Columns count Characters; the scalar count taken for plain text must be String's count.
@Suite struct CharacterCountTests {
  @Test func countsAsStringDoes() {
    // Plain pieces, and pieces that join: combining marks (after Latin and after CJK), CRLF,
    // an emoji with a skin tone, a ZWJ sequence, Hangul jamo, a half-width voiced mark, flags.
    let pieces = [
      "a", " ", "中", "，", "。", "“", "—", "…", "é", "ß", "１", "（", "\u{3000}", "\t", "\n", "e\u{301}", "中\u{302A}",
      "\r\n", "\r", "👍🏽", "👩\u{200D}💻", "\u{1100}\u{1161}", "한", "ｶ\u{FF9E}", "🇨🇳", "\u{200C}", "\u{0600}1",
    ]
    var generator = SystemRandomNumberGenerator()
    var texts = pieces + ["", "2019年全国技术合同成交额22398.39亿元", "a\u{301}\u{302}"]
    for _ in 0..<20_000 {
      texts.append((0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
    }
    // Mismatches gathered, one expectation (see NumberTests).
    let mismatches = texts.filter { text in
      let bytes = Array(text.utf8)
      // Also a slice that does not start at 0, as a line's prefix is.
      let shifted = Array("前".utf8) + bytes
      return characterCount(bytes[...]) != text.count || characterCount(shifted[3...]) != text.count
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5).map { $0.unicodeScalars.map { String($0.value, radix: 16) } })")
  }
}
