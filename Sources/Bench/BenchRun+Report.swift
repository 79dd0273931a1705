/// The results as Markdown tables, with the targets that can be judged from this run (the
/// comparison with Hugo is `scripts/bench-hugo.py`).
extension BenchRun {
  mutating func report(_ measured: [Measured]) {
    say("### Full build")
    say()
    var scaling = MarkdownTable([
      "report", "chapters ×2 languages", "tables / charts placed (per language)", "input files", "output files", "output MiB",
      "in-process read→publish ms", "whole process ms", "peak RSS MiB", "ms per chapter page",
    ])
    for m in measured {
      let pages = max(1, 2 * m.chapters)
      scaling.add([
        m.name, "\(m.chapters)", "\(m.placed.tables) / \(m.placed.charts)", "\(m.inputFiles)", "\(m.stages.files)",
        MarkdownTable.format1(Double(m.stages.bytes) / 1_048_576), MarkdownTable.ms(m.stages.total.median),
        MarkdownTable.ms(m.process.sample.median) + (m.process.failures > 0 ? " (\(m.process.failures) failed)" : ""),
        MarkdownTable.mib(m.process.maxRSS), MarkdownTable.format2(m.process.sample.median / Double(pages)),
      ])
    }
    say(scaling.text)
    for m in measured where !m.stages.diagnostics.isEmpty {
      let errors = m.stages.diagnostics.filter { $0.severity == .error }.count
      let first = m.stages.diagnostics.first { $0.severity == .error } ?? m.stages.diagnostics[0]
      say("Findings in \(m.name): \(errors) errors, \(m.stages.diagnostics.count - errors) warnings or notes (first: `\(first)`).")
      say()
    }

    say("### Stages (in process, median ms)")
    say()
    var stages = MarkdownTable(["stage"] + measured.map(\.name))
    for (i, stage) in (measured.first?.stages.stages ?? []).enumerated() {
      stages.add([stage.name.hasPrefix("  ") ? "  ↳ " + stage.name.dropFirst(2) : stage.name] + measured.map { MarkdownTable.ms($0.stages.stages[i].sample.median) })
    }
    stages.add(["**read → build → publish, in one go**"] + measured.map { "**" + MarkdownTable.ms($0.stages.total.median) + "**" })
    say(stages.text)

    say("### Incremental rebuild after one edit (read + IncrementalBuilder.build + Publisher.update, median ms)")
    say()
    var incremental = MarkdownTable(["report", "edit", "pages remade", "files written", "read", "build", "update", "total"])
    for m in measured {
      for inc in m.incremental {
        let name = inc.edit.split(separator: "/").suffix(2).joined(separator: "/")
        incremental.add([
          m.name, name + (inc.errors > 0 ? " (\(inc.errors) errors!)" : ""), "\(inc.made)", "\(inc.written)", MarkdownTable.ms(inc.read.median),
          MarkdownTable.ms(inc.build.median), MarkdownTable.ms(inc.update.median), MarkdownTable.ms(inc.total.median),
        ])
      }
    }
    say(incremental.text)

    say("### Targets judged here")
    say()
    var targets = MarkdownTable(["target", "measured", "met"])
    if let real = measured.first {
      let ms = real.process.sample.median
      targets.add(["real report, full build, whole process < 50 ms", MarkdownTable.ms(ms) + " ms", ms < 50 ? "yes" : "no"])
      for inc in real.incremental {
        let name = inc.edit.split(separator: "/").last.map(String.init) ?? inc.edit
        let total = inc.total.median
        targets.add(["real report, rebuild after editing \(name) < 10 ms", MarkdownTable.ms(total) + " ms", total < 10 ? "yes" : "no"])
      }
    }
    if let hundred = measured.first(where: { $0.name == "synthetic 100" }), let thousand = measured.first(where: { $0.name == "synthetic 1000" }) {
      let ratio = thousand.process.sample.median / hundred.process.sample.median
      targets.add(["1000 chapters ≤ 12 × 100 chapters (whole process)", "\(MarkdownTable.format1(ratio)) ×", ratio <= 12 ? "yes" : "no"])
    }
    say(targets.text)
  }
}
