/// One value a page is made from. Pages keep the values themselves rather than file names or
/// hashes, so "did this page's input change?" is a plain equality.
public enum Dependency: Sendable, Equatable {
  /// The part of the report a page reads: the report with what the page provably does not
  /// read taken out (other chapters' bodies, other languages, tables and charts it does not
  /// place, assets). Whatever else the report holds, now or once it grows, stays in, so a new
  /// kind of input can make the graph remake too much but never too little.
  case report(Report)
  /// Whether the chapter exists, published, in the other language (the language switch).
  case counterpart(exists: Bool)
  /// A cross-referenced id and where it is placed, for the link's target and number.
  case reference(String, [ReferenceIndex.Target])
  /// The bytes of a file copied as it is (an asset, a CSV download).
  case bytes([UInt8])
  /// How many chapters the page's language publishes (where a long navigation leaves gaps).
  case navigationLength(Int)
}
