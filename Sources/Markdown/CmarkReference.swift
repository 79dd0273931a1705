import CCmark

/// libcmark's own HTML for `source`, with its default options (raw HTML and unsafe link
/// targets replaced, straight quotes): what `HTMLRenderer` is compared with in tests.
func cmarkReferenceHTML(_ source: String) -> String {
  var utf8 = Array(source.utf8)
  guard !utf8.isEmpty else { return "" }
  return utf8.withUnsafeMutableBufferPointer { buffer -> String in
    buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { bytes in
      guard let html = cmark_markdown_to_html(bytes, buffer.count, CMARK_OPT_DEFAULT) else { return "" }
      defer { cmark_get_default_mem_allocator().pointee.free(html) }
      return String(cString: html)
    }
  }
}
