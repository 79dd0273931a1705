import Testing

@testable import YearbookKit

/// `TextKey` must agree with `String` on equality and order (and so hash equal keys alike),
/// plain text or not.
@Suite struct TextKeyTests {
  static let samples: [String] = [
    "", "a", "A", "ab", "abc", "合计", "合计 ", "北京", "北京市", "其中：技术开发", "output-turnover-2019 of 东部地区",
    "（%）", "—", "“引号”", "ｆｕｌｌ", "\u{F900}", "\u{8C48}", "e\u{301}", "\u{E9}", "é合计", "e\u{301}合计", "\u{212B}", "\u{C5}",
    "a\u{302A}\u{302B}", "a\u{302B}\u{302A}", "한국", "\u{1112}\u{1161}\u{11AB}", "😀", "z", "\u{7F}", "\u{80}",
  ]

  @Test func equalityHashAndOrderAreStrings() {
    for a in Self.samples {
      for b in Self.samples {
        let (x, y) = (TextKey(a), TextKey(b))
        #expect((x == y) == (a == b), "\(a.unicodeScalars.map(\.value)) \(b.unicodeScalars.map(\.value))")
        // Order as String's for plain text (every label of the report); other text is in the
        // order of its NFC bytes, which String does not always keep (Hangul jamo).
        if TextKey.isPlain(a), TextKey.isPlain(b) {
          #expect((x < y) == (a < b), "\(a.unicodeScalars.map(\.value)) < \(b.unicodeScalars.map(\.value))")
        }
        if x == y { #expect(x.hashValue == y.hashValue) }
      }
    }
  }

  @Test func plainIsOnlyWhatNormalisationLeavesAlone() {
    #expect(TextKey.isPlain("其中：技术开发 (2019) —“合计”"))
    #expect(!TextKey.isPlain("\u{F900}"))
    #expect(!TextKey.isPlain("e\u{301}"))
    #expect(!TextKey.isPlain("\u{302A}"))
    #expect(!TextKey.isPlain("é"))
  }

  @Test func keysFindWhatStringsFind() {
    var byText: [TextKey: Int] = [:]
    for (i, text) in Self.samples.enumerated() where byText[TextKey(text)] == nil { byText[TextKey(text)] = i }
    for text in Self.samples {
      #expect(byText[TextKey(text)].map { Self.samples[$0] == text } == true)
    }
  }

  @Test func quantityKeysAreEqualAndOrderedByTheirParts() {
    let parts: [(String, String)] = [
      ("turnover-2019", "合计"), ("turnover-2019", "合计 "), ("turnover-2019-x", "北京"), ("turnover", "2019 of 合计"),
      ("turnover of 2019", "合计"), ("a", ""), ("", "a"), ("e\u{301}", "\u{F900}"), ("\u{E9}", "\u{8C48}"),
    ]
    for (m1, n1) in parts {
      for (m2, n2) in parts {
        let (x, y) = (QuantityKey(measure: TextKey(m1), name: TextKey(n1)), QuantityKey(measure: TextKey(m2), name: TextKey(n2)))
        #expect((x == y) == (TextKey(m1) == TextKey(m2) && TextKey(n1) == TextKey(n2)), "\(m1)|\(n1) vs \(m2)|\(n2)")
        #expect((x < y) == ((TextKey(m1), TextKey(n1)) < (TextKey(m2), TextKey(n2))), "\(m1)|\(n1) < \(m2)|\(n2)")
        if x == y { #expect(x.hashValue == y.hashValue) }
      }
      #expect(QuantityKey(measure: TextKey(m1), name: TextKey(n1)).text == "\(m1) of \(n1)")
    }
  }
}
