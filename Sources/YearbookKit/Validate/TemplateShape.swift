/// What a template can reach in the value it is given: the names of its stored properties
/// (read with `Mirror`, as swift-mustache reads them) and, for each, what that holds — an
/// optional's wrapped value, an array's element. Built from a sample value whose optionals
/// are set and whose arrays hold one element.
struct TemplateShape: Sendable {
  /// The type's name, for messages.
  var typeName: String
  /// Property name → its shape.
  var fields: [String: TemplateShape]
  /// True for a context that accepts any name (an unknown value, so one finding is not followed by many).
  var isOpen = false

  /// The shape of `value`.
  init(of value: Any) {
    // Text, flags and numbers have no names to reach: what reflecting them would find (no
    // children, no display style) is known without a `Mirror`, which costs far more.
    let valueType = type(of: value)
    if valueType == String.self || valueType == Bool.self || valueType == Int.self || valueType == Double.self {
      self.init(typeName: "\(valueType)", fields: [:])
      return
    }
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .optional, .collection, .set:
      if let first = mirror.children.first {
        self = TemplateShape(of: first.value)
      } else {
        self.init(typeName: "\(type(of: value))", fields: [:], isOpen: true)
      }
    case .struct, .class:
      var fields: [String: TemplateShape] = [:]
      for child in mirror.children {
        if let label = child.label { fields[label] = TemplateShape(of: child.value) }
      }
      self.init(typeName: "\(type(of: value))", fields: fields)
    default:
      self.init(typeName: "\(type(of: value))", fields: [:])
    }
  }

  init(typeName: String, fields: [String: TemplateShape], isOpen: Bool = false) {
    self.typeName = typeName
    self.fields = fields
    self.isOpen = isOpen
  }

  /// A context that accepts any name.
  static let open = TemplateShape(typeName: "?", fields: [:], isOpen: true)
}
