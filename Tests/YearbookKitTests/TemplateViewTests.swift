import Mustache
import Testing
@testable import YearbookKit

/// The view models answer swift-mustache themselves (`TemplateView`, `TemplateNode`) instead
/// of being reflected: every answer must be what reflection gives, and every template must
/// render the same through them as through reflection.
@Suite struct TemplateViewTests {
  /// Every sample: each view type, with its optionals set and its lists one element long, and
  /// with its optionals absent and its lists empty.
  static var samples: [any TemplateView] {
    let page = TemplateSamples.page
    var bare = page
    bare.description = nil
    bare.canonical = nil
    bare.liveReload = nil
    bare.otherLanguage = nil
    bare.alternates = []
    bare.nav = [NavItemView.gap, NavItemView(part: "Part <2>", title: "A & B", href: "b.html", current: false, draft: true)]
    var chapter = TemplateSamples.chapter
    chapter.previous = nil
    chapter.toc = []
    chapter.hasToc = false
    var cover = TemplateSamples.cover
    cover.keyFigures[0].change = nil
    cover.chapters = []
    cover.lastRevised = nil
    var revisions = TemplateSamples.revisions
    revisions.revisions[0].tableHref = nil
    return [
      page, bare, TemplateSamples.chapter, chapter, TemplateSamples.cover, cover, TemplateSamples.chooser, TemplateSamples.words,
      TemplateSamples.revisions, revisions,
      TemplateSamples.link, NavItemView.gap, TocItemView(text: "t", id: "i", sub: true), AlternateView(hreflang: "zh", href: "h"),
      KeyFigureView(label: "l", value: "1", unit: "u", change: "+2%", down: true),
      ChapterItemView(part: "p", title: "t", summary: "", href: "h"),
      ChooserLanguageView(code: "zh", name: "中文", title: "标题", href: "h", lang: "zh-Hans"),
    ]
  }

  @Test func everyFieldAnswersWhatReflectionGives() {
    for sample in Self.samples {
      #expect(Self.mismatches(sample, sample) == [], "\(type(of: sample))")
      #expect(sample.value(named: "noSuchField") == nil)
    }
  }

  @Test func aFieldLeftOutOfTheListIsFound() {
    // The check above can fail: a view that answers one field too few does not match.
    struct Partial: TemplateView {
      var title = "t"
      var extra = "x"
      static let fieldNames = ["title"]
      func value(named name: String) -> Any? { name == "title" ? title.node : nil }
    }
    #expect(Self.mismatches(Partial(), Partial()) == ["fields [\"title\", \"extra\"] listed as [\"title\"]"])
  }

  @Test func everyTemplateRendersAsItDidThroughReflection() throws {
    var library = MustacheLibrary()
    for file in Fixture.templates() { library.register(try MustacheTemplate(string: file.text), named: file.stem) }
    // Sections, inverted sections, dotted names, transforms, sequence positions, triple
    // braces, `.` and whole views printed: what a template author may write.
    let probe = """
      {{#title}}[{{.}}|{{{.}}}|{{title}}|{{missing}}|{{words.home}}]{{/title}}{{^title}}no title{{/title}}\
      {{uppercased(title)}}{{lowercased(title)}}{{reversed(title)}}{{#empty(title)}}E{{/empty(title)}}{{title.count}}\
      {{#description}}<{{description}}>{{/description}}{{^description}}no description{{/description}}{{^canonical}}-{{/canonical}}\
      {{#nav}}{{#first()}}F{{/first()}}{{^gap}}{{title}}{{#draft}}{{words.draft}}{{/draft}}{{#current}}*{{/current}}{{/gap}}{{#last()}}L{{/last()}}{{/nav}}\
      {{count(nav)}}{{#reversed(nav)}}{{href}}{{/reversed(nav)}}{{^alternates}}none{{/alternates}}{{#alternates}}{{hreflang}}{{/alternates}}\
      {{#otherLanguage}}{{label}}{{title}}{{.}}{{/otherLanguage}}{{.words.home}}{{{body}}}{{body}}{{words}}{{nav}}{{otherLanguage}}{{current}}\
      {{#toc}}{{text}}{{#sub}}s{{/sub}}{{/toc}}{{#previous}}{{label}}{{words.previous}}{{/previous}}{{^next}}no next{{/next}}{{isDraft}}\
      {{#keyFigures}}{{label}}{{#change}}{{change}}{{#down}}v{{/down}}{{/change}}{{/keyFigures}}{{#chapters}}{{#summary}}({{summary}}){{/summary}}{{/chapters}}\
      {{#languages}}{{#first()}}{{lang}}{{/first()}}{{name}}{{/languages}}{{defaultHref}}{{notFound}}{{label}}{{href}}
      """
    library.register(try MustacheTemplate(string: probe), named: "probe")
    let names = Fixture.templates().map(\.stem) + ["probe"]
    for sample in Self.samples {
      for name in names {
        let reflected = library.render(sample, withTemplate: name)
        let answered = library.render(sample.node, withTemplate: name)
        #expect(answered == reflected, "\(type(of: sample)) with \(name)")
      }
    }
  }

  @Test func shapesAreWhatReflectionFinds() {
    for (name, shape) in TemplateSamples.shapes {
      let view: Any =
        switch name {
        case "layout": TemplateSamples.page
        case "cover": TemplateSamples.cover
        case "chooser": TemplateSamples.chooser
        case "not-found": TemplateSamples.words
        case "revisions": TemplateSamples.revisions
        default: TemplateSamples.chapter
        }
      #expect(Self.describe(shape) == Self.describe(Self.reflectedShape(view)), "\(name)")
    }
  }

  // MARK: Reflection, as swift-mustache does it

  /// What swift-mustache's reflection gives for `name` in `value`: the field, optionals unwrapped.
  static func reflected(_ value: Any, _ name: String) -> Any? {
    guard let field = Mirror(reflecting: value).children.first(where: { $0.label == name })?.value else { return nil }
    let mirror = Mirror(reflecting: field)
    guard mirror.displayStyle == .optional else { return field }
    return mirror.children.first?.value
  }

  /// Where `view`'s own answers differ from reflecting `reference`.
  static func mismatches(_ view: any TemplateView, _ reference: Any) -> [String] {
    let labels = Mirror(reflecting: reference).children.compactMap(\.label)
    let listed = type(of: view).fieldNames
    guard labels == listed else { return ["fields \(labels) listed as \(listed)"] }
    return labels.flatMap { label in
      mismatches(view.value(named: label), reflected(reference, label)).map { "\(label): \($0)" }
    }
  }

  /// Where one answer differs from the reflected field.
  static func mismatches(_ answer: Any?, _ field: Any?) -> [String] {
    switch (answer, field) {
    case (nil, nil): return []
    case (let node as TemplateNode, let string as String):
      guard let text = node.text else { return ["a view stands for the text \(string)"] }
      return text == string ? [] : ["\(text) ≠ \(string)"]
    case (let a as Bool, let b as Bool): return a == b ? [] : ["\(a) ≠ \(b)"]
    case (let node as TemplateNode, let view?):
      guard let answer = node.view else { return ["a text stands for \(view)"] }
      return mismatches(answer, view)
    case (let nodes as [TemplateNode], let views as [Any]):
      guard nodes.count == views.count else { return ["\(nodes.count) elements ≠ \(views.count)"] }
      return zip(nodes, views).flatMap { node, view in node.view.map { mismatches($0, view) } ?? ["a text in a list of views"] }
    default: return ["\(String(describing: answer)) stands for no \(String(describing: field))"]
    }
  }

  /// The shape reflection finds (as `TemplateShape` was built before views answered for
  /// themselves).
  static func reflectedShape(_ value: Any) -> TemplateShape {
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .optional, .collection, .set:
      return mirror.children.first.map { reflectedShape($0.value) }
        ?? TemplateShape(typeName: "\(type(of: value))", fields: [:], isOpen: true)
    case .struct, .class:
      var fields: [String: TemplateShape] = [:]
      for child in mirror.children {
        if let label = child.label { fields[label] = reflectedShape(child.value) }
      }
      return TemplateShape(typeName: "\(type(of: value))", fields: fields)
    default:
      return TemplateShape(typeName: "\(type(of: value))", fields: [:])
    }
  }

  /// A shape as text, fields sorted, to compare whole shapes.
  static func describe(_ shape: TemplateShape) -> String {
    let fields = shape.fields.keys.sorted().map { "\($0): \(describe(shape.fields[$0]!))" }
    return "\(shape.typeName)\(shape.isOpen ? "?" : "")(\(fields.joined(separator: ", ")))"
  }
}
