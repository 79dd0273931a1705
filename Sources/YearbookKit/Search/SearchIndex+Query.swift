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
  /// match (the whole entry, its beginning, anywhere), then in reading order; then come the
  /// pages that hold the query only scattered over several entries (`scattered`).
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
    let full = ranked.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }.map(\.2)
    return full + scattered(runs, besides: full)
  }

  /// After the entries holding the whole query, one result for each other page that holds every
  /// part of it in different entries: its entry holding the most parts (the first of those).
  /// A CJK run of three or more characters is taken here as its successive pairs (and a last
  /// single character), as a word list would cut 技术转让 into 技术 and 转让; a word as the
  /// beginning of a term, without a final e or y.
  private func scattered(_ runs: [SearchTokenizer.Run], besides full: [Int]) -> [Int] {
    var parts: [Set<Int>] = []
    for run in runs {
      if case .word(let word) = run {
        // Loosely here: a word's stem begins a term (finance → financing, ministry → ministries).
        let stem = word.count > 4 && (word.hasSuffix("e") || word.hasSuffix("y")) ? String(word.dropLast()) : word
        parts.append(matches(.word(stem), prefix: true))
        continue
      }
      let scalars = run.scalars
      guard scalars.count > 2 else {
        parts.append(matches(run, prefix: false))
        continue
      }
      for start in stride(from: 0, to: scalars.count, by: 2) {
        parts.append(matches(.cjk(Array(scalars[start..<min(start + 2, scalars.count)])), prefix: false))
      }
    }
    guard parts.count > 1 else { return [] }
    let done = Set(full.map { entries[$0].page })
    var pages: Set<String>?
    for part in parts {
      let here = Set(part.map { entries[$0].page })
      pages = pages.map { $0.intersection(here) } ?? here
    }
    var best: [String: (count: Int, entry: Int)] = [:]
    for n in parts.reduce(into: Set<Int>(), { $0.formUnion($1) }) {
      let page = entries[n].page
      guard pages!.contains(page), !done.contains(page) else { continue }
      let count = parts.filter { $0.contains(n) }.count
      if let known = best[page], (known.count, -known.entry) >= (count, -n) { continue }
      best[page] = (count, n)
    }
    return best.values.map(\.entry).sorted()
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
