/// Splits text into the terms the search index is keyed by, and the reader's query into the
/// same terms (Templates/assets/search.js repeats these rules; a test keeps the two in step).
///
/// Chinese has no spaces and we ship no word list, so a run of Han (or kana, hangul)
/// characters is cut into overlapping pairs: 技术转让 → 技术 术转 转让. Any query of two or
/// more characters is then a run of pairs that the text must hold; a one-character query
/// finds the pairs that begin or end with it. Latin text is cut into words at anything that is
/// not a letter or digit, lower-cased, and a plural folded to its singular (cities → city), so
/// "Province" finds "provinces". Full-width Latin letters and digits (Ｇｕａｎｇｄｏｎｇ, ２０１９)
/// are read as the ASCII ones; punctuation of either width separates terms and is never a term.
enum SearchTokenizer {
  /// One piece of text between separators: a run of CJK characters, or one Latin word.
  enum Run: Equatable, Sendable {
    /// CJK characters, as they are.
    case cjk([Unicode.Scalar])
    /// A word, folded (lower case, singular).
    case word(String)
  }

  /// The terms of `text`, in order, repeats kept.
  static func terms(_ text: String) -> [String] {
    var terms: [String] = []
    forEachKey(text) { terms.append($0.term) }
    return terms
  }

  /// A term as the index counts it: a CJK pair or character packed in an integer, so that no
  /// string is made or hashed for it, or a folded word.
  enum Key: Hashable {
    /// One CJK character, or two (the first in the high bits, with bit 63 set).
    case cjk(UInt64)
    /// A word, folded.
    case word(String)

    /// The term as a string.
    var term: String {
      switch self {
      case .word(let word):
        return word
      case .cjk(let packed):
        var scalars = String.UnicodeScalarView()
        if packed >> 63 == 1 { scalars.append(Unicode.Scalar(UInt32((packed >> 21) & 0x1F_FFFF))!) }
        scalars.append(Unicode.Scalar(UInt32(packed & 0x1F_FFFF))!)
        return String(scalars)
      }
    }
  }

  /// Calls `body` with the terms of `text`, in order, in one pass over its scalars (the index
  /// is built from some 4,000 entries at every build).
  static func forEachKey(_ text: String, _ body: (Key) -> Void) {
    var word: [UInt8] = []
    word.reserveCapacity(32)
    var previous: UInt32?
    var runLength = 0
    func endWord() {
      guard !word.isEmpty else { return }
      body(.word(fold(String(decoding: word, as: UTF8.self))))
      word.removeAll(keepingCapacity: true)
    }
    func endCJK() {
      if runLength == 1, let previous { body(.cjk(UInt64(previous))) }
      runLength = 0
      previous = nil
    }
    for raw in text.unicodeScalars {
      let scalar = narrow(raw)
      if isCJK(scalar) {
        endWord()
        if let previous { body(.cjk(1 << 63 | UInt64(previous) << 21 | UInt64(scalar.value))) }
        previous = scalar.value
        runLength += 1
      } else if isWordCharacter(scalar) {
        endCJK()
        if scalar.isASCII {
          let byte = UInt8(scalar.value)
          word.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
        } else {
          word.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        }
      } else {
        endWord()
        endCJK()
      }
    }
    endWord()
    endCJK()
  }

  /// The runs of `text`: CJK runs whole, Latin words folded.
  static func runs(_ text: String) -> [Run] {
    var runs: [Run] = []
    var word = String.UnicodeScalarView()
    var cjk: [Unicode.Scalar] = []
    func flush() {
      if !word.isEmpty {
        runs.append(.word(fold(String(word))))
        word = String.UnicodeScalarView()
      }
      if !cjk.isEmpty {
        runs.append(.cjk(cjk))
        cjk = []
      }
    }
    for raw in text.unicodeScalars {
      let scalar = narrow(raw)
      if isCJK(scalar) {
        if !word.isEmpty { flush() }
        cjk.append(scalar)
      } else if isWordCharacter(scalar) {
        if !cjk.isEmpty { flush() }
        word.append(contentsOf: lowercase(scalar))
      } else {
        flush()
      }
    }
    flush()
    return runs
  }

  /// A full-width ASCII form (U+FF01–FF5E) as its ASCII character, the ideographic space as a
  /// space; anything else as it is.
  static func narrow(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0xFF01...0xFF5E: Unicode.Scalar(scalar.value - 0xFEE0)!
    case 0x3000: " "
    default: scalar
    }
  }

  /// Han ideographs (with extensions and compatibility forms), kana and hangul syllables:
  /// scripts written without spaces between words.
  static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x3134F: true
    default: false
    }
  }

  /// Letters and digits of any other script; everything else separates.
  static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9")
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  private static func lowercase(_ scalar: Unicode.Scalar) -> String.UnicodeScalarView {
    if scalar.isASCII {
      guard scalar >= "A" && scalar <= "Z" else { return String.UnicodeScalarView([scalar]) }
      return String.UnicodeScalarView([Unicode.Scalar(scalar.value + 32)!])
    }
    return scalar.properties.lowercaseMapping.unicodeScalars
  }

  /// An English plural as its singular, by the regular endings only: cities → city,
  /// processes → process, branches → branch, provinces → province; words of three letters or
  /// fewer, and -ss, -us, -is endings, are left alone (gas, status, analysis).
  static func fold(_ word: String) -> String {
    let count = word.unicodeScalars.count
    guard count > 3, word.hasSuffix("s") else { return word }
    if count > 4 && word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
    if word.hasSuffix("sses") || word.hasSuffix("xes") || word.hasSuffix("ches") || word.hasSuffix("shes") {
      return String(word.dropLast(2))
    }
    if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
    return String(word.dropLast())
  }
}
