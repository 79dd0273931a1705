import Foundation

/// The colours a stylesheet declares, per colour scheme: custom properties on `:root` and the
/// declarations of each rule. Just enough CSS for our own `style.css` (hex colours,
/// `var(--name)`, `@media (prefers-color-scheme: dark)`), so that the contrast tests read the
/// real stylesheet instead of a copy of its values that could drift from it.
struct StylesheetColors {
  /// The page's colour scheme.
  enum Scheme: String, CaseIterable, CustomStringConvertible {
    case light, dark
    var description: String { rawValue }
  }

  /// One declaration and the scheme it applies in (nil: both).
  struct Declaration: Equatable {
    var scheme: Scheme?
    var selector: String
    var property: String
    var value: String
  }

  /// Every declaration outside `@media print`, in source order.
  let declarations: [Declaration]

  init(css: String) {
    var parser = Parser(text: Array(Self.withoutComments(css)))
    declarations = parser.block(scheme: nil)
  }

  /// The last `property` declared for exactly `selector` that applies in `scheme`.
  func value(_ property: String, of selector: String, in scheme: Scheme) -> String? {
    declarations.last { $0.selector == selector && $0.property == property && ($0.scheme ?? scheme) == scheme }?.value
  }

  /// `#RRGGBB` for a colour expression (`#abc`, `#aabbcc`, `var(--name)`) in `scheme`; nil
  /// for anything else (keywords, functions), so that a test cannot pass on a colour it could not read.
  func color(_ expression: String, in scheme: Scheme) -> String? {
    let text = expression.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " !important", with: "")
    if text.hasPrefix("var("), text.hasSuffix(")") {
      let name = text.dropFirst(4).dropLast().split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
      return value(name, of: ":root", in: scheme).flatMap { color($0, in: scheme) }
    }
    return Self.hex(text)
  }

  /// Every (selector, colour expression) that sets the text colour in `scheme`, the later
  /// declaration winning for a selector.
  func textColors(in scheme: Scheme) -> [(selector: String, value: String)] {
    var seen: [String: String] = [:]
    var order: [String] = []
    for declaration in declarations where declaration.property == "color" && (declaration.scheme ?? scheme) == scheme {
      if seen[declaration.selector] == nil { order.append(declaration.selector) }
      seen[declaration.selector] = declaration.value
    }
    return order.map { ($0, seen[$0]!) }
  }

  /// `#RRGGBB` (upper case) for `#rgb` or `#rrggbb`, nil otherwise.
  static func hex(_ text: String) -> String? {
    guard text.hasPrefix("#") else { return nil }
    let digits = text.dropFirst().uppercased()
    guard digits.allSatisfy(\.isHexDigit) else { return nil }
    switch digits.count {
    case 3: return "#" + digits.map { "\($0)\($0)" }.joined()
    case 6: return "#" + digits
    default: return nil
    }
  }

  /// `foreground` painted at `opacity` over `background`, as the eye sees it (both `#RRGGBB`).
  static func blend(_ foreground: String, opacity: Double, over background: String) -> String {
    func channels(_ color: String) -> [Double] {
      let digits = Array(color.dropFirst())
      return stride(from: 0, to: 6, by: 2).map { Double(Int(String(digits[$0..<$0 + 2]), radix: 16) ?? 0) }
    }
    let mixed = zip(channels(foreground), channels(background)).map { opacity * $0 + (1 - opacity) * $1 }
    return "#" + mixed.map { String(format: "%02X", Int($0.rounded())) }.joined()
  }

  private static func withoutComments(_ css: String) -> String {
    var result = ""
    var rest = Substring(css)
    while let start = rest.range(of: "/*") {
      result += rest[..<start.lowerBound]
      guard let end = rest[start.upperBound...].range(of: "*/") else { return result }
      rest = rest[end.upperBound...]
    }
    return result + rest
  }

  /// Reads rules and `@media` blocks; declarations inside `@media print` are dropped.
  private struct Parser {
    var text: [Character]
    var index = 0

    mutating func block(scheme: Scheme?, printing: Bool = false) -> [Declaration] {
      var result: [Declaration] = []
      while true {
        let prelude = read(until: ["{", "}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        guard index < text.count, text[index] == "{" else {
          index += 1
          return result
        }
        index += 1
        if prelude.hasPrefix("@media") {
          let dark = prelude.contains("prefers-color-scheme: dark") || prelude.contains("prefers-color-scheme:dark")
          let inner = block(scheme: dark ? .dark : scheme, printing: printing || prelude.contains("print"))
          result += inner
          continue
        }
        let body = read(until: ["}"])
        index += 1
        guard !printing else { continue }
        let selectors = prelude.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        for item in body.split(separator: ";") {
          guard let colon = item.firstIndex(of: ":") else { continue }
          let property = item[..<colon].trimmingCharacters(in: .whitespacesAndNewlines)
          let value = item[item.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
          result += selectors.map { Declaration(scheme: scheme, selector: $0, property: property, value: value) }
        }
      }
    }

    private mutating func read(until stops: Set<Character>) -> String {
      let start = index
      while index < text.count, !stops.contains(text[index]) { index += 1 }
      return String(text[start..<min(index, text.count)])
    }
  }
}
