/// What a template can reach in the value it is given: the names of its stored properties
/// (`TemplateView.fieldNames`, which answer as swift-mustache's reflection would) and, for
/// each, what that holds — an optional's wrapped value, an array's element. Built from a
/// sample value whose optionals are set and whose arrays hold one element.
struct TemplateShape: Sendable {
  /// The type, named only in messages: naming a type costs more than building every shape.
  private var type: (any TemplateView.Type)?
  /// The name given when there is no type.
  private var name: String
  /// Property name → its shape.
  var fields: [String: TemplateShape]
  /// True for a context that accepts any name (an unknown value, so one finding is not followed by many).
  var isOpen = false

  /// The type's name, for messages.
  var typeName: String { type.map { String(describing: $0) } ?? name }

  /// The shape of `view`.
  init(of view: any TemplateView) {
    var fields: [String: TemplateShape] = [:]
    for field in Swift.type(of: view).fieldNames {
      fields[field] = TemplateShape(value: view.value(named: field))
    }
    self.init(type: Swift.type(of: view), name: "", fields: fields)
  }

  /// The shape of a view's or a text's node.
  private init(of node: TemplateNode) {
    if let view = node.view {
      self.init(of: view)
    } else {
      self.init(typeName: "String", fields: [:])
    }
  }

  /// The shape of what a view answers for one name.
  private init(value: Any?) {
    switch value {
    case nil:
      self = .open
    case let node as TemplateNode:
      self.init(of: node)
    case is String:
      self.init(typeName: "String", fields: [:])
    case is Bool:
      self.init(typeName: "Bool", fields: [:])
    case let list as [TemplateNode]:
      self = list.first.map { TemplateShape(of: $0) } ?? TemplateShape(typeName: "Array", fields: [:], isOpen: true)
    case let other?:
      self.init(typeName: "\(Swift.type(of: other))", fields: [:])
    }
  }

  private init(type: (any TemplateView.Type)?, name: String, fields: [String: TemplateShape], isOpen: Bool = false) {
    self.type = type
    self.name = name
    self.fields = fields
    self.isOpen = isOpen
  }

  init(typeName: String, fields: [String: TemplateShape], isOpen: Bool = false) {
    self.init(type: nil, name: typeName, fields: fields, isOpen: isOpen)
  }

  /// A context that accepts any name.
  static let open = TemplateShape(typeName: "?", fields: [:], isOpen: true)
}
