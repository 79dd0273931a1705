/// Strong entity tags from a file's identity (inode, size, modification time), so a `304` needs
/// no read. The preview's publisher writes a changed file under a new inode and leaves an
/// unchanged one alone, so the tag changes exactly when the bytes may have.
enum EntityTag {
  /// The quoted tag.
  static func make(inode: UInt64, size: Int64, modifiedNanoseconds: Int64) -> String {
    "\"\(String(inode, radix: 16))-\(String(size, radix: 16))-\(String(modifiedNanoseconds, radix: 16))\""
  }

  /// True when an `If-None-Match` header value names `tag` (or is `*`). Weak comparison, as
  /// RFC 9110 asks for this header: a `W/` prefix is ignored.
  static func matches(_ ifNoneMatch: String, _ tag: String) -> Bool {
    let bare = tag.hasPrefix("W/") ? String(tag.dropFirst(2)) : tag
    for candidate in ifNoneMatch.split(separator: ",") {
      var value = candidate.trimmingCharacters(in: " \t")
      if value == "*" { return true }
      if value.hasPrefix("W/") { value = String(value.dropFirst(2)) }
      if value == bare { return true }
    }
    return false
  }
}

private extension Substring {
  func trimmingCharacters(in set: String) -> String {
    String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
  }
}
