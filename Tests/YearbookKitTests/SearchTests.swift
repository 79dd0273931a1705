import Testing

@testable import YearbookKit

@Suite struct SearchTokenizerTests {
  @Test func chineseIsCutIntoPairs() {
    #expect(SearchTokenizer.terms("技术转让") == ["技术", "术转", "转让"])
    #expect(SearchTokenizer.terms("京") == ["京"])
    // Punctuation of either width separates runs, and is never a term.
    #expect(SearchTokenizer.terms("北京、上海。深圳") == ["北京", "上海", "深圳"])
  }

  @Test func englishIsFoldedToLowerCaseSingulars() {
    #expect(SearchTokenizer.terms("Cities, PROVINCES and Processes") == ["city", "province", "and", "process"])
    #expect(SearchTokenizer.terms("branches boxes agencies") == ["branch", "box", "agency"])
    // Short words and -ss, -us, -is endings are left alone.
    #expect(SearchTokenizer.terms("gas status analysis class its") == ["gas", "status", "analysis", "class", "its"])
  }

  @Test func fullWidthFormsAreReadAsASCII() {
    #expect(SearchTokenizer.terms("Ｇｕａｎｇｄｏｎｇ　２０１９") == ["guangdong", "2019"])
    #expect(SearchTokenizer.terms("（ＧＤＰ）") == ["gdp"])
  }

  @Test func mixedTextSplitsAtTheScriptBoundary() {
    #expect(SearchTokenizer.runs("Beijing技术R&D") == [.word("beijing"), .cjk(Array("技术".unicodeScalars)), .word("r"), .word("d")])
  }

  @Test func hostileTextNeverFails() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<200 {
      let scalars = (0..<Int.random(in: 0...64, using: &generator)).compactMap { _ in
        Unicode.Scalar(UInt32.random(in: 0...0x2FFFF, using: &generator))
      }
      let text = String(String.UnicodeScalarView(scalars))
      for term in SearchTokenizer.terms(text) {
        #expect(!term.isEmpty)
        #expect(!term.unicodeScalars.contains { $0 == " " || $0 == "," || $0 == "。" })
      }
    }
  }
}

@Suite struct SearchIndexTests {
  static let page = """
    <html><body><header><nav><a href="x">广东 nav</a></nav></header>
    <main id="main">
    <article><header><p class="part-label">Part 3</p><h1>Regions</h1></header>
    <nav class="toc"><h2 id="toc-title">On this page</h2><ol><li><a href="#a">Guangdong</a></li></ol></nav>
    <div class="chapter-body">
    <h2 id="east">The eastern provinces</h2>
    <p>Contracts in Guangdong &amp; Beijing grew; 技术转让 rose.</p>
    <figure class="table-figure" id="table-4-2"><figcaption id="table-4-2-caption"><span class="number">Table 4-2</span> <span class="title">Turnover by province</span> <span class="unit">Unit: yuan</span></figcaption>
    <div class="table-scroll"><table><thead><tr><th scope="col">Province</th></tr></thead>
    <tbody><tr><th scope="row">Guangdong</th><td class="num">1</td></tr><tr><th scope="row">Beijing</th><td>2</td></tr></tbody></table></div></figure>
    <svg><text>Guangdong</text></svg>
    <h3 id="cities">Cities</h3>
    <ol class="events"><li id="e2019-03-01"><a class="event-date" href="#e2019-03-01">1 March</a> <span class="event">A fair on 技术转让 in Shenzhen</span></li></ol>
    </div></article></main><footer>Guangdong</footer></body></html>
    """

  static var entries: [SearchEntry] { SearchExtractor.entries(page: "regions.html", html: Array(page.utf8)) }

  @Test func extractsWhatTheReaderSeesWithItsAnchor() {
    let entries = Self.entries
    #expect(
      entries == [
        SearchEntry(page: "regions.html", anchor: "", place: "Regions", kind: .heading, text: "Regions"),
        SearchEntry(page: "regions.html", anchor: "east", place: "Regions", kind: .heading, text: "The eastern provinces"),
        SearchEntry(
          page: "regions.html", anchor: "east", place: "Regions › The eastern provinces", kind: .body,
          text: "Contracts in Guangdong & Beijing grew; 技术转让 rose."),
        SearchEntry(
          page: "regions.html", anchor: "table-4-2", place: "Regions › The eastern provinces", kind: .title,
          text: "Table 4-2 Turnover by province"),
        SearchEntry(
          page: "regions.html", anchor: "table-4-2", place: "Regions › Table 4-2 Turnover by province", kind: .label, text: "Guangdong"),
        SearchEntry(
          page: "regions.html", anchor: "table-4-2", place: "Regions › Table 4-2 Turnover by province", kind: .label, text: "Beijing"),
        SearchEntry(page: "regions.html", anchor: "cities", place: "Regions › The eastern provinces", kind: .heading, text: "Cities"),
        SearchEntry(
          page: "regions.html", anchor: "e2019-03-01", place: "Regions › Cities", kind: .label,
          text: "1 March A fair on 技术转让 in Shenzhen"),
      ])
  }

  @Test func headingsAndTitlesRankAboveBodyText() {
    let index = SearchIndex(language: "en", entries: Self.entries)
    let texts = { (query: String) in index.search(query).map { index.entries[$0].text } }
    #expect(texts("guangdong") == ["Guangdong", "Contracts in Guangdong & Beijing grew; 技术转让 rose."])
    #expect(texts("province") == ["The eastern provinces", "Table 4-2 Turnover by province"])
    // The last word is a prefix while typed; a separator after it ends it.
    #expect(texts("Guang").first == "Guangdong")
    #expect(texts("Guang ").isEmpty)
    // Chinese: a pair, a whole run, one character; mixed with English.
    #expect(texts("转让").count == 2)
    #expect(texts("技术转让") == ["1 March A fair on 技术转让 in Shenzhen", "Contracts in Guangdong & Beijing grew; 技术转让 rose."])
    #expect(texts("让") == texts("转让"))
    #expect(texts("Beijing 技术") == ["Contracts in Guangdong & Beijing grew; 技术转让 rose."])
    #expect(texts("ＳＨＥＮＺＨＥＮ，") == ["1 March A fair on 技术转让 in Shenzhen"])
    #expect(texts("。，").isEmpty)
    #expect(texts("Hubei").isEmpty)
  }

  @Test func threeCharactersMustStandTogether() {
    let index = SearchIndex(
      language: "zh",
      entries: [
        SearchEntry(page: "a.html", anchor: "x", place: "A", kind: .body, text: "技术，术转，转让"),
        SearchEntry(page: "a.html", anchor: "y", place: "A", kind: .body, text: "技术转让"),
      ])
    #expect(index.search("技术转让") == [1])
  }

  @Test func aQueryScatteredOverAPageFindsItAfterTheWholeMatches() {
    let entries = [
      SearchEntry(page: "a.html", anchor: "a1", place: "A", kind: .body, text: "The Ministry met."),
      SearchEntry(page: "a.html", anchor: "a2", place: "A", kind: .heading, text: "Financing 技术"),
      SearchEntry(page: "a.html", anchor: "a3", place: "A", kind: .body, text: "转让 of finance"),
      SearchEntry(page: "b.html", anchor: "b1", place: "B", kind: .body, text: "The Ministry of Finance, 技术转让"),
      SearchEntry(page: "c.html", anchor: "c1", place: "C", kind: .body, text: "Ministry only"),
    ]
    let index = SearchIndex(language: "en", entries: entries)
    // b.html holds it in one entry; a.html across three, its entry with the most parts first.
    #expect(index.search("ministry of finance") == [3, 2])
    #expect(index.search("技术转让") == [3, 1])
    // One part only: nothing scattered; an entry beginning with the query first.
    #expect(index.search("ministry") == [4, 0, 3])
  }

  @Test func theScriptIsTheSameForTheSamePagesAndSafeInsideAScript() {
    let one = SearchIndex(language: "en", entries: Self.entries).script
    let two = SearchIndex(language: "en", entries: Self.entries).script
    #expect(one == two)
    #expect(one.hasPrefix("window.yearbookSearch=window.yearbookSearch||{};"))
    #expect(one.contains("\n\"guangdong\":\"2.2\",\n"))
    let hostile = SearchEntry(page: "a.html", anchor: "x", place: "</script><b>", kind: .body, text: "\"\\\u{2028}\n")
    let script = SearchIndex(language: "en", entries: [hostile]).script
    #expect(!script.contains("</script"))
    #expect(script.contains(#""\"\\\u2028\n""#))
  }

  @Test func postingsAreGapsInBase36() {
    let entries = (0..<40).map { SearchEntry(page: "a.html", anchor: "", place: "", kind: .body, text: $0 % 39 == 0 ? "rare" : "common") }
    let script = SearchIndex(language: "en", entries: entries).script
    #expect(script.contains("\"rare\":\"0.13\""))
  }

  @Test func brokenHTMLNeverFails() {
    let pieces = ["<main>", "<p>", "</p>", "<h2 id=\"a\">", "</h2>", "<figure id='f'>", "</figure>", "<th scope=row>", "<li id=x>", "</li>",
      "text 技术", "&amp;", "&#x41;", "&#99999999;", "<!--", "-->", "<svg>", "</svg>", "<br/>", "<", ">", "</main>", "</nav>"]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<300 {
      let html = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
      let entries = SearchExtractor.entries(page: "p.html", html: Array(html.utf8))
      #expect(entries.allSatisfy { !$0.text.isEmpty })
    }
  }
}
