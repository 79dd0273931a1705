/// Escapes text for HTML element content and double-quoted attribute values.
public func escapeHTML(_ text: String) -> String {
  var out = ""
  out.reserveCapacity(text.utf8.count)
  for scalar in text.unicodeScalars {
    switch scalar {
    case "&": out += "&amp;"
    case "<": out += "&lt;"
    case ">": out += "&gt;"
    case "\"": out += "&quot;"
    case "'": out += "&#39;"
    default: out.unicodeScalars.append(scalar)
    }
  }
  return out
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
