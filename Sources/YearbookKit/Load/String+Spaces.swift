extension String {
  /// The text without leading and trailing whitespace (`Character.isWhitespace`).
  func trimmingSpaces() -> String {
    // Most labels have nothing to trim: no substring, no copy.
    guard mayStartOrEndWithWhitespace else { return self }
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s.removeFirst() }
    while let l = s.last, l.isWhitespace { s.removeLast() }
    return String(s)
  }

  /// False only when neither the first nor the last Character is whitespace; decided on the
  /// end scalars, because forming a Character (grapheme breaking) costs far more than the
  /// test. A Character is whitespace when its first scalar is, so the first scalar decides
  /// the start. The last Character may hold more than the last scalar, but a whitespace
  /// scalar is only ever followed in its Character by combining scalars (extend, zero-width
  /// joiner, spacing mark); a last scalar that is neither whitespace nor able to combine
  /// therefore ends a Character that is not whitespace. Any other case is left to the loops.
  private var mayStartOrEndWithWhitespace: Bool {
    // The end scalars are decoded from the UTF-8 bytes in place: reaching them through the
    // scalar view cost more than the rest of the test.
    var text = self
    return text.withUTF8 { bytes in
      guard !bytes.isEmpty else { return false }
      let first = Unicode.Scalar(startingAt: 0, in: bytes)
      var start = bytes.count - 1
      while bytes[start] & 0xC0 == 0x80 { start -= 1 }  // back over continuation bytes
      let last = Unicode.Scalar(startingAt: start, in: bytes)
      return first.isSpace || last.isSpace || !last.neverCombines
    }
  }
}

extension Unicode.Scalar {
  /// The scalar whose UTF-8 encoding starts at `i` in `bytes` (valid UTF-8, as a String's are).
  init(startingAt i: Int, in bytes: UnsafeBufferPointer<UInt8>) {
    let lead = UInt32(bytes[i])
    func next(_ k: Int) -> UInt32 { UInt32(bytes[i + k] & 0x3F) }
    let value: UInt32
    switch lead {
    case ..<0x80: value = lead
    case ..<0xE0: value = (lead & 0x1F) << 6 | next(1)
    case ..<0xF0: value = (lead & 0x0F) << 12 | next(1) << 6 | next(2)
    default: value = (lead & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3)
    }
    self = Unicode.Scalar(value)!
  }

  /// The Unicode White_Space property (`Character.isWhitespace` of a Character starting with
  /// this scalar), answered without a table lookup for ASCII and CJK.
  fileprivate var isSpace: Bool {
    switch value {
    case 0..<0x80: return value == 0x20 || (0x09...0x0D).contains(value)
    case 0x4E00...0x9FFF, 0xFF01...0xFF5E: return false
    default: return properties.isWhitespace
    }
  }

  /// True for the scalars of the labels (Latin, CJK ideographs and punctuation, full-width
  /// forms) that never join a preceding scalar in one Character.
  fileprivate var neverCombines: Bool {
    switch value {
    case 0..<0x300, 0x3001...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF5E: return true
    default: return false
    }
  }
}
