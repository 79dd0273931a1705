import Foundation
import Testing

@testable import YearbookKit

/// `parts(separatedBy:)` splits a quantity as Foundation's `components(separatedBy:)` did.
@Suite struct StringComponentsTests {
  @Test func splitsAsFoundationDoes() {
    let texts = [
      "turnover-2019 of 合计", "a of b of c", "a of of b", " of ", "a of", "of b", "", "no separator", "a  of  b",
      "x of \u{301}y", "e\u{301} of f", "合计 of 西部地区 of ", "a of b\u{301} of c", "\u{600} of b",
    ]
    for text in texts {
      #expect(text.parts(separatedBy: " of ").map(String.init) == text.components(separatedBy: " of "), "\(text.debugDescription)")
    }
    #expect("turnover-2019 of 合计".parts(separatedBy: " of ") == ["turnover-2019", "合计"])
    #expect("x of \u{301}y".parts(separatedBy: " of ") == ["x of \u{301}y"])
  }
}
