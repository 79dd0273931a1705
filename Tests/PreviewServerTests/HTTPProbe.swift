import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A bare HTTP/1.1 client over a socket, for talking to the built `yearbook serve` in tests:
/// it sends exactly the bytes it is given (an unnormalised `..` included), which no URL
/// library would.
struct HTTPProbe {
  /// A parsed response.
  struct Reply {
    var status: Int
    var headers: [String: String]
    var body: [UInt8]
    var text: String { String(decoding: body, as: UTF8.self) }
  }

  enum Failure: Error { case connect, timeout, malformed }

  let port: Int

  /// Sends one request (`Connection: close`) and reads the whole response.
  func request(_ method: String = "GET", _ target: String, headers: [String: String] = [:]) throws -> Reply {
    let connection = try Connection(port: port)
    var head = "\(method) \(target) HTTP/1.1\r\nConnection: close\r\n"
    if headers["Host"] == nil { head += "Host: 127.0.0.1:\(port)\r\n" }
    for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
    try connection.send(head + "\r\n")
    var bytes: [UInt8] = []
    let deadline = ContinuousClock.now + .seconds(10)
    while let chunk = try connection.read(until: deadline) { bytes += chunk }
    guard let split = bytes.firstRange(of: Array("\r\n\r\n".utf8)) else { throw Failure.malformed }
    let lines = String(decoding: bytes[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
    guard let status = lines.first?.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { throw Failure.malformed }
    var fields: [String: String] = [:]
    for line in lines.dropFirst() {
      guard let colon = line.firstIndex(of: ":") else { continue }
      fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    var body = Array(bytes[split.upperBound...])
    if fields["transfer-encoding"] == "chunked" {
      var decoder = ChunkDecoder()
      body = decoder.feed(body)
    }
    return Reply(status: status, headers: fields, body: body)
  }

  /// Opens the event stream and returns a reader of its events.
  func events() throws -> EventReader {
    let connection = try Connection(port: port)
    try connection.send("GET /__yearbook/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n")
    return EventReader(connection: connection)
  }
}

/// Reads server-sent events from an open stream.
final class EventReader {
  /// One event: its name and data.
  struct Event {
    var name: String
    var data: String
  }

  private let connection: Connection
  private var raw: [UInt8] = []
  private var headerDone = false
  private var decoder = ChunkDecoder()
  private var text = ""

  init(connection: Connection) {
    self.connection = connection
  }

  /// The next event (comments skipped) within `timeout`.
  func next(within timeout: Duration) throws -> Event {
    let deadline = ContinuousClock.now + timeout
    while true {
      if let event = takeEvent() { return event }
      guard let chunk = try connection.read(until: deadline) else { throw HTTPProbe.Failure.timeout }
      raw += chunk
      if !headerDone, let split = raw.firstRange(of: Array("\r\n\r\n".utf8)) {
        headerDone = true
        raw = Array(raw[split.upperBound...])
      }
      if headerDone {
        text += String(decoding: decoder.feed(raw), as: UTF8.self)
        raw = []
      }
    }
  }

  private func takeEvent() -> Event? {
    while let end = text.range(of: "\n\n") {
      let block = text[..<end.lowerBound]
      text = String(text[end.upperBound...])
      var event: Event?
      for line in block.split(separator: "\n") {
        if line.hasPrefix("event: ") { event = Event(name: String(line.dropFirst(7)), data: event?.data ?? "") }
        if line.hasPrefix("data: ") { event = Event(name: event?.name ?? "message", data: String(line.dropFirst(6))) }
      }
      // Blocks with neither (a `: ping` comment, a lone `retry:`) are not events.
      if let event { return event }
    }
    return nil
  }
}

/// Decodes `Transfer-Encoding: chunked` bodies fed in pieces.
struct ChunkDecoder {
  private var pending: [UInt8] = []

  /// The body bytes that `bytes` completes.
  mutating func feed(_ bytes: [UInt8]) -> [UInt8] {
    pending += bytes
    var output: [UInt8] = []
    while let lineEnd = pending.firstRange(of: Array("\r\n".utf8)) {
      let sizeText = String(decoding: pending[..<lineEnd.lowerBound], as: UTF8.self).split(separator: ";").first ?? ""
      guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else { break }
      let start = lineEnd.upperBound
      guard pending.count >= start + size + 2 else { break }
      output += pending[start..<(start + size)]
      pending = Array(pending[(start + size + 2)...])
      if size == 0 { break }
    }
    return output
  }
}

/// A TCP connection to 127.0.0.1.
final class Connection {
  private let descriptor: Int32

  init(port: Int) throws {
    #if canImport(Glibc)
      descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      descriptor = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard descriptor >= 0, connected == 0 else {
      close(descriptor)
      throw HTTPProbe.Failure.connect
    }
  }

  deinit { close(descriptor) }

  func send(_ text: String) throws {
    let bytes = Array(text.utf8)
    var sent = 0
    while sent < bytes.count {
      let n = bytes[sent...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      guard n > 0 else { throw HTTPProbe.Failure.connect }
      sent += n
    }
  }

  /// The next bytes, nil at the end of the stream; throws when `deadline` passes first.
  func read(until deadline: ContinuousClock.Instant) throws -> [UInt8]? {
    var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    let left = deadline - ContinuousClock.now
    let ms = max(0, Int32(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000))
    guard poll(&poller, 1, ms) > 0 else { throw HTTPProbe.Failure.timeout }
    var buffer = [UInt8](repeating: 0, count: 65536)
    let n = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
    guard n > 0 else { return nil }
    return Array(buffer[..<n])
  }
}
