/// A word or phrase in both languages.
struct Term: Sendable, Hashable {
  var zh: String
  var en: String

  init(_ zh: String, _ en: String) {
    self.zh = zh
    self.en = en
  }

  /// The text in `language` (`zh` or `en`).
  func text(_ language: String) -> String { language == "zh" ? zh : en }
}
