/// Text from the content made safe to print on a terminal: control characters (C0 but tab
/// and line feed, DEL, C1) and the invisible marks that reorder text (bidirectional
/// embeddings, overrides and isolates) are written as `\u{1B}`, so that a cell or a file name
/// cannot clear the screen, move the cursor or make a message read backwards.
public enum TerminalText {
  /// `text` with every such character escaped; the same text when it holds none.
  public static func escaping(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      if needsEscape(scalar) {
        escaped += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }

  /// JSON text with the same characters written as JSON escapes (`\u009b`), so that JSON
  /// printed on a terminal is as safe and reads back the same. JSONEncoder escapes C0
  /// controls itself; the others can stand only inside strings, where an escape is valid.
  public static func escaping(json: String) -> String {
    guard json.unicodeScalars.contains(where: needsEscape) else { return json }
    var escaped = ""
    escaped.reserveCapacity(json.utf8.count + 16)
    for scalar in json.unicodeScalars {
      if needsEscape(scalar) {
        let hex = String(scalar.value, radix: 16)
        escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      } else {
        escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }

  static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: return false
    case 0x00...0x1F, 0x7F...0x9F: return true
    // Arabic letter mark, left-to-right and right-to-left marks, embeddings and overrides,
    // isolates.
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }
}
