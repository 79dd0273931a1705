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
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var records: [CSVRecord] = []
    var fields: [CSVField] = []
    var field = String.UnicodeScalarView()
    var line = 1
    var column = 1
    var fieldLine = 1
    var fieldColumn = 1
    var recordLine = 1
    var i = 0
    var quoted = false
    var afterQuote = false
    var quoteLine = 0
    var quoteColumn = 0

    func endField() {
      fields.append(CSVField(text: String(field), line: fieldLine, column: fieldColumn))
      field = String.UnicodeScalarView()
    }

    while i < scalars.count {
      let c = scalars[i]
      if quoted {
        if c == "\"" {
          if i + 1 < scalars.count && scalars[i + 1] == "\"" {
            field.append("\"")
            i += 2
            column += 2
            continue
          }
          quoted = false
          afterQuote = true
        } else if c == "\n" {
          field.append(c)
          line += 1
          column = 0
        } else if c != "\r" {
          field.append(c)
        }
        i += 1
        column += 1
        continue
      }
      switch c {
      case ",":
        endField()
        afterQuote = false
        fieldLine = line
        fieldColumn = column + 1
      case "\r", "\n":
        if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
        if !(fields.isEmpty && field.isEmpty && !afterQuote) {
          endField()
          records.append(CSVRecord(fields: fields, line: recordLine))
        }
        fields = []
        afterQuote = false
        line += 1
        column = 0
        recordLine = line
        fieldLine = line
        fieldColumn = 1
      case "\"":
        if !field.isEmpty || afterQuote {
          return .failure(Problem(line: line, column: column, message: "a quote inside an unquoted field; quote the whole field and double the quote"))
        }
        quoted = true
        quoteLine = line
        quoteColumn = column
      default:
        if afterQuote {
          return .failure(Problem(line: line, column: column, message: "text after the closing quote of a field"))
        }
        field.append(c)
      }
      i += 1
      column += 1
    }
    if quoted {
      return .failure(Problem(line: quoteLine, column: quoteColumn, message: "unterminated quoted field"))
    }
    if !fields.isEmpty || !field.isEmpty || afterQuote {
      endField()
      records.append(CSVRecord(fields: fields, line: recordLine))
    }
    return .success(records)
  }
}
