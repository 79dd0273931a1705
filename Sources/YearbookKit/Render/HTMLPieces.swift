/// HTML kept as the pieces it is made of and joined once, into the file's bytes. A page is
/// its layout around its template around its chapter's text around its tables and figures;
/// joined into one another as strings, the big pieces were copied four or five times over
/// (and every copy of a few hundred kilobytes touched fresh pages of memory).
public struct HTMLPieces: Sendable, Equatable {
  /// The pieces, in order.
  public private(set) var pieces: [Substring] = []

  /// No HTML.
  public init() {}

  /// `html` as one piece.
  public init(_ html: String) {
    append(html)
  }

  /// Appends `html` (not copied: the piece shares its storage).
  public mutating func append(_ html: String) {
    append(html[...])
  }

  /// Appends `html` (not copied: the piece shares its storage).
  public mutating func append(_ html: Substring) {
    if !html.isEmpty { pieces.append(html) }
  }

  /// Appends the pieces of `other`.
  public mutating func append(contentsOf other: HTMLPieces) {
    pieces += other.pieces
  }

  /// The length of the whole, in UTF-8 bytes.
  public var utf8Count: Int {
    pieces.reduce(0) { $0 + $1.utf8.count }
  }

  /// The whole, as bytes: one allocation of the exact size, each piece copied once.
  public var bytes: [UInt8] {
    let count = utf8Count
    return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      var at = 0
      for var piece in pieces {
        piece.withUTF8 { utf8 in
          guard let source = utf8.baseAddress else { return }
          (buffer.baseAddress! + at).initialize(from: source, count: utf8.count)
          at += utf8.count
        }
      }
      initialized = at
    }
  }

  /// The whole, as one string.
  public var text: String {
    pieces.count == 1 ? String(pieces[0]) : String(decoding: bytes, as: UTF8.self)
  }

  /// Equal when the wholes are, however they are cut.
  public static func == (a: HTMLPieces, b: HTMLPieces) -> Bool {
    a.bytes == b.bytes
  }
}
