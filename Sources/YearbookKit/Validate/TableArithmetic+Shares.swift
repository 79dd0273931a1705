/// Shares: each row's share is its value over the whole's value × 100, and the shares of the
/// parts of a whole add up to the whole's share (100 when the whole is not printed).
///
/// The whole is the total row; in a table without one, a member's whole is its group's
/// subtotal (appendix tables list two breakdowns of one sum that way), and otherwise the
/// whole is implied by the rows themselves (Σ values, or Σ values / Σ shares × 100 when some
/// values are missing). A share of another column of the same row (`whole`) has no sum.
extension TableArithmetic {
  /// The whole row `row`'s share is taken of.
  func whole(_ row: Int, _ share: TableChecks.Share) -> Printed? {
    if let key = share.whole { return printed(row, key) }
    if let total = structure.totals.first { return printed(total, share.of) }
    if let g = structure.groupOf[row], let subtotal = structure.groups[g].subtotal { return printed(subtotal, share.of) }
    return share.whole == nil ? impliedWholes[share.share] : nil
  }

  /// The true share the printed value and whole of `row` allow.
  func shareRange(_ row: Int, _ share: TableChecks.Share) -> ClosedRange<Double>? {
    guard let value = printed(row, share.of), let whole = whole(row, share), let q = Printed.quotient(value, whole) else { return nil }
    return (q.lowerBound * 100)...(q.upperBound * 100)
  }

  mutating func shares(_ share: TableChecks.Share) {
    for row in table.rows.indices where table.rows[row].role != .group {
      guard let s = printed(row, share.share), let range = shareRange(row, share), !s.fits(range),
        let value = printed(row, share.of), let whole = whole(row, share)
      else { continue }
      let expected = Printed.text(value.value / whole.value * 100, s.decimals)
      error(row, share.share, "share", "\(share.share) of \(label(row)) is \(s.text) but \(value.text) / \(whole.text) × 100 = \(expected)")
    }
    if share.whole == nil { addUp(share) }
  }

  /// The shares of the parts of each whole add up to the whole's share.
  private mutating func addUp(_ share: TableChecks.Share) {
    let hundred = Printed(value: 100, error: 0, decimals: 0)
    if let total = structure.totals.first {
      addUp(structure.parts, to: printed(total, share.share) ?? hundred, at: total, share.share, "the shares in \(share.share)")
    } else if !structure.groups.contains(where: { $0.subtotal != nil }), let last = structure.parts.last {
      addUp(structure.parts, to: hundred, at: last, share.share, "the shares in \(share.share)")
    }
    for (g, group) in structure.groups.enumerated() {
      guard let subtotal = group.subtotal else { continue }
      let target = printed(subtotal, share.share) ?? (structure.totals.isEmpty ? hundred : nil)
      guard let target else { continue }
      let of = structure.name(of: g, in: table) ?? label(subtotal)
      addUp(group.members, to: target, at: subtotal, share.share, "the shares of the members of \(of) in \(share.share)")
    }
  }

  private mutating func addUp(_ rows: [Int], to target: Printed, at row: Int, _ key: String, _ what: String) {
    guard let sum = sum(rows, key), !sum.agrees(with: target) else { return }
    error(row, key, "share-sum", "\(what) add up to \(sum.text), not \(target.text)")
  }

  /// The whole of a table without a total row: the sum of its parts when all are printed,
  /// else as implied by the rows that print both value and share.
  func impliedWhole(_ share: TableChecks.Share) -> Printed? {
    if let sum = sum(structure.parts, share.of) { return sum }
    var values = Printed(value: 0, error: 0, decimals: 0)
    var shares = values
    for row in structure.parts {
      guard let s = printed(row, share.share), let v = printed(row, share.of) else { continue }
      values.value += v.value
      values.error += v.error
      values.decimals = max(values.decimals, v.decimals)
      shares.value += s.value
      shares.error += s.error
    }
    guard let q = Printed.quotient(values, shares) else { return nil }
    return Printed(value: (q.lowerBound + q.upperBound) * 50, error: (q.upperBound - q.lowerBound) * 50, decimals: values.decimals)
  }
}
