import Yams

/// A YAML node with its mapping's entries read once, for looking keys up.
///
/// Yams' `node["key"]` makes a key node (and a `Tag` object) and compares it, tags resolved,
/// with every key of the mapping, on every lookup, and iterating a mapping copies all its
/// pairs into a new array; the parsers look up most keys of every mapping they read, and
/// check every key, which made this a good part of reading a schema.
struct YAMLFields {
  /// One key and its value.
  struct Entry {
    /// The key's text (`key.string`): nil for a key that is a list.
    var name: String?
    /// Where the key is.
    var keyMark: Mark?
    /// True when `node[name]` finds this entry: its key is a scalar of the string type
    /// (`key`, `'key'`, `!!str key`), not, say, `!!int 1`.
    var isFindable: Bool
    /// The value.
    var value: Node
  }

  /// The node itself: its location and its shape.
  let node: Node
  /// The mapping's entries in order; none when the node is not a mapping.
  private(set) var entries: [Entry] = []

  /// Reads the entries of `node` when it is a mapping.
  init(_ node: Node) {
    self.node = node
    guard case .mapping(let mapping) = node else { return }
    entries.reserveCapacity(mapping.count)
    // By index: the mapping's iterator first copies every pair into a new array.
    for i in mapping.startIndex..<mapping.endIndex {
      let (key, value) = mapping[i]
      var isFindable = false
      if case .scalar = key { isFindable = key.tag.rawValue == Self.stringTag }
      entries.append(Entry(name: YAMLReader.name(of: key), keyMark: key.mark, isFindable: isFindable, value: value))
    }
  }

  private static let stringTag = Tag.Name.str.rawValue

  /// The value of `key`, as `node[key]` finds it: the last entry with that key. (On a
  /// sequence, `node["0"]` would give an item; no key the parsers ask for is a number.)
  subscript(key: String) -> Node? {
    var i = entries.endIndex
    while i > entries.startIndex {
      i -= 1
      if entries[i].isFindable && entries[i].name == key { return entries[i].value }
    }
    return nil
  }
}
