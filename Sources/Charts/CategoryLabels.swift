/// Labels under the bands of a vertical chart. They are set flat on one line when they fit
/// their band, else wrapped onto two (or, for Chinese, up to four short) lines, else turned
/// 45° or 90° — whichever first keeps every label clear of its neighbours.
struct CategoryLabels {
  /// The labels' lines, one array per category.
  let lines: [[String]]
  let fontSize: Double
  /// 0 (flat), -45 or -90 degrees.
  let rotation: Double
  /// The width of each label's widest line: layouts ask for them again and again.
  private let widths: [Double]

  static let gap = 6.0
  /// Turned labels longer than this go on two lines when the bands leave room.
  static let splitWidth = 84.0
  private static let sin45 = 0.7071

  /// Lays out `labels` for bands `bandWidth` wide. A compact (phone) chart keeps its
  /// labels at 11 or 12 and on at most two lines before it turns them.
  init(labels: [BreakableText], bandWidth: Double, compact: Bool = false) {
    let room = bandWidth - 4
    for fontSize in compact ? [12.0, 11] : [12.0, 11, 10] {
      for maxLines in compact ? [1, 2] : [1, 2, 4] {
        var wrapped: [[String]] = []
        wrapped.reserveCapacity(labels.count)
        for label in labels {
          guard let lines = label.wrapped(maxWidth: room, fontSize: fontSize, maxLines: maxLines)
          else { break }
          wrapped.append(lines)
        }
        if wrapped.count == labels.count {
          self.init(lines: wrapped, fontSize: fontSize, rotation: 0)
          return
        }
      }
    }
    let single = labels.map { [$0.text] }
    let size = 12.0
    let across = bandWidth * CategoryLabels.sin45
    if across >= size * (1.1 + TextMetrics.lineHeight) {
      let split = labels.map {
        $0.width(fontSize: size) > CategoryLabels.splitWidth ? $0.balancedSplit(fontSize: size) : [$0.text]
      }
      self.init(lines: split, fontSize: size, rotation: -45)
    } else if across >= size * 1.15 {
      self.init(lines: single, fontSize: size, rotation: -45)
    } else {
      let smallest = compact ? 11.0 : 7
      self.init(lines: single, fontSize: max(smallest, min(12, bandWidth / 1.15)), rotation: -90)
    }
  }

  private init(lines: [[String]], fontSize: Double, rotation: Double) {
    self.lines = lines
    self.fontSize = fontSize
    self.rotation = rotation
    self.widths = lines.map { TextMetrics.width(of: $0, fontSize: fontSize) }
  }

  /// True when the labels lie flat (not turned).
  var isFlat: Bool { rotation == 0 }

  private var widest: Double { widths.max() ?? 0 }
  private var mostLines: Int { lines.map(\.count).max() ?? 1 }
  private var lineStep: Double { fontSize * TextMetrics.lineHeight }

  /// The vertical space the labels take below the axis, gap included.
  var height: Double {
    switch rotation {
    case 0:
      return CategoryLabels.gap + TextMetrics.height(lines: mostLines, fontSize: fontSize)
    case -45:
      let extra = Double(mostLines - 1) * lineStep
      return CategoryLabels.gap + (widest + fontSize + extra) * CategoryLabels.sin45 + 2
    default:
      return CategoryLabels.gap + widest + 2
    }
  }

  /// How far left of `center` label `index` reaches.
  func leftReach(_ index: Int) -> Double {
    let width = widths[index]
    switch rotation {
    case 0: return width / 2
    case -45:
      let extra = Double(lines[index].count - 1) * lineStep
      return (width + fontSize * 0.35 + extra) * CategoryLabels.sin45
    default: return fontSize * 0.7
    }
  }

  /// How far right of `center` label `index` reaches.
  func rightReach(_ index: Int) -> Double {
    switch rotation {
    case 0: return widths[index] / 2
    default: return fontSize * 0.5
    }
  }

  /// The label blocks, centred on `centers`, hanging from `top`.
  func blocks(centers: [Double], top: Double) -> [TextBlock] {
    zip(lines, centers).map { lines, center in
      switch rotation {
      case 0:
        return TextBlock(
          lines: lines, x: center, y: top + CategoryLabels.gap + fontSize * 0.85, anchor: .middle,
          fontSize: fontSize, className: "label")
      case -45:
        // Centre a block of several lines on the tick by moving its end up-left across the
        // lines and back down-left along them, so its first line stays clear of the axis.
        let lift = Double(lines.count - 1) * lineStep / 2
        let down = fontSize * 0.35 * CategoryLabels.sin45
        return TextBlock(
          lines: lines, x: center + down - 2 * lift * CategoryLabels.sin45,
          y: top + CategoryLabels.gap + down, anchor: .end,
          fontSize: fontSize, className: "label", rotation: -45)
      default:
        return TextBlock(
          lines: lines, x: center + fontSize * 0.35, y: top + CategoryLabels.gap, anchor: .end,
          fontSize: fontSize, className: "label", rotation: -90)
      }
    }
  }
}
