import Markdown

/// Marks runs of the other language inside a page, so that screen readers and fonts treat
/// them right: on an English page every run of Chinese characters becomes
/// `<span lang="zh-Hans">…</span>`. Works on plain text and escapes it.
public enum LanguageRuns {
  /// `text` escaped for HTML, with Chinese runs marked when the page is not Chinese.
  public static func html(_ text: String, on language: Language) -> String {
    guard language != .zh, Translator.needsTranslation(text) else { return escapeHTML(text) }
    var out = ""
    var run = ""
    var inChinese = false
    func flush() {
      guard !run.isEmpty else { return }
      if inChinese {
        // Spaces kept inside a run in case more Chinese followed belong outside it.
        var trailing = ""
        while run.last == " " { trailing.append(run.removeLast()) }
        out += "<span lang=\"zh-Hans\">\(escapeHTML(run))</span>" + trailing
      } else {
        out += escapeHTML(run)
      }
      run = ""
    }
    for ch in text {
      let chinese = Translator.isCJK(ch)
      // Spaces and punctuation between two Chinese characters stay inside the run.
      if chinese != inChinese && !(inChinese && (ch == " " || ch == "·")) {
        flush()
        inChinese = chinese
      }
      run.append(ch)
    }
    flush()
    return out
  }
}
