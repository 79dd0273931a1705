extension ContentDiff {
  /// One line per change, `file:line:col: table row column: was → now`, each changed figure
  /// followed by what it touches, indented.
  public var text: String {
    var out = ""
    for change in changes {
      let at = change.location.description
      switch change.kind {
      case .figure(let was, let now):
        out += "\(at): \(change.table) \(change.row) \(change.column): \(was.isEmpty ? "(none)" : was) → \(now.isEmpty ? "(none)" : now)\n"
        guard let impact = change.impact else { continue }
        if let quantity = impact.quantity { out += "  quantity: \(quantity)\n" }
        let sections: [(String, [Impact.Entry])] = [
          ("printed in", Array(impact.cells.dropFirst())), ("computed from it", impact.dependents), ("charts", impact.charts),
          ("quoted in prose", impact.quotes), ("pages", impact.pages),
        ]
        for (title, entries) in sections where !entries.isEmpty {
          out += "  \(title) (\(entries.count)):\n"
          for entry in entries { out += "    \(entry.place): \(entry.what)\n" }
        }
      case .rowAdded: out += "\(at): \(change.table) \(change.row): row added\n"
      case .rowRemoved: out += "\(at): \(change.table) \(change.row): row removed\n"
      case .columnAdded: out += "\(at): \(change.table) \(change.column): column added\n"
      case .columnRemoved: out += "\(at): \(change.table) \(change.column): column removed\n"
      case .tableAdded: out += "\(at): \(change.table): table added\n"
      case .tableRemoved: out += "\(at): \(change.table): table removed\n"
      }
    }
    return out
  }

  /// `revisions.yaml` entries for the changed figures (a figure newly printed or no longer
  /// printed is no revision), to paste into the file: dated `date` when given, else with an
  /// empty `date:` for the editor, and the reason always left for the editor to write.
  public func revisionsYAML(date: String?) -> String {
    var out = ""
    for change in changes {
      guard case .figure(let was, let now) = change.kind, !was.isEmpty, !now.isEmpty else { continue }
      out += "- date: \(date ?? "")\n"
      out += "  table: \(Self.quoted(change.table))\n"
      out += "  row: \(Self.quoted(change.row))\n"
      out += "  column: \(Self.quoted(change.column))\n"
      out += "  was: \(was)\n"
      out += "  reason: {zh: \"\", en: \"\"}\n"
    }
    return out
  }

  /// A YAML double-quoted scalar.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 { out += "\\x" + String(scalar.value, radix: 16).leftPadded2 } else { out.unicodeScalars.append(scalar) }
      }
    }
    return out + "\""
  }
}

private extension String {
  /// Two hex digits.
  var leftPadded2: String { count < 2 ? "0" + self : self }
}
