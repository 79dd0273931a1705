import Markdown

/// Fills a template's HTML field (`{{{body}}}`, `{{{content}}}`) without handing the HTML to
/// swift-mustache, which copies it into every template it passes through. The template is
/// rendered with a marker in the field; the HTML's pieces then take the marker's place.
///
/// The marker is drawn at random once per process and begins with U+FDD0, a noncharacter, so
/// no content carries it. It holds `&`, `"` and a line break, so the form it is printed in
/// tells how the template printed the field: as it is (`{{{body}}}`), or escaped (`{{body}}`),
/// where the escaped HTML takes its place. Any other form (a transform, the view printed
/// whole) leaves a U+FDD0 behind, and the caller renders the template with the HTML itself.
enum TemplateSplice {
  /// The marker, as a template is given it.
  static let marker: String = {
    var generator = SystemRandomNumberGenerator()
    let hex = (0..<2).map { _ in String(generator.next() as UInt64, radix: 16) }.joined(separator: "-")
    return "\(noncharacter)\(hex)&\"\n\(noncharacter)"
  }()

  /// U+FDD0 (a literal may not hold a noncharacter).
  static let noncharacter = String(Unicode.Scalar(0xFDD0 as UInt32)!)

  /// The marker as `{{ }}` escapes it.
  static let escapedMarker = escapeHTML(marker)

  /// The pieces of `rendered` around each marker with `html` in its place (escaped where the
  /// marker was); nil when a U+FDD0 is left in another form.
  static func fill(_ rendered: String, with html: HTMLPieces) -> HTMLPieces? {
    var rendered = rendered
    rendered.makeContiguousUTF8()
    let text = rendered
    return text.utf8.withContiguousStorageIfAvailable { utf8 -> HTMLPieces? in
      var out = HTMLPieces()
      var start = 0
      var i = 0
      var escaped: HTMLPieces?
      // U+FDD0 in UTF-8: EF B7 90.
      while i + 2 < utf8.count {
        guard utf8[i] == 0xEF, utf8[i + 1] == 0xB7, utf8[i + 2] == 0x90 else {
          i += 1
          continue
        }
        let length: Int
        let isEscaped: Bool
        if utf8[i...].starts(with: marker.utf8) {
          (length, isEscaped) = (marker.utf8.count, false)
        } else if utf8[i...].starts(with: escapedMarker.utf8) {
          (length, isEscaped) = (escapedMarker.utf8.count, true)
        } else {
          return nil
        }
        out.append(text, utf8: start..<i)
        if isEscaped {
          if escaped == nil { escaped = HTMLPieces(escapeHTML(html.text)) }
          out.append(contentsOf: escaped!)
        } else {
          out.append(contentsOf: html)
        }
        i += length
        start = i
      }
      out.append(text, utf8: start..<utf8.count)
      return out
    } ?? nil
  }
}

extension TemplateSet {
  /// Renders the template `name` with the view `make` gives for an HTML field, the field
  /// holding `html`: as `render(make(html.text), name)` renders it, without copying `html`.
  func render<View: TemplateView>(_ name: String, filling html: HTMLPieces, _ make: (String) -> View) -> HTMLPieces {
    if let filled = TemplateSplice.fill(render(make(TemplateSplice.marker), name), with: html) {
      return filled
    }
    return HTMLPieces(render(make(html.text), name))
  }
}
