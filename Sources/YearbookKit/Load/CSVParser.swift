/// One CSV field with where it starts in the file.
struct CSVField: Sendable, Equatable {
  var text: String
  var line: Int
  var column: Int
}

/// One CSV record: its fields and the line it starts on.
struct CSVRecord: Sendable, Equatable {
  var fields: [CSVField]
  var line: Int
}

/// An RFC 4180 reader that keeps the line and column of every field, so that every finding
/// can point at its cell. We own it because CSV.swift reports neither cell positions nor
/// where an unterminated quote began. Accepts a UTF-8 BOM, CRLF line ends and blank lines.
enum CSVParser {
  /// A syntax problem, at a 1-based line and column.
  struct Problem: Error, Sendable, Equatable {
    var line: Int
    var column: Int
    var message: String
  }

  /// Parses `text` into records, skipping blank lines; stops at the first syntax problem.
  static func parse(_ text: String) -> Result<[CSVRecord], Problem> {
    var text = text
    return text.withUTF8 { parse(utf8: $0) }
  }

  /// Reads UTF-8 bytes: every byte that delimits (quote, comma, CR, LF) is ASCII, so fields
  /// are cut between whole scalars. An unquoted field is copied from the text in one piece;
  /// a quoted one is gathered in a buffer (its doubled quotes made single, its CRs dropped).
  /// A column counts scalars, so it skips UTF-8 continuation bytes.
  private static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Result<[CSVRecord], Problem> {
    let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
    var records: [CSVRecord] = []
    var fields: [CSVField] = []
    var quotedText: [UInt8] = []
    var line = 1
    var column = 1
    var fieldLine = 1
    var fieldColumn = 1
    var recordLine = 1
    var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0  // a byte-order mark
    var unquotedStart = i  // where the current field starts, when it is not quoted
    var quoted = false
    var afterQuote = false  // the current field was quoted and is closed
    var quoteLine = 0
    var quoteColumn = 0

    /// True while the current unquoted field has no text (always true of a quoted one, whose
    /// text only counts once `afterQuote`).
    func isUnquotedEmpty() -> Bool { unquotedStart == i }
    func endField() {
      let text: String
      if afterQuote {
        text = String(decoding: quotedText, as: UTF8.self)
        quotedText.removeAll(keepingCapacity: true)
      } else {
        text = String(decoding: UnsafeBufferPointer(rebasing: bytes[unquotedStart..<i]), as: UTF8.self)
      }
      fields.append(CSVField(text: text, line: fieldLine, column: fieldColumn))
    }
    /// One more scalar on the line, unless `byte` continues the scalar before it.
    func advance(past byte: UInt8) {
      i += 1
      if byte & 0xC0 != 0x80 { column += 1 }
    }

    while i < bytes.count {
      let c = bytes[i]
      if quoted {
        if c == quote {
          if i + 1 < bytes.count && bytes[i + 1] == quote {
            quotedText.append(quote)
            i += 2
            column += 2
            continue
          }
          quoted = false
          afterQuote = true
        } else if c == lf {
          quotedText.append(c)
          line += 1
          column = 0
        } else if c != cr {
          quotedText.append(c)
        }
        advance(past: c)
        continue
      }
      switch c {
      case comma:
        endField()
        afterQuote = false
        fieldLine = line
        fieldColumn = column + 1
        advance(past: c)
        unquotedStart = i
        continue
      case cr, lf:
        if !(fields.isEmpty && isUnquotedEmpty() && !afterQuote) {
          endField()
          records.append(CSVRecord(fields: fields, line: recordLine))
          // The next record likely has as many fields.
          let count = fields.count
          fields = []
          fields.reserveCapacity(count)
        }
        if c == cr, i + 1 < bytes.count, bytes[i + 1] == lf { i += 1 }
        afterQuote = false
        line += 1
        column = 0
        recordLine = line
        fieldLine = line
        fieldColumn = 1
        advance(past: c)
        unquotedStart = i
        continue
      case quote:
        if !isUnquotedEmpty() || afterQuote {
          return .failure(Problem(line: line, column: column, message: "a quote inside an unquoted field; quote the whole field and double the quote"))
        }
        quoted = true
        quoteLine = line
        quoteColumn = column
      default:
        if afterQuote {
          return .failure(Problem(line: line, column: column, message: "text after the closing quote of a field"))
        }
        // The rest of the unquoted field, up to the next byte that delimits, in one tight loop
        // on locals (most of a table's bytes are here).
        var j = i + 1
        var scalars = column + 1
        while j < bytes.count {
          let b = bytes[j]
          if b == comma || b == quote || b == cr || b == lf { break }
          if b & 0xC0 != 0x80 { scalars += 1 }
          j += 1
        }
        i = j
        column = scalars
        continue
      }
      advance(past: c)
    }
    if quoted {
      return .failure(Problem(line: quoteLine, column: quoteColumn, message: "unterminated quoted field"))
    }
    if !fields.isEmpty || !isUnquotedEmpty() || afterQuote {
      endField()
      records.append(CSVRecord(fields: fields, line: recordLine))
    }
    return .success(records)
  }
}
