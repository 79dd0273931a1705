extension HTMLBuffer {
  /// The paragraph that ends a table's notes and a figure's data: a link to the table's CSV,
  /// copied to `data/` beside the pages.
  mutating func appendDownloadLink(table id: String, rootPath: String, words: Words) {
    append("<p><a class=\"download\" href=\"")
    append(rootPath)
    append("data/")
    appendEscaped(id)
    append(".csv\" download>")
    appendEscaped(words.downloadCSV)
    append("</a></p>\n")
  }
}
