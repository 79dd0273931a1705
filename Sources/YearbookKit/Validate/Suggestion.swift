/// The known name nearest to a mistyped one, for "did you mean …" in findings.
enum Suggestion {
  /// The name of `names` closest to `name` in edits (insertions, deletions, substitutions of a
  /// character), if one is close enough to be a likely typo or rename: at most a third of the
  /// name's length. Ties go to the
  /// name first in sorted order, so the message is the same every time.
  static func nearest(_ name: String, in names: some Sequence<String>) -> String? {
    let target = Array(name)
    guard !target.isEmpty else { return nil }
    var best: (distance: Int, name: String)?
    for candidate in names.sorted() where candidate != name {
      let distance = editDistance(target, Array(candidate), limit: max(1, target.count / 3))
      guard let distance else { continue }
      if best == nil || distance < best!.distance { best = (distance, candidate) }
    }
    return best?.name
  }

  /// The edit distance of `a` and `b`, or nil when it is over `limit`.
  static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int? {
    guard abs(a.count - b.count) <= limit else { return nil }
    guard !a.isEmpty else { return b.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = current[0]
      for j in stride(from: 1, through: b.count, by: 1) {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
        rowMinimum = min(rowMinimum, current[j])
      }
      if rowMinimum > limit { return nil }
      swap(&previous, &current)
    }
    return previous[b.count] <= limit ? previous[b.count] : nil
  }
}
