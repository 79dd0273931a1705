/// A parsed Markdown document, or why it was refused.
public struct ParsedMarkdown: Sendable, Equatable {
  /// The document; empty when `refusal` is set.
  public var document: MarkdownNode
  /// Why the source was not converted, if it was not.
  public var refusal: MarkdownRefusal?

  /// Makes a result.
  public init(document: MarkdownNode, refusal: MarkdownRefusal? = nil) {
    self.document = document
    self.refusal = refusal
  }
}

/// A Markdown source refused before it is turned into a tree: one shaped so that walking the
/// tree (recursively, as every renderer and check does, and as Swift frees an indirect enum)
/// would overflow a thread's stack, or so that libcmark would take time growing with the
/// square of its length.
public struct MarkdownRefusal: Sendable, Equatable {
  /// What was too much.
  public enum Reason: Sendable, Equatable {
    /// An element nested deeper than `MarkdownLimits.maximumDepth` (block quotes, lists,
    /// emphasis, links, in any mix), its depth counted from the document (1 for a top-level
    /// paragraph, 2 for the emphasis in it).
    case nesting(depth: Int)
    /// A line opening or continuing more than `MarkdownLimits.maximumLinePrefix` levels of
    /// block quotes and lists: `>` and list markers, and every two columns of indentation.
    /// Looked for before parsing, as libcmark's time grows with levels × lines.
    case linePrefix(levels: Int)
    /// A paragraph whose count of `![` times its count of `]` passes
    /// `MarkdownLimits.maximumBracketPairs`: libcmark walks back over every unclosed `![` at
    /// each link it closes.
    case brackets(images: Int, closers: Int)
  }

  /// What was too much.
  public var reason: Reason
  /// Where: the element too deep, the line's first marker, the paragraph's first line.
  public var at: SourcePosition

  /// Makes a refusal.
  public init(_ reason: Reason, at: SourcePosition) {
    self.reason = reason
    self.at = at
  }
}

/// The bounds a Markdown source must keep to.
public enum MarkdownLimits {
  /// The deepest an element may be nested. Every walk of the tree (conversion, HTML, plain
  /// text, link and placement checks, comparing, freeing) recurses a few frames per level.
  /// Measured in a debug build (the largest frames), the whole pipeline on a chapter this deep
  /// runs on a 256 KiB stack and not on 192 KiB, so a 512 KiB thread (a secondary thread on
  /// macOS) keeps half its stack spare; at 128 levels it needed more than 448 KiB.
  public static let maximumDepth = 64
  /// The most levels (`>`, list markers, two columns of indentation) a line's start may hold.
  public static let maximumLinePrefix = 2 * maximumDepth
  /// The most `![` × `]` in one paragraph (about a third of a second of libcmark's time).
  public static let maximumBracketPairs = 25_000_000
}
