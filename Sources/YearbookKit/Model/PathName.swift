/// The one gate for names that become part of a path in the output: language codes, chapter
/// slugs, table and chart ids, asset names. A name that passes is a plain name: it can name
/// no folder above, no hidden file, no absolute path, and it reads the same on every file
/// system. Anything else is refused with the reason, which the caller reports at its place.
public enum PathName {
  /// What a name is for: language codes have a shape of their own.
  public enum Kind: Sendable {
    /// A BCP 47 language tag of the usual shape: `zh`, `en`, `zh-Hant`, `pt-BR`.
    case language
    /// A chapter slug, a table or chart id, one segment of an asset's path: ASCII letters,
    /// digits, `-`, `_` and `.`, starting with a letter or digit.
    case name
  }

  /// The longest name taken: far above any real id, far below a file system's limit.
  public static let maximumLength = 100

  /// Why `name` cannot become part of a path, or nil when it can.
  public static func problem(_ name: String, as kind: Kind) -> String? {
    let bytes = Array(name.utf8)
    guard !bytes.isEmpty else { return "an empty name" }
    guard bytes.count <= maximumLength else { return "longer than \(maximumLength) characters" }
    switch kind {
    case .language:
      return isLanguageTag(bytes) ? nil : "not a language code such as zh, en or zh-Hant (letters and digits in parts joined by '-')"
    case .name:
      guard isAlphanumeric(bytes[0]) else { return "it must start with a letter or a digit" }
      guard bytes.allSatisfy({ isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") })
      else { return "only ASCII letters, digits, '-', '_' and '.' may make a name that becomes a file name" }
      guard !name.contains("..") else { return "'..' may not appear in a name that becomes a file name" }
      return nil
    }
  }

  /// Why `path`, a path relative to the output made of `/`-separated names, cannot be
  /// written, or nil when every segment is a plain name. The publisher's last guard.
  public static func problem(inRelativePath path: String) -> String? {
    let segments = path.split(separator: "/", omittingEmptySubsequences: false)
    for segment in segments {
      if let problem = problem(String(segment), as: .name) { return "'\(segment)': \(problem)" }
    }
    return nil
  }

  /// A primary subtag of 2–3 letters (or 4–8 for registered ones), then subtags of 1–8
  /// letters or digits.
  private static func isLanguageTag(_ bytes: [UInt8]) -> Bool {
    let parts = bytes.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
    guard let first = parts.first, (2...8).contains(first.count), first.allSatisfy(isLetter) else { return false }
    return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy(isAlphanumeric) }
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
  }

  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }
}
