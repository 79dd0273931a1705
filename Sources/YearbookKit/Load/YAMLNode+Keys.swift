/// Mapping keys compared as Yams compares them, so that the same mappings are refused for
/// duplicated keys, and the refusal names the same keys at the same place.
extension YAMLNode {
  /// Yams' `==` on nodes: the same shape, tag and text (or items), wherever they are written.
  /// Text compares as Swift strings do, by canonical equivalence.
  func isSameKey(as other: YAMLNode) -> Bool {
    switch (content, other.content) {
    case (.scalar(let a), .scalar(let b)):
      return a == b && resolvedTag == other.resolvedTag
    case (.sequence(let a), .sequence(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.isSameKey(as: $1) } && resolvedTag == other.resolvedTag
    case (.mapping(let a), .mapping(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.key.isSameKey(as: $1.key) && $0.value.isSameKey(as: $1.value) }
        && resolvedTag == other.resolvedTag
    default:
      return false
    }
  }

  /// Yams' `<` on nodes: scalars by text, lists item by item, mappings key by key (then the
  /// shorter first); nodes of different shapes are not ordered.
  func sortsBefore(_ other: YAMLNode) -> Bool {
    switch (content, other.content) {
    case (.scalar(let a), .scalar(let b)):
      return a < b
    case (.sequence(let a), .sequence(let b)):
      return Self.lexicographic(a, b)
    case (.mapping(let a), .mapping(let b)):
      return Self.lexicographic(a.map(\.key), b.map(\.key))
    default:
      return false
    }
  }

  private static func lexicographic(_ a: [YAMLNode], _ b: [YAMLNode]) -> Bool {
    for (x, y) in zip(a, b) {
      if x.sortsBefore(y) { return true }
      if y.sortsBefore(x) { return false }
    }
    return a.count < b.count
  }

  /// The keys of `pairs` that occur more than once, each as first written, sorted as Yams
  /// sorts them; empty when every key is different (nearly always: checked cheaply first).
  static func duplicatedKeys(in pairs: [Pair]) -> [YAMLNode] {
    guard pairs.count > 1, hasDuplicates(pairs) else { return [] }
    var groups: [(key: YAMLNode, count: Int)] = []
    for pair in pairs {
      if let i = groups.firstIndex(where: { $0.key.isSameKey(as: pair.key) }) {
        groups[i].count += 1
      } else {
        groups.append((pair.key, 1))
      }
    }
    // Yams sorts the keys of a dictionary, in no fixed order; keys that do not order (of
    // different shapes) keep the order they are written in here.
    return groups.filter { $0.count > 1 }.map(\.key).sorted { $0.sortsBefore($1) }
  }

  private static func hasDuplicates(_ pairs: [Pair]) -> Bool {
    // Nearly every key is plain text: those compare as strings, by hash past a few keys.
    if pairs.allSatisfy(\.key.isText) {
      if pairs.count > 12 {
        var seen = Set<String>(minimumCapacity: pairs.count)
        return !pairs.allSatisfy { seen.insert($0.key.text!).inserted }
      }
      for i in pairs.indices {
        let key = pairs[i].key.text!
        if pairs[(i + 1)...].contains(where: { $0.key.text! == key }) { return true }
      }
      return false
    }
    for i in pairs.indices where pairs[(i + 1)...].contains(where: { $0.key.isSameKey(as: pairs[i].key) }) {
      return true
    }
    return false
  }
}
