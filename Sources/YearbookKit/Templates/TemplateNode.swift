import Mustache

// swift-mustache finds a name in a value by casting the value to its protocols (and by
// reflection, `Mirror`, when none answers). The first cast of a type to a protocol scans every
// conformance record of the program (about 0.35 M instructions), so each view type and each
// array type handed to it cost a few scans per build. Every view therefore reaches the library
// as one type, `TemplateNode`, lists as `[TemplateNode]`, text as `TemplateText`, and each view
// answers its own names. `TemplateViewTests` checks the answers against reflection field by
// field, and that every template renders the same through them as through reflection.

/// A view model that answers, for each of its stored properties, the value a template sees:
/// text as `TemplateText`, flags as `Bool`, an optional unwrapped (nil when absent), a nested
/// view as a `TemplateNode`, a list of views as `[TemplateNode]`.
protocol TemplateView: Sendable {
  /// Every name a template can reach, in declaration order: the stored properties.
  static var fieldNames: [String] { get }
  /// The value of the field `name`; nil for no such field or an absent optional.
  func value(named name: String) -> Any?
}

/// The one type swift-mustache is given for every view model. It prints as its view does
/// (a template that prints a whole view, `{{words}}`, gets what it got before).
struct TemplateNode: MustacheParent, CustomStringConvertible, CustomDebugStringConvertible, Sendable {
  /// The view it stands for.
  let view: any TemplateView

  func child(named name: String) -> Any? { view.value(named: name) }
  var description: String { String(describing: view) }
  var debugDescription: String { String(reflecting: view) }
}

/// Text as swift-mustache is given it. It renders as the `String` would (escaped by `{{ }}`,
/// unchanged by `{{{ }}}`), takes the same transforms, and as a section's context has no names,
/// like a `String`, but says so itself: the library reflects a `String` (`Mirror`) for every
/// name looked up through it, and casts it to two more protocols before printing it.
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable, Sendable {
  /// The text.
  let text: String

  init(_ text: String) { self.text = text }

  var renderText: String { text }
  var isNull: Bool { false }
  func child(named name: String) -> Any? { nil }
  func transform(_ name: String) -> Any? { text.transform(name) }
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
  var node: TemplateText { TemplateText(self) }
}
