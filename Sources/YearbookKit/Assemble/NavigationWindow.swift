/// Which chapters a page's navigation lists. Up to `fullListLimit` chapters per language,
/// all of them. Beyond that the list would make every page as long as the report (and the
/// whole site grow with the square of its chapters), so a page lists the first and last
/// chapters and the `radius` chapters either side of its own, with a gap mark where chapters
/// are left out; the cover lists them all.
enum NavigationWindow {
  /// One line of the navigation.
  enum Entry: Equatable {
    /// The chapter at this index of the language's published chapters.
    case chapter(Int)
    /// Chapters left out here.
    case gap
  }

  static let fullListLimit = 24
  static let radius = 4

  /// The navigation of a page among `count` chapters; `current` is the page's own chapter
  /// index, nil for the cover and other pages (which show the start of the list).
  static func entries(count: Int, current: Int?) -> [Entry] {
    guard count > fullListLimit else { return (0..<count).map(Entry.chapter) }
    let at = current ?? 0
    let low = max(1, at - radius)
    let high = min(count - 2, at + radius)
    var entries: [Entry] = [.chapter(0)]
    if low > 1 { entries.append(.gap) }
    if low <= high { entries += (low...high).map(Entry.chapter) }
    if high < count - 2 { entries.append(.gap) }
    entries.append(.chapter(count - 1))
    return entries
  }
}
