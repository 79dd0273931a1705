/// Every name a template uses exists in the view model it is given. swift-mustache renders a
/// missing name as nothing, silently; this check finds it before a page goes out with a hole.
///
/// Names resolve as Mustache resolves them: against the innermost section's value, then
/// outwards; `a.b` descends from `a`; a partial (`{{> chapter}}`) is checked in the context
/// where it is included. A finding names the template file, line and column.
enum TemplateKeys {
  /// The findings for every template, given the view model each top-level template renders.
  static func check(_ templates: [String: TemplateSource], views: [String: TemplateShape] = TemplateSamples.shapes) -> [Diagnostic] {
    var checker = Checker(templates: templates)
    for name in views.keys.sorted() where templates[name] != nil {
      checker.check(name, stack: [views[name]!], depth: 0)
    }
    return Array(checker.diagnostics).sorted()
  }

  private struct Checker {
    let templates: [String: TemplateSource]
    var diagnostics: Set<Diagnostic> = []
    /// Each template's tags, scanned once: a partial is checked wherever it is included.
    var scanned: [String: [TemplateTags.Tag]] = [:]

    mutating func check(_ name: String, stack: [TemplateShape], depth: Int) {
      guard let source = templates[name], depth < 8 else { return }
      let tags = scanned[name] ?? TemplateTags.scan(source.text)
      scanned[name] = tags
      var stack = stack
      var sections: [(name: String, pushed: Bool)] = []
      func report(_ tag: TemplateTags.Tag, _ message: String) {
        diagnostics.insert(
          Diagnostic(.error, at: SourceLocation(path: source.path, line: tag.line, column: tag.column), rule: "template-key", message))
      }
      for tag in tags {
        switch tag.kind {
        case .variable:
          if resolve(tag.name, in: stack) == nil { report(tag, missing(tag, stack)) }
        case .section, .inverted:
          let shape = resolve(tag.name, in: stack)
          if shape == nil { report(tag, missing(tag, stack)) }
          let pushes = tag.kind == .section && !tag.name.isEmpty && tag.name != "."
          if pushes { stack.append(shape ?? .open) }
          sections.append((tag.name, pushes))
        case .close:
          guard let open = sections.popLast(), open.name == tag.name else {
            report(tag, "\(tag.text) closes no open section")
            return
          }
          if open.pushed { stack.removeLast() }
        case .partial:
          if templates[tag.name] == nil {
            report(tag, "\(tag.text) includes the template '\(tag.name)', which does not exist")
          } else {
            check(tag.name, stack: stack, depth: depth + 1)
          }
        }
      }
    }

    /// What `name` reaches from the context stack; nil when nothing has it.
    func resolve(_ name: String, in stack: [TemplateShape]) -> TemplateShape? {
      if name.isEmpty || name == "." { return stack.last ?? .open }
      let parts = name.split(separator: ".").map(String.init)
      let start = name.hasPrefix(".") ? (stack.last.map { [$0] } ?? []) : Array(stack.reversed())
      guard let head = parts.first, var shape = start.first(where: { $0.isOpen || $0.fields[head] != nil }) else { return nil }
      for part in parts {
        if shape.isOpen { return .open }
        guard let next = shape.fields[part] else { return nil }
        shape = next
      }
      return shape
    }

    func missing(_ tag: TemplateTags.Tag, _ stack: [TemplateShape]) -> String {
      let contexts = stack.reversed().map(\.typeName).filter { $0 != "String" && $0 != "Bool" }
      return "\(tag.text): no '\(tag.name)' in what the template is given (\(contexts.joined(separator: ", ")))"
    }
  }
}
