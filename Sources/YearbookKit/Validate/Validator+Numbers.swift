import Markdown

extension Validator {
  /// Every number in a paragraph of the first language appears in its counterpart in each
  /// other language. Paragraphs are paired by order within each section (the text between
  /// two headings); `22398.4` and `22,398.4` are the same number, and a few forms a good
  /// translation uses instead are accepted (see `Written.gives`). A warning, not an error:
  /// the check cannot read every way of saying a number.
  static func bilingualNumbers(_ report: Report) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    guard let first = report.site.languages.first else { return [] }
    for chapter in report.chapters where chapter.language == first {
      let reference = ChapterSections(chapter.body)
      for language in report.site.languages.dropFirst() {
        guard let other = report.chapter(chapter.slug, language) else { continue }
        let sections = ChapterSections(other.body)
        let path = other.location.path
        if reference.sections.map(\.count) != sections.sections.map(\.count) {
          let i =
            zip(reference.sections, sections.sections).enumerated().first { $0.element.0.count != $0.element.1.count }?.offset
            ?? min(reference.sections.count, sections.sections.count)
          let count = { (s: ChapterSections) in i < s.sections.count ? s.sections[i].count : 0 }
          diagnostics.append(
            Diagnostic(
              .warning, at: SourceLocation(path: path, line: sections.headingLine(i) ?? 1), rule: "bilingual-paragraphs",
              "this section has \(count(sections)) paragraphs in \(language.code) but \(count(reference)) in \(first.code) (\(chapter.location.path):\(reference.headingLine(i) ?? 1)); numbers are compared paragraph by paragraph, so some may be paired wrongly"
            ))
        }
        for (ours, theirs) in zip(reference.sections, sections.sections) {
          for (a, b) in zip(ours, theirs) {
            var english = Written(b.text)
            var reported: Set<String> = []
            for number in NumberScanner.numbers(in: a.text) {
              guard !english.gives(number), reported.insert(number.text).inserted else { continue }
              diagnostics.append(
                Diagnostic(
                  .warning, at: SourceLocation(path: path, line: b.line), rule: "bilingual-number",
                  "\(number.text) is missing from this paragraph; its \(first.code) counterpart (\(chapter.location.path):\(a.line)) gives it"
                ))
            }
          }
        }
      }
    }
    return diagnostics
  }
}

/// What a translated paragraph says in numbers: its figures, and the small numbers it spells out.
private struct Written {
  let numbers: Set<String>
  let text: String
  /// Its words, read the first time a small number is not among its figures: most
  /// paragraphs never need them, and reading them cost more than the rest of the check.
  private var words: Set<String>?

  init(_ text: String) {
    self.text = text
    numbers = Set(NumberScanner.numbers(in: text).map(\.text))
  }

  /// True when the paragraph gives `number`: as a figure; a day or month (`8日`, `1月`) in any
  /// form, since English names months; a small whole number in words (`前10位` → `top ten`);
  /// an amount in 万 as millions (`1000万元` → `10 million yuan`).
  mutating func gives(_ number: NumberScanner.Token) -> Bool {
    if numbers.contains(number.text) || number.next == "月" || number.next == "日" { return true }
    if let n = Int(number.text), says(anyOf: NumberWords.words(n)) { return true }
    if number.next == "万", let value = Double(number.text) {
      var millions = Printed.text(value / 100, 4)
      while millions.hasSuffix("0") { millions.removeLast() }
      if millions.hasSuffix(".") { millions.removeLast() }
      return text.contains("\(millions) million")
    }
    return false
  }

  /// True when one of `spelled` is a word of the paragraph.
  private mutating func says(anyOf spelled: [String]) -> Bool {
    guard !spelled.isEmpty else { return false }
    let words = self.words ?? NumberWords.tokens(text)
    self.words = words
    return spelled.contains(where: words.contains)
  }
}
