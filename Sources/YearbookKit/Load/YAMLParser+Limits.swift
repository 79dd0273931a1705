extension YAMLParser {
  /// How much one YAML text may hold, so that a few lines of anchors and aliases (a "billion
  /// laughs") or thousands of brackets cannot make a tree that takes minutes, gigabytes or the
  /// whole stack to read. Far beyond any real schema, site or errata file (the largest of the
  /// report holds a few hundred values, nested five deep).
  enum Limits {
    /// Values in the document once every alias is counted as the values it repeats: each
    /// single value, list and mapping counts one.
    static let values = 1_000_000
    /// Lists and mappings inside one another, through aliases too. libyaml stops on its own
    /// when it sees nesting 1,000 deep ahead of what it has parsed (in words that say what to
    /// change in libyaml): that is reported as crossing this limit, where libyaml stopped.
    static let depth = 100

    /// What crossing `values` is called.
    static let tooManyValues = "more than \(values) values once aliases are expanded (each alias counts the values it repeats)"
    /// What crossing `depth` is called.
    static let tooDeep = "lists and mappings nested more than \(depth) deep (aliases included)"
  }
}

/// A node an anchor names, with what repeating it costs.
struct AnchoredNode {
  /// The node.
  let node: YAMLNode
  /// The values it holds, itself included, its aliases expanded.
  let values: Int
  /// The lists and mappings nested in it, itself included: 0 for a single value.
  let height: Int
}
