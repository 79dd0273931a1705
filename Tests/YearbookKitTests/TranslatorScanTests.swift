import Testing

@testable import YearbookKit

/// `Translator.needsTranslation` and `Translator.normalize` read UTF-8 bytes; they must say
/// what the scalar and character scans said.
@Suite struct TranslatorScanTests {
  static let samples = [
    "", "abc", "北 京", "北京", "北　京", "中国 科学院", "Beijing Tech", "合计 ", "  其中：技术开发", "（%）", "ｆｕｌｌ", "、",
    "\u{3400}", "\u{4DBF}", "\u{9FFF}", "\u{A000}", "\u{2FFF}", "\u{FFEF}", "\u{FFF0}", "é e\u{301}", "😀 北", "a\u{3000}b", "①",
  ]

  @Test func needsTranslationIsTheScalarScan() {
    for text in Self.samples {
      #expect(Translator.needsTranslation(text) == text.unicodeScalars.contains(where: Translator.isCJK), "\(text)")
    }
  }

  @Test func normalizeDropsOnlySpacesBesideChinese() {
    #expect(Translator.normalize("北 京") == "北京")
    #expect(Translator.normalize("北　京") == "北京")
    #expect(Translator.normalize("Beijing Tech") == "Beijing Tech")
    #expect(Translator.normalize("中国 Academy") == "中国Academy")
    #expect(Translator.normalize(" 合计 ") == "合计")
    #expect(Translator.normalize("a\u{3000}b") == "a\u{3000}b")
  }
}
