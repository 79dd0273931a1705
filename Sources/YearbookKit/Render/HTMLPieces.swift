/// HTML kept as the pieces it is made of and joined once, into the file's bytes. A page is
/// its layout around its template around its chapter's text around its tables and figures;
/// joined into one another as strings, the big pieces were copied four or five times over
/// (and every copy of a few hundred kilobytes touched fresh pages of memory). A piece is text
/// or UTF-8 bytes (a table or chart written as bytes is not made a `String`, which would
/// check its UTF-8 again).
public struct HTMLPieces: Sendable, Equatable {
  /// One piece: text, or bytes of UTF-8.
  enum Piece: Sendable {
    case text(Substring)
    case bytes([UInt8])

    var count: Int {
      switch self {
      case .text(let text): text.utf8.count
      case .bytes(let bytes): bytes.count
      }
    }
  }

  /// The pieces, in order.
  private(set) var pieces: [Piece] = []

  /// No HTML.
  public init() {}

  /// `html` as one piece.
  public init(_ html: String) {
    append(html)
  }

  /// `utf8` (UTF-8 bytes) as one piece.
  public init(utf8: [UInt8]) {
    append(utf8: utf8)
  }

  /// Appends `html` (not copied: the piece shares its storage).
  public mutating func append(_ html: String) {
    append(html[...])
  }

  /// Appends `html` (not copied: the piece shares its storage).
  public mutating func append(_ html: Substring) {
    if !html.isEmpty { pieces.append(.text(html)) }
  }

  /// Appends the bytes `range` of `text` (UTF-8 offsets on scalar boundaries; not copied).
  mutating func append(_ text: String, utf8 range: Range<Int>) {
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    append(text[start..<utf8.index(start, offsetBy: range.count)])
  }

  /// Appends UTF-8 bytes (not copied: the piece shares their storage).
  public mutating func append(utf8: [UInt8]) {
    if !utf8.isEmpty { pieces.append(.bytes(utf8)) }
  }

  /// Appends the pieces of `other`.
  public mutating func append(contentsOf other: HTMLPieces) {
    pieces += other.pieces
  }

  /// The length of the whole, in UTF-8 bytes.
  public var utf8Count: Int {
    pieces.reduce(0) { $0 + $1.count }
  }

  /// The whole, as bytes: one allocation of the exact size, each piece copied once.
  public var bytes: [UInt8] {
    let count = utf8Count
    return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      var at = 0
      func copy(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let source = utf8.baseAddress else { return }
        (buffer.baseAddress! + at).initialize(from: source, count: utf8.count)
        at += utf8.count
      }
      for piece in pieces {
        switch piece {
        case .text(var text): text.withUTF8(copy)
        case .bytes(let bytes): bytes.withUnsafeBufferPointer(copy)
        }
      }
      initialized = at
    }
  }

  /// The whole, as one string.
  public var text: String {
    if pieces.count == 1, case .text(let text) = pieces[0] { return String(text) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Equal when the wholes are, however they are cut.
  public static func == (a: HTMLPieces, b: HTMLPieces) -> Bool {
    a.bytes == b.bytes
  }
}
