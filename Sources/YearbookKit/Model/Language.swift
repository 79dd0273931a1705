/// A language the report is published in, by its code in `site.yaml` (`zh`, `en`).
public struct Language: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The code, e.g. "zh".
  public let code: String
  /// Makes a language.
  public init(_ code: String) { self.code = code }

  /// Chinese.
  public static let zh = Language("zh")
  /// English.
  public static let en = Language("en")

  /// The `lang` attribute value: `zh-Hans` for Chinese, the code otherwise.
  public var htmlLang: String { self == .zh ? "zh-Hans" : code }
  /// The language's own name, for the language switcher.
  public var nativeName: String { self == .zh ? "中文" : self == .en ? "English" : code }
  public var description: String { code }
  public static func < (a: Language, b: Language) -> Bool { a.code < b.code }
}

/// A text in several languages.
public struct Localized: Sendable, Equatable {
  /// Text per language code.
  public var values: [String: String]
  /// Makes a localized text.
  public init(_ values: [String: String]) { self.values = values }
  /// The text in `language`, if given.
  public subscript(_ language: Language) -> String? { values[language.code] }
  /// The text in `language`, or an empty string.
  public func text(_ language: Language) -> String { values[language.code] ?? "" }
}
