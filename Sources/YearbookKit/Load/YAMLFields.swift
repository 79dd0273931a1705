/// A YAML node read as a mapping, for looking its keys up by name.
struct YAMLFields {
  /// The node itself: its location and its shape.
  let node: YAMLNode
  /// The mapping's entries in order; none when the node is not a mapping.
  let pairs: [YAMLNode.Pair]

  /// Reads the entries of `node` when it is a mapping.
  init(_ node: YAMLNode) {
    self.node = node
    pairs = node.pairs ?? []
  }

  /// The value of `key`, as Yams' `node[key]` found it: the last entry whose key is that
  /// text, of the string type (`key`, `'key'`, `!!str key`, not `!!int 1`). (On a sequence,
  /// `node["0"]` would give an item; no key the parsers ask for is a number.)
  subscript(key: String) -> YAMLNode? {
    var i = pairs.endIndex
    while i > pairs.startIndex {
      i -= 1
      if pairs[i].key.isText && pairs[i].key.text == key { return pairs[i].value }
    }
    return nil
  }
}
