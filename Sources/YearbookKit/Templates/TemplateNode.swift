import Mustache

// swift-mustache finds a name in a value by casting the value to its protocols (and by
// reflection, `Mirror`, when none answers). The first cast of a type to a protocol scans every
// conformance record of the program (about 0.35 M instructions), so each type handed to it
// costs a few scans per build. Every view and every text therefore reaches the library as one
// type, `TemplateNode`, lists as `[TemplateNode]`, flags as `Bool`, and each view answers its
// own names. `TemplateViewTests` checks the answers against reflection field by field, and that
// every template renders the same through them as through reflection.

/// A view model that answers, for each of its stored properties, the value a template sees:
/// text and nested views as `TemplateNode`, flags as `Bool`, an optional unwrapped (nil when
/// absent), a list of views as `[TemplateNode]`.
protocol TemplateView: Sendable {
  /// Every name a template can reach, in declaration order: the stored properties.
  static var fieldNames: [String] { get }
  /// The value of the field `name`; nil for no such field or an absent optional.
  func value(named name: String) -> Any?
}

/// A view model or a text, as swift-mustache is given it.
///
/// A view answers its names and prints as its view does (a template that prints a whole view,
/// `{{words}}`, gets what reflection gave). A text renders as the `String` would (escaped by
/// `{{ }}`, unchanged by `{{{ }}}`), takes the same transforms, and as a section's context has
/// no names, like a `String`, but says so itself: the library reflects a `String` (`Mirror`)
/// for every name looked up through it. A view takes no transform, as before.
struct TemplateNode: MustacheParent, MustacheCustomRenderable, MustacheTransformable, CustomStringConvertible,
  CustomDebugStringConvertible, Sendable
{
  private enum Content: Sendable {
    case view(any TemplateView)
    case text(String)
  }

  private let content: Content

  /// The node of a view.
  init(view: any TemplateView) { content = .view(view) }

  /// The node of a text.
  init(text: String) { content = .text(text) }

  /// The view it stands for, if it is one.
  var view: (any TemplateView)? {
    if case .view(let view) = content { view } else { nil }
  }

  /// The text it stands for, if it is one.
  var text: String? {
    if case .text(let text) = content { text } else { nil }
  }

  func child(named name: String) -> Any? { view?.value(named: name) }

  var renderText: String {
    switch content {
    case .view(let view): String(describing: view)
    case .text(let text): text
    }
  }

  var isNull: Bool { false }

  func transform(_ name: String) -> Any? { text?.transform(name) }

  var description: String { renderText }

  var debugDescription: String {
    switch content {
    case .view(let view): String(reflecting: view)
    case .text(let text): String(reflecting: text)
    }
  }
}

extension TemplateView {
  /// The view as swift-mustache is given it.
  var node: TemplateNode { TemplateNode(view: self) }
}

extension Array where Element: TemplateView {
  /// The views as swift-mustache is given them.
  var nodes: [TemplateNode] { map(\.node) }
}

extension String {
  /// The text as swift-mustache is given it.
  var node: TemplateNode { TemplateNode(text: self) }
}
