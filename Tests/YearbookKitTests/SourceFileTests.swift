import Testing

@testable import YearbookKit

/// `SourceFile.stem`, cut on bytes for an ASCII path, by characters otherwise.
@Suite struct SourceFileTests {
  @Test func theStemIsTheNameWithoutItsLastExtension() {
    let stems = [
      "Content/data/appendix-02.csv": "appendix-02", "Content/chapters/overview.zh.md": "overview.zh", "noext": "noext",
      "dir/.hidden": "", "a.b/c": "c", "trailing/slash/": "slash", "slash.md//": "slash", "///": "///", "": "",
      "/abs.yaml": "abs", "Content/data/表.yaml": "表", "中文/文件.md": "文件",
    ]
    for (path, stem) in stems {
      #expect(SourceFile(path: path, text: "").stem == stem, "\(path)")
    }
  }
}
