import Foundation

/// Slice labels set in a column on each side of the pie, each at the height of its slice
/// where possible and pushed apart where not, so that no two labels ever overlap; a leader
/// line joins each label to its slice.
struct PieLabels {
  /// One slice's label.
  struct Entry {
    var lines: [String]
    /// Middle of the slice, radians clockwise from 12 o'clock.
    var angle: Double
    var right: Bool { sin(angle) >= 0 }
    var width: Double { TextMetrics.width(of: lines, fontSize: PieLabels.fontSize) }
    var height: Double { TextMetrics.height(lines: lines.count, fontSize: PieLabels.fontSize) }
    /// Where the label's middle ends up.
    var y = 0.0
  }

  static let fontSize = 12.0
  static let maxWidth = 180.0
  static let spacing = 3.0

  private(set) var entries: [Entry]
  private var cx = 0.0
  private var cy = 0.0
  let radius: Double

  init(pie: PieSlices, radius: Double) {
    self.radius = radius
    var start = 0.0
    entries = pie.slices.map { slice in
      let share = slice.value / pie.total
      let angle = start + share * Double.pi
      start += share * 2 * Double.pi
      let percent = ChartNumber.percent(share)
      let oneLine = "\(slice.label) \(percent)"
      let size = PieLabels.fontSize
      if let lines = TextMetrics.wrap(oneLine, maxWidth: PieLabels.maxWidth, fontSize: size, maxLines: 3) {
        return Entry(lines: lines, angle: angle)
      }
      let name =
        TextMetrics.wrap(slice.label, maxWidth: PieLabels.maxWidth, fontSize: size, maxLines: 3)
        ?? TextMetrics.greedyLines(slice.label, maxWidth: PieLabels.maxWidth, fontSize: size)
      return Entry(lines: name + [percent], angle: angle)
    }
  }

  /// The widest label on the left.
  var leftWidth: Double { entries.filter { !$0.right }.map(\.width).max() ?? 0 }
  /// The widest label on the right.
  var rightWidth: Double { entries.filter(\.right).map(\.width).max() ?? 0 }
  /// The lowest label's bottom edge.
  var bottom: Double { entries.map { $0.y + $0.height / 2 }.max() ?? 0 }

  /// The highest label's top edge.
  var top: Double { entries.map { $0.y - $0.height / 2 }.min() ?? 0 }

  /// Places the labels around a pie centred on (`cx`, `cy`), each as near its slice as the
  /// others allow; they may reach above or below the pie.
  mutating func place(cx: Double, cy: Double) {
    self.cx = cx
    self.cy = cy
    for side in [true, false] {
      let order = entries.indices.filter { entries[$0].right == side }.sorted {
        natural(entries[$0]) < natural(entries[$1])
      }
      let placed = Spread.apart(
        order.map { natural(entries[$0]) }, heights: order.map { entries[$0].height },
        spacing: PieLabels.spacing)
      for (index, y) in zip(order, placed) { entries[index].y = y }
    }
  }

  private func natural(_ entry: Entry) -> Double { cy - (radius + 18) * cos(entry.angle) }

  private func labelX(_ entry: Entry) -> Double {
    entry.right ? cx + radius + PieChart.labelGap : cx - radius - PieChart.labelGap
  }

  /// Writes the labels' text.
  func writeTexts(into svg: inout SVGMarkup) {
    for entry in entries {
      TextBlock(
        lines: entry.lines, x: labelX(entry),
        y: TextBlock.baseline(centering: entry.lines.count, fontSize: PieLabels.fontSize, on: entry.y),
        anchor: entry.right ? .start : .end, fontSize: PieLabels.fontSize, className: "label"
      ).write(into: &svg)
    }
  }

  /// Writes the leader lines: out from the slice, then across to the label.
  func writeLeaders(into svg: inout SVGMarkup) {
    for entry in entries {
      let (s, c) = (sin(entry.angle), cos(entry.angle))
      let edge = (x: cx + radius * s, y: cy - radius * c)
      let elbow = (x: cx + (radius + 10) * s, y: cy - (radius + 10) * c)
      let end = labelX(entry) + (entry.right ? -4 : 4)
      svg.begin("polyline")
      svg.attribute("class", "leader")
      svg.attribute("points", "\(edge.x),\(edge.y) \(elbow.x),\(elbow.y) \(end),\(entry.y)" as SVGValue)
      svg.attribute("fill", "none")
      svg.attribute("stroke", "currentColor")
      svg.attribute("stroke-opacity", "0.5")
      svg.attribute("stroke-width", "0.8")
      svg.end()
    }
  }
}
