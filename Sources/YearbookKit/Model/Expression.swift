/// An arithmetic expression over a row's columns, for derived columns:
/// numbers, column keys, `+ - * /`, unary minus and parentheses.
public indirect enum Expression: Sendable, Equatable {
  case number(Double)
  case column(String)
  case negate(Expression)
  case binary(Character, Expression, Expression)

  /// The column keys the expression reads.
  public var columns: [String] {
    switch self {
    case .number: return []
    case .column(let key): return [key]
    case .negate(let e): return e.columns
    case .binary(_, let a, let b): return a.columns + b.columns
    }
  }

  /// The value for a row, nil when a column it reads is empty or a division is by zero.
  public func evaluate(_ value: (String) -> Double?) -> Double? {
    switch self {
    case .number(let n): return n
    case .column(let key): return value(key)
    case .negate(let e): return e.evaluate(value).map { -$0 }
    case .binary(let op, let a, let b):
      guard let x = a.evaluate(value), let y = b.evaluate(value) else { return nil }
      switch op {
      case "+": return x + y
      case "-": return x - y
      case "*": return x * y
      default: return y == 0 ? nil : x / y
      }
    }
  }
}

extension Expression {
  /// Parses an expression; the error names the 1-based character position.
  public static func parse(_ text: String) -> Result<Expression, ExpressionError> {
    var parser = ExpressionParser(Array(text))
    do {
      let e = try parser.sum()
      parser.skipSpaces()
      if parser.position < parser.chars.count { throw ExpressionError(position: parser.position + 1, message: "unexpected '\(parser.chars[parser.position])'") }
      return .success(e)
    } catch let error as ExpressionError {
      return .failure(error)
    } catch {
      return .failure(ExpressionError(position: 1, message: "\(error)"))
    }
  }
}

/// Why an expression does not parse.
public struct ExpressionError: Error, Sendable, Equatable {
  /// 1-based character position.
  public var position: Int
  /// What is wrong.
  public var message: String
}

private struct ExpressionParser {
  let chars: [Character]
  var position = 0
  init(_ chars: [Character]) { self.chars = chars }

  mutating func skipSpaces() {
    while position < chars.count, chars[position] == " " { position += 1 }
  }

  mutating func peek() -> Character? {
    skipSpaces()
    return position < chars.count ? chars[position] : nil
  }

  mutating func sum() throws -> Expression {
    var left = try product()
    while let op = peek(), op == "+" || op == "-" {
      position += 1
      left = .binary(op, left, try product())
    }
    return left
  }

  mutating func product() throws -> Expression {
    var left = try factor()
    while let op = peek(), op == "*" || op == "/" {
      position += 1
      left = .binary(op, left, try factor())
    }
    return left
  }

  mutating func factor() throws -> Expression {
    guard let c = peek() else { throw ExpressionError(position: position + 1, message: "expression ends too early") }
    if c == "-" {
      position += 1
      return .negate(try factor())
    }
    if c == "(" {
      position += 1
      let inner = try sum()
      guard peek() == ")" else { throw ExpressionError(position: position + 1, message: "missing ')'") }
      position += 1
      return inner
    }
    let start = position
    if c.isNumber || c == "." {
      while position < chars.count, chars[position].isNumber || chars[position] == "." { position += 1 }
      guard let n = Double(String(chars[start..<position])) else { throw ExpressionError(position: start + 1, message: "bad number") }
      return .number(n)
    }
    if c.isLetter || c == "_" {
      while position < chars.count, chars[position].isLetter || chars[position].isNumber || chars[position] == "_" { position += 1 }
      return .column(String(chars[start..<position]))
    }
    throw ExpressionError(position: position + 1, message: "unexpected '\(c)'")
  }
}
