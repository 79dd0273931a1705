/// A YAML value as `YAMLParser` composes it: text, a list or a mapping, with where it starts.
///
/// A plain value type, where Yams' `Node` made a `Tag` object (with its resolver and
/// constructor) and a `Mark` for every node; an alias is a copy of the node it names.
struct YAMLNode: Sendable {
  /// The shape of a node and what it holds.
  enum Content: Sendable {
    /// A single value: its text, escapes and folding applied.
    case scalar(String)
    /// A list.
    case sequence([YAMLNode])
    /// A mapping, its entries in the order written.
    case mapping([Pair])
  }

  /// One entry of a mapping.
  struct Pair: Sendable {
    /// The key.
    var key: YAMLNode
    /// The value.
    var value: YAMLNode
  }

  /// What the node holds.
  let content: Content
  // The place in 32 bits each: nodes are moved and copied a good deal while composing.
  private let line32: Int32
  private let column32: Int32
  /// The node's tag when it is not the plain one of its shape (`!!str`, `!!seq`, `!!map`,
  /// the non-specific `!` and no tag all read as nil), e.g. `tag:yaml.org,2002:int` for `!!int 1`.
  let tag: String?

  /// Makes a node.
  init(_ content: Content, line: Int, column: Int, tag: String? = nil) {
    self.content = content
    line32 = Int32(truncatingIfNeeded: line)
    column32 = Int32(truncatingIfNeeded: column)
    self.tag = tag
  }

  /// 1-based line of the node's start, as libyaml marks it; 0 for the empty document, which
  /// has no place.
  var line: Int { Int(line32) }
  /// 1-based column, counted in Unicode scalars.
  var column: Int { Int(column32) }

  /// The root of a text with no document in it: an empty mapping, with no place.
  static let emptyMapping = YAMLNode(.mapping([]), line: 0, column: 0)

  /// The text of a single value; nil for a list or a mapping.
  var text: String? {
    guard case .scalar(let text) = content else { return nil }
    return text
  }

  /// The items of a list; nil for anything else.
  var items: [YAMLNode]? {
    guard case .sequence(let items) = content else { return nil }
    return items
  }

  /// The entries of a mapping; nil for anything else.
  var pairs: [Pair]? {
    guard case .mapping(let pairs) = content else { return nil }
    return pairs
  }

  /// The node as text, as Yams' `node.string` reads it: a scalar's text, or for a mapping the
  /// text of the value of its first `!!value` key (`{!!value =: text}`); nil otherwise.
  var string: String? {
    switch content {
    case .scalar(let text): return text
    case .sequence: return nil
    case .mapping(let pairs):
      for pair in pairs where pair.key.resolvedTag == Self.valueTag { return pair.value.string }
      return nil
    }
  }

  /// True for a scalar whose type is text (`key`, `'key'`, `!!str key`, not `!!int 1`): the
  /// keys that a lookup by name finds.
  var isText: Bool {
    guard case .scalar = content else { return false }
    return tag == nil
  }

  /// The tag the node's type is known by, as Yams resolves it with its basic resolver (every
  /// untagged scalar is a string).
  var resolvedTag: String {
    if let tag { return tag }
    switch content {
    case .scalar: return Self.stringTag
    case .sequence: return Self.sequenceTag
    case .mapping: return Self.mappingTag
    }
  }

  static let stringTag = "tag:yaml.org,2002:str"
  static let sequenceTag = "tag:yaml.org,2002:seq"
  static let mappingTag = "tag:yaml.org,2002:map"
  static let valueTag = "tag:yaml.org,2002:value"
}
