extension SearchIndex {
  /// The entries matching `query`, best first, as Templates/assets/search.js finds and orders
  /// them in the reader's browser (the two follow the same steps; this one is what the unit
  /// tests pin down).
  ///
  /// Every run of the query must be found: a word as a whole term, or, when it is the query's
  /// last and the reader may still be typing it (no separator after it), as the beginning of
  /// one; a CJK run of two or more characters as all of its pairs, and then, for three or
  /// more, as one stretch of the entry's text; a single CJK character in any term. Matches are
  /// ordered by kind (headings, then titles, labels, body text), then by how exactly they
  /// match (the whole entry, its beginning, anywhere), then in reading order.
  func search(_ query: String) -> [Int] {
    let runs = SearchTokenizer.runs(query)
    guard !runs.isEmpty else { return [] }
    let typing = query.unicodeScalars.last.map { SearchTokenizer.isWordCharacter(SearchTokenizer.narrow($0)) } ?? false
    var found: Set<Int>?
    for (i, run) in runs.enumerated() {
      let hits = matches(run, prefix: typing && i == runs.count - 1)
      found = found.map { $0.intersection(hits) } ?? hits
      if found!.isEmpty { return [] }
    }
    let stretches = runs.compactMap { run -> String? in
      guard case .cjk(let scalars) = run, scalars.count > 2 else { return nil }
      return String(String.UnicodeScalarView(scalars))
    }
    let folded = Self.folded(runs)
    let ranked = found!.compactMap { n -> (Int, Int, Int)? in
      let runs = SearchTokenizer.runs(entries[n].text)
      let text = Self.folded(runs)
      if !stretches.isEmpty {
        let cjk = runs.compactMap { run -> String? in
          guard case .cjk(let scalars) = run else { return nil }
          return String(String.UnicodeScalarView(scalars))
        }
        guard stretches.allSatisfy({ stretch in cjk.contains { $0.contains(stretch) } }) else { return nil }
      }
      let exactness = text == folded ? 0 : text.hasPrefix(folded) ? 1 : 2
      return (entries[n].kind.rawValue, exactness, n)
    }
    return ranked.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }.map(\.2)
  }

  /// The entries holding `run`.
  private func matches(_ run: SearchTokenizer.Run, prefix: Bool) -> Set<Int> {
    switch run {
    case .word(let word):
      guard prefix else { return Set(postings[word] ?? []) }
      var hits: Set<Int> = []
      for (term, list) in postings where term.hasPrefix(word) && !term.unicodeScalars.contains(where: SearchTokenizer.isCJK) {
        hits.formUnion(list)
      }
      return hits
    case .cjk(let scalars) where scalars.count == 1:
      var hits: Set<Int> = []
      for (term, list) in postings where term.unicodeScalars.contains(scalars[0]) { hits.formUnion(list) }
      return hits
    case .cjk:
      var hits: Set<Int>?
      for term in SearchTokenizer.terms(String(String.UnicodeScalarView(run.scalars))) {
        let list = Set(postings[term] ?? [])
        hits = hits.map { $0.intersection(list) } ?? list
      }
      return hits ?? []
    }
  }

  /// Runs as one string, words folded, for comparing a query with an entry's whole text.
  private static func folded(_ runs: [SearchTokenizer.Run]) -> String {
    runs.map { run in
      switch run {
      case .word(let word): word
      case .cjk(let scalars): String(String.UnicodeScalarView(scalars))
      }
    }.joined(separator: " ")
  }
}

extension SearchTokenizer.Run {
  /// A CJK run's characters; none for a word.
  var scalars: [Unicode.Scalar] {
    if case .cjk(let scalars) = self { return scalars }
    return []
  }
}
