/// The number of Characters in `bytes` (valid UTF-8), as `String.count` gives it. A column
/// in a finding counts Characters, and grapheme breaking costs thousands of instructions on a
/// long line of Chinese. Most text is ASCII, CJK ideographs and punctuation, Latin letters:
/// scalars that each make a Character of their own (none joins the one before it), so they
/// are counted as scalars. At the first other scalar (a combining mark, a joiner, an emoji,
/// Hangul, a carriage return), which may join the scalar before it, the rest from that one on
/// is counted by `String`.
func characterCount(_ bytes: ArraySlice<UInt8>) -> Int {
  var count = 0
  var i = bytes.startIndex
  var previous = i  // where the last scalar counted starts
  func rest() -> Int {
    count == 0 ? String(decoding: bytes[i...], as: UTF8.self).count : count - 1 + String(decoding: bytes[previous...], as: UTF8.self).count
  }
  while i < bytes.endIndex {
    let lead = bytes[i]
    let scalar: UInt32
    let length: Int
    switch lead {
    case 0..<0x80:
      // A carriage return joins a line feed after it.
      if lead == 0x0D { return rest() }
      count += 1
      previous = i
      i += 1
      continue
    case 0xC2...0xDF where i + 1 < bytes.endIndex:
      scalar = UInt32(lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
      length = 2
    case 0xE0...0xEF where i + 2 < bytes.endIndex:
      scalar = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
      length = 3
    default:
      return rest()
    }
    guard makesCharacterAlone(scalar) else { return rest() }
    count += 1
    previous = i
    i += length
  }
  return count
}

/// True for scalars of the blocks the report's text is made of that never extend, join or
/// prepend to a neighbour (Grapheme_Cluster_Break Other or Control, not Extend, SpacingMark,
/// ZWJ, Prepend, L/V/T/LV/LVT or Regional_Indicator).
private func makesCharacterAlone(_ scalar: UInt32) -> Bool {
  switch scalar {
  case 0xA0...0x2FF: true  // Latin-1 and Latin Extended letters and signs (marks start at U+0300)
  case 0x2010...0x2027, 0x2030...0x205E: true  // dashes, quotes, ellipsis, per mille, primes
  case 0x3000...0x3029, 0x3030...0x303F: true  // CJK punctuation (U+302A–U+302F are marks)
  case 0x4E00...0x9FFF: true  // CJK Unified Ideographs
  case 0xFF01...0xFF5E: true  // full-width forms of ASCII
  default: false
  }
}
