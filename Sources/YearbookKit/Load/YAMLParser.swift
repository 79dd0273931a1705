import CYaml

/// Composes YAML text into a `YAMLNode` tree, reading libyaml's events directly.
///
/// It composes as `Yams.compose(yaml:_, .basic, …)` did, and refuses what it refused, in the
/// same words and at the same place: one document at most, aliases resolved to the node
/// they name, duplicated keys refused. Yams made a `Node` with `Tag`, `Mark` and event objects
/// for every value, which made it most of the cost of reading a schema; here a scalar costs
/// its `String`, a list or mapping one array.
enum YAMLParser {
  /// The document's root: nil for a text without one (empty, or only comments).
  static func parse(_ text: String) throws(Failure) -> YAMLNode? {
    if let result = text.utf8.withContiguousStorageIfAvailable({ compose($0, text: text) }) { return try result.get() }
    var copy = text
    copy.makeContiguousUTF8()
    return try copy.utf8.withContiguousStorageIfAvailable { compose($0, text: copy) }!.get()
  }

  private static func compose(_ bytes: UnsafeBufferPointer<UInt8>, text: String) -> Result<YAMLNode?, Failure> {
    // No bytes, no document (and libyaml asserts that its input has an address).
    guard let start = bytes.baseAddress, !bytes.isEmpty else { return .success(nil) }
    let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    defer { parser.deallocate() }
    guard yaml_parser_initialize(parser) == 1 else { return .failure(.reader("Memory error")) }
    defer { yaml_parser_delete(parser) }
    yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(parser, start, bytes.count)
    var composer = Composer(parser: parser, text: text)
    defer { composer.deleteEvent() }
    do throws(YAMLParser.Failure) {
      return .success(try composer.document())
    } catch {
      return .failure(error)
    }
  }
}

/// Walks libyaml's events, one node at a time, holding the current event.
private struct Composer: ~Copyable {
  let parser: UnsafeMutablePointer<yaml_parser_t>
  /// The input, for describing a reader error.
  let text: String
  var event = yaml_event_t()
  /// The nodes each anchor names (the last node of that name so far).
  var anchors: [String: AnchoredNode] = [:]
  /// The values composed so far, each alias counted as the values it repeats.
  var values = 0
  /// The lists and mappings open around the current event.
  var level = 0
  /// The deepest level of lists and mappings reached in the node being composed.
  var reached = 0
  /// The items of the lists and mappings being composed.
  var open = OpenItems()

  init(parser: UnsafeMutablePointer<yaml_parser_t>, text: String) {
    self.parser = parser
    self.text = text
  }

  mutating func deleteEvent() { yaml_event_delete(&event) }

  /// Frees the current event and parses the next one.
  @discardableResult
  mutating func next() throws(YAMLParser.Failure) -> yaml_event_type_t {
    yaml_event_delete(&event)
    guard yaml_parser_parse(parser, &event) == 1 else { throw YAMLParser.Failure(parser.pointee, text: text) }
    return event.type
  }

  /// The stream's single document, as Yams' `singleRoot` reads it.
  mutating func document() throws(YAMLParser.Failure) -> YAMLNode? {
    try next()  // the stream's start
    guard try next() != YAML_STREAM_END_EVENT else { return nil }
    try next()
    let root = try node()
    try next()  // the document's end
    if try next() != YAML_STREAM_END_EVENT {
      throw .syntax(problem: "but found another document", line: mark.line, column: mark.column)
    }
    return root
  }

  /// Where the current event starts, 1-based.
  var mark: (line: Int, column: Int) { (event.start_mark.line + 1, event.start_mark.column + 1) }

  /// The node that starts at the current event; the current event is then its last. Counts
  /// it against `YAMLParser.Limits`, and names it when it has an anchor.
  mutating func node() throws(YAMLParser.Failure) -> YAMLNode {
    let (valuesBefore, reachedBefore) = (values, reached)
    reached = level
    let (node, anchor) = try composeNode()
    if let anchor { anchors[anchor] = AnchoredNode(node: node, values: values - valuesBefore, height: reached - level) }
    reached = max(reached, reachedBefore)
    return node
  }

  private mutating func composeNode() throws(YAMLParser.Failure) -> (YAMLNode, anchor: String?) {
    let (line, column) = mark
    switch event.type {
    case YAML_ALIAS_EVENT:
      guard let named = anchors[String(cString: event.data.alias.anchor)] else {
        throw .syntax(problem: "found undefined alias", line: line, column: column)
      }
      try count(named.values, line: line, column: column)
      try reach(level + named.height, line: line, column: column)
      return (named.node, nil)
    case YAML_SCALAR_EVENT:
      try count(1, line: line, column: column)
      let scalar = event.data.scalar
      let text = Self.text(UnsafeBufferPointer(start: scalar.value, count: scalar.length))
      // A quoted scalar without a tag is text, as is one tagged `!` or `!!str`.
      let tag = scalar.quoted_implicit == 1 ? nil : Self.tag(scalar.tag, plain: YAMLNode.stringTag)
      return (YAMLNode(.scalar(text), line: line, column: column, tag: tag), scalar.anchor.map { String(cString: $0) })
    case YAML_SEQUENCE_START_EVENT:
      try count(1, line: line, column: column)
      try reach(level + 1, line: line, column: column)
      let start = event.data.sequence_start
      let anchor = start.anchor.map { String(cString: $0) }
      let tag = start.implicit != 0 ? nil : Self.tag(start.tag, plain: YAMLNode.sequenceTag)
      let base = open.count
      level += 1
      while try next() != YAML_SEQUENCE_END_EVENT { open.append(try node()) }
      level -= 1
      return (YAMLNode(.sequence(open.takeItems(from: base)), line: line, column: column, tag: tag), anchor)
    default:  // YAML_MAPPING_START_EVENT: the parser gives no other event here
      try count(1, line: line, column: column)
      try reach(level + 1, line: line, column: column)
      let start = event.data.mapping_start
      let anchor = start.anchor.map { String(cString: $0) }
      let tag = start.implicit != 0 ? nil : Self.tag(start.tag, plain: YAMLNode.mappingTag)
      let base = open.count
      level += 1
      while try next() != YAML_MAPPING_END_EVENT {
        let (keyLine, keyColumn) = mark
        let key = try node()
        // Every key is read by its text: a list or mapping as a key (`? [a, b]`) is a slip,
        // and comparing such keys for duplicates could take as long as the aliases in them.
        guard key.text != nil else {
          throw .syntax(problem: "found a list or mapping as a key; a key must be a single value", line: keyLine, column: keyColumn)
        }
        open.append(key)
        try next()
        open.append(try node())
      }
      level -= 1
      let pairs = open.takePairs(from: base)
      let duplicates = YAMLNode.duplicatedKeys(in: pairs)
      if let first = duplicates.first {
        throw .duplicatedKeys(duplicates.map(\.text!), line: first.line, column: first.column)
      }
      return (YAMLNode(.mapping(pairs), line: line, column: column, tag: tag), anchor)
    }
  }

  /// Adds `n` values, the node at `line`:`column` holding them, to the document's count.
  private mutating func count(_ n: Int, line: Int, column: Int) throws(YAMLParser.Failure) {
    values += n
    guard values > YAMLParser.Limits.values else { return }
    throw .limit(problem: YAMLParser.Limits.tooManyValues, line: line, column: column)
  }

  /// Notes that the node at `line`:`column` reaches `depth` lists and mappings deep.
  private mutating func reach(_ depth: Int, line: Int, column: Int) throws(YAMLParser.Failure) {
    reached = max(reached, depth)
    guard depth > YAMLParser.Limits.depth else { return }
    throw .limit(problem: YAMLParser.Limits.tooDeep, line: line, column: column)
  }

  /// A scalar's bytes as text. Copied in, not decoded: a short ASCII text (most keys and
  /// many values) is then made without the validation `String(decoding:as:)` does first.
  /// A byte-order mark that starts the text is left out, as Foundation's
  /// `String(bytes:encoding: .utf8)`, which Yams made each scalar with, leaves it out.
  private static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    var bytes = bytes
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { bytes = UnsafeBufferPointer(rebasing: bytes[3...]) }
    return String(unsafeUninitializedCapacity: bytes.count) { buffer in
      guard let start = bytes.baseAddress, let target = buffer.baseAddress else { return 0 }
      target.initialize(from: start, count: bytes.count)
      return bytes.count
    }
  }

  /// A tag as `YAMLNode` keeps it: nil for none, the non-specific `!` and the plain tag of
  /// the node's shape.
  private static func tag(_ pointer: UnsafeMutablePointer<yaml_char_t>?, plain: String) -> String? {
    guard let pointer else { return nil }
    let tag = String(cString: pointer)
    return tag == "!" || tag == plain ? nil : tag
  }
}

/// The items of the lists and mappings being composed, innermost last, so that each list or
/// mapping is made at its end with one array of the right size, its items moved (not copied)
/// into it.
private struct OpenItems: ~Copyable {
  private var items: UnsafeMutablePointer<YAMLNode>
  private var capacity = 64
  private(set) var count = 0

  init() { items = .allocate(capacity: capacity) }

  deinit {
    items.deinitialize(count: count)
    items.deallocate()
  }

  mutating func append(_ node: YAMLNode) {
    if count == capacity {
      let larger = UnsafeMutablePointer<YAMLNode>.allocate(capacity: capacity * 2)
      larger.moveInitialize(from: items, count: count)
      items.deallocate()
      items = larger
      capacity *= 2
    }
    (items + count).initialize(to: node)
    count += 1
  }

  /// The items from `start` on, as a list.
  mutating func takeItems(from start: Int) -> [YAMLNode] {
    let n = count - start
    guard n > 0 else { return [] }
    count = start
    return [YAMLNode](unsafeUninitializedCapacity: n) { buffer, initialized in
      buffer.baseAddress!.moveInitialize(from: items + start, count: n)
      initialized = n
    }
  }

  /// The items from `start` on, keys and values in turn, as a mapping's entries.
  mutating func takePairs(from start: Int) -> [YAMLNode.Pair] {
    let n = (count - start) / 2
    guard n > 0 else { return [] }
    count = start
    return [YAMLNode.Pair](unsafeUninitializedCapacity: n) { buffer, initialized in
      let from = items + start
      for i in 0..<n {
        (buffer.baseAddress! + i).initialize(to: YAMLNode.Pair(key: (from + 2 * i).move(), value: (from + 2 * i + 1).move()))
      }
      initialized = n
    }
  }
}
