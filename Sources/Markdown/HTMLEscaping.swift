/// Escapes text for HTML element content and double-quoted attribute values.
public func escapeHTML(_ text: String) -> String {
  // Works on the UTF-8 bytes in place (the five characters are ASCII, and no byte of a
  // multi-byte character is): most text has none of them and is returned as it is.
  var text = text
  let escaped: [UInt8]? = text.withUTF8 { utf8 in
    guard let first = utf8.firstIndex(where: needsEscaping) else { return nil }
    var out: [UInt8] = []
    out.reserveCapacity(utf8.count + 16)
    out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[..<first]))
    for byte in utf8[first...] {
      switch byte {
      case 0x26: out += "&amp;".utf8
      case 0x3C: out += "&lt;".utf8
      case 0x3E: out += "&gt;".utf8
      case 0x22: out += "&quot;".utf8
      case 0x27: out += "&#39;".utf8
      default: out.append(byte)
      }
    }
    return out
  }
  guard let escaped else { return text }
  return String(decoding: escaped, as: UTF8.self)
}

/// True for `&`, `<`, `>`, `"` and `'`.
@inline(__always)
private func needsEscaping(_ byte: UInt8) -> Bool {
  byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
}

/// True when a link target is safe to put in `href`/`src`: no `javascript:`, `vbscript:`
/// or `data:` scheme, however it is spelled (case, embedded whitespace or control characters).
public func isSafeURL(_ url: String) -> Bool {
  let squeezed = String(
    url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }.map(Character.init)
  ).lowercased()
  for scheme in ["javascript:", "vbscript:", "data:"] where squeezed.hasPrefix(scheme) {
    return false
  }
  return true
}

/// Writes a link or image target for a double-quoted `href`/`src` as libcmark's HTML renderer
/// does (houdini_escape_href): ASCII letters, digits and `-_.+!*(),%#@?=;:/$~` are kept, `&`
/// becomes `&amp;`, `'` becomes `&#x27;`, every other byte (space, `"`, `<`, `>`, `\`, `[`,
/// `]`, `` ` ``, `{`, `|`, `}`, `^`, controls, and each byte of a non-ASCII character) is
/// written `%XX`. A `%` is kept, so a target already percent-encoded is not encoded twice.
public func escapeHref(_ url: String) -> String {
  var url = url
  let escaped: [UInt8]? = url.withUTF8 { utf8 in
    guard let first = utf8.firstIndex(where: { !isHrefSafe($0) }) else { return nil }
    let hex = Array("0123456789ABCDEF".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(utf8.count + 16)
    out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[..<first]))
    for byte in utf8[first...] {
      if isHrefSafe(byte) {
        out.append(byte)
      } else if byte == UInt8(ascii: "&") {
        out += "&amp;".utf8
      } else if byte == UInt8(ascii: "'") {
        out += "&#x27;".utf8
      } else {
        out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
      }
    }
    return out
  }
  guard let escaped else { return url }
  return String(decoding: escaped, as: UTF8.self)
}

/// The bytes `escapeHref` keeps as they are.
private let hrefSafe: [Bool] = (0..<256).map { value in
  let byte = UInt8(value)
  switch byte {
  case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
    return true
  default:
    return "-_.+!*(),%#@?=;:/$~".utf8.contains(byte)
  }
}

@inline(__always)
private func isHrefSafe(_ byte: UInt8) -> Bool { hrefSafe[Int(byte)] }
