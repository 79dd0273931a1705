/// Escapes text for HTML element content and double-quoted attribute values.
public func escapeHTML(_ text: String) -> String {
  // Works on UTF-8 bytes (the five characters are ASCII, and no byte of a multi-byte character
  // is): most text has none of them and is returned as it is, without a copy.
  let special: (UInt8) -> Bool = { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }
  guard text.utf8.contains(where: special) else { return text }
  var out: [UInt8] = []
  out.reserveCapacity(text.utf8.count + 16)
  for byte in text.utf8 {
    switch byte {
    case 0x26: out += "&amp;".utf8
    case 0x3C: out += "&lt;".utf8
    case 0x3E: out += "&gt;".utf8
    case 0x22: out += "&quot;".utf8
    case 0x27: out += "&#39;".utf8
    default: out.append(byte)
    }
  }
  return String(decoding: out, as: UTF8.self)
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
