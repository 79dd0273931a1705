/// Mapping keys compared as Yams compares them, so that the same mappings are refused for
/// duplicated keys, and the refusal names the same keys at the same place. `YAMLParser`
/// allows single values only as keys.
extension YAMLNode {
  /// A key as Yams' `==` tells keys apart: its text and its type, wherever it is written.
  /// Text compares as Swift strings do, by canonical equivalence.
  struct KeyName: Hashable {
    let text: String
    let tag: String
  }

  /// The key's name; nil for a list or mapping.
  var keyName: KeyName? { text.map { KeyName(text: $0, tag: resolvedTag) } }

  /// The keys of `pairs` that occur more than once, each as first written, sorted by text as
  /// Yams sorts them; empty when every key is different (nearly always: checked cheaply first).
  static func duplicatedKeys(in pairs: [Pair]) -> [YAMLNode] {
    guard pairs.count > 1, hasDuplicates(pairs) else { return [] }
    var groups: [(key: YAMLNode, count: Int)] = []
    var group: [KeyName: Int] = [:]
    for pair in pairs {
      guard let name = pair.key.keyName else { continue }
      if let i = group[name] {
        groups[i].count += 1
      } else {
        group[name] = groups.count
        groups.append((pair.key, 1))
      }
    }
    return groups.filter { $0.count > 1 }.map(\.key).sorted { $0.text! < $1.text! }
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
    var seen = Set<KeyName>(minimumCapacity: pairs.count)
    return !pairs.allSatisfy { $0.key.keyName.map { seen.insert($0).inserted } ?? true }
  }
}
