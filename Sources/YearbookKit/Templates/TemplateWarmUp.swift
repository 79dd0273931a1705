import Foundation

extension Yearbook {
  /// Starts, on another thread, a small template through swift-mustache with every kind of
  /// value the pages hand it (text, a view, a list, flags, a dotted name): the Swift runtime's
  /// first look-up of each type against each of the library's protocols scans every conformance
  /// record of the program, and those first look-ups are then made while the main thread lists
  /// the content folders, when the second core has nothing else to do. Nothing is kept or shown.
  public static func warmUpTemplates() {
    DispatchQueue.global(qos: .userInitiated).async {
      let (set, _) = TemplateSet.make(["warm-up": TemplateSource(path: "", text: warmUpText)])
      _ = set.render(TemplateSamples.page, "warm-up")
    }
  }

  /// The template: its names are a page's (`TemplateSetTests` checks them).
  static let warmUpText = """
    {{title}}{{#description}}{{description}}{{/description}}{{^canonical}}-{{/canonical}}\
    {{#otherLanguage}}{{href}}{{/otherLanguage}}{{#nav}}{{^gap}}{{href}}{{#current}}*{{/current}}\
    {{title}}{{#draft}}{{words.draft}}{{/draft}}{{/gap}}{{/nav}}{{{body}}}{{lowercased(bodyClass)}}
    """
}
