import Testing
@testable import Markdown

/// `HeadingID.slug` reads ASCII text byte by byte: its ids must be those of the plain
/// character-by-character rule, kept here as the reference.
@Suite struct HeadingSlugTests {
  /// The rule: lowercase, keep letters and numbers, one dash for every run of anything else.
  func reference(_ text: String) -> String {
    var out = ""
    var pendingDash = false
    for ch in text.lowercased() {
      if ch.isLetter || ch.isNumber {
        if pendingDash && !out.isEmpty { out.append("-") }
        pendingDash = false
        out.append(ch)
      } else {
        pendingDash = true
      }
    }
    return out
  }

  @Test func slugsFollowTheRule() {
    let headings = [
      "", "Contract types", "  Leading and trailing  ", "R&D spending, 2019 (100 million yuan)", "A--B__C..D", "UPPER lower 123",
      "技术合同 构成", "2019年 技术市场", "Café Über naïve", "Ⅻ roman ½ half", "tab\there", "line\r\nbreak", "émoji 👍🏽 ok",
      "e\u{301} combining", "Ｆｕｌｌｗｉｄｔｈ ＡＢＣ", "__", "-x-", "Z", "0",
    ]
    for heading in headings {
      #expect(HeadingID.slug(heading) == reference(heading), "\(heading)")
    }
    #expect(HeadingID.slug("R&D spending, 2019") == "r-d-spending-2019")
  }
}
