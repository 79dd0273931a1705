/// Looks over a Markdown source's bytes, before libcmark parses it, for shapes libcmark takes
/// more than linear time on: lines opening thousands of nested blocks, and paragraphs full of
/// `![` and `]`. One pass; positions are 1-based and count from the source's first line.
enum SourceScan {
  /// The first line or paragraph past `MarkdownLimits.maximumLinePrefix` or
  /// `MarkdownLimits.maximumBracketPairs`, if any.
  static func refusal(_ bytes: [UInt8]) -> MarkdownRefusal? {
    var line = 1
    var lineStart = 0
    // The paragraph being counted: its first line, its `![` and its `]`.
    var paragraphLine = 0
    var images = 0
    var closers = 0
    func bracketRefusal() -> MarkdownRefusal? {
      guard images > 0, closers > MarkdownLimits.maximumBracketPairs / images else { return nil }
      return MarkdownRefusal(.brackets(images: images, closers: closers), at: SourcePosition(line: paragraphLine, column: 1))
    }
    while lineStart <= bytes.count {
      var end = lineStart
      while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
      if let refusal = prefixRefusal(bytes, lineStart..<end, line: line) { return refusal }
      if isBlank(bytes[lineStart..<end]) {
        if let refusal = bracketRefusal() { return refusal }
        images = 0
        closers = 0
        paragraphLine = 0
      } else {
        if paragraphLine == 0 { paragraphLine = line }
        var previous: UInt8 = 0
        for byte in bytes[lineStart..<end] {
          if byte == UInt8(ascii: "]") {
            closers += 1
          } else if byte == UInt8(ascii: "[") && previous == UInt8(ascii: "!") {
            images += 1
          }
          previous = byte
        }
      }
      lineStart = end + 1
      line += 1
    }
    return bracketRefusal()
  }

  /// True for a line of spaces and tabs only (a carriage return ends a line too).
  private static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
    line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
  }

  /// The line's start read as block structure: every `>`, every list marker (`-`, `+`, `*`, or
  /// up to nine digits and `.` or `)`, followed by a space, a tab or the line's end) and every
  /// two columns of spaces and tabs count a level. No block can be nested deeper on the line
  /// than that count (a list item's content is indented at least two columns past its parent's),
  /// so a count within `MarkdownLimits.maximumLinePrefix` bounds libcmark's work on the line.
  private static func prefixRefusal(_ bytes: [UInt8], _ range: Range<Int>, line: Int) -> MarkdownRefusal? {
    var i = range.lowerBound
    var markers = 0
    var spaceColumns = 0
    var exceededAt: Int?
    func endsMarker(_ j: Int) -> Bool {
      j >= range.upperBound || bytes[j] == UInt8(ascii: " ") || bytes[j] == UInt8(ascii: "\t") || bytes[j] == UInt8(ascii: "\r")
    }
    while i < range.upperBound {
      let byte = bytes[i]
      if byte == UInt8(ascii: " ") {
        spaceColumns += 1
        i += 1
      } else if byte == UInt8(ascii: "\t") {
        spaceColumns += 4
        i += 1
      } else if byte == UInt8(ascii: ">") {
        markers += 1
        i += 1
      } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "*"), endsMarker(i + 1) {
        markers += 1
        i += 1
      } else if let next = orderedMarkerEnd(bytes, from: i, before: range.upperBound), endsMarker(next) {
        markers += 1
        i = next
      } else {
        break
      }
      if exceededAt == nil, markers + spaceColumns / 2 > MarkdownLimits.maximumLinePrefix {
        // The prefix is ASCII: its bytes are its characters.
        exceededAt = i - range.lowerBound
      }
    }
    guard let column = exceededAt else { return nil }
    return MarkdownRefusal(.linePrefix(levels: markers + spaceColumns / 2), at: SourcePosition(line: line, column: column))
  }

  /// Where an ordered list marker starting at `i` (one to nine digits, then `.` or `)`) ends.
  private static func orderedMarkerEnd(_ bytes: [UInt8], from i: Int, before end: Int) -> Int? {
    var j = i
    while j < end, j - i < 9, bytes[j] >= UInt8(ascii: "0"), bytes[j] <= UInt8(ascii: "9") { j += 1 }
    guard j > i, j < end, bytes[j] == UInt8(ascii: ".") || bytes[j] == UInt8(ascii: ")") else { return nil }
    return j + 1
  }
}
