/// Which `Host` headers a preview bound to loopback answers. A page on another site can point
/// its own name at 127.0.0.1 (DNS rebinding) and then read the preview as same-origin; its
/// requests carry that foreign name, so a loopback-bound server refuses any name but a
/// loopback one. Bound to another address on purpose, it answers every name.
enum HostPolicy {
  /// True for `localhost`, `*.localhost`, 127.0.0.0/8 and `::1`.
  static func isLoopback(_ host: String) -> Bool {
    let name = host.lowercased()
    if name == "localhost" || name.hasSuffix(".localhost") || name == "::1" || name == "[::1]" { return true }
    let parts = name.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
  }

  /// True when a request with this `Host` header may be answered by a server bound to `bound`.
  /// No header at all (HTTP/1.0) is allowed: browsers always send one.
  static func allows(_ hostHeader: String?, boundTo bound: String) -> Bool {
    guard isLoopback(bound), let header = hostHeader else { return true }
    return isLoopback(hostName(header))
  }

  /// The name in a `Host` header, without its port: `[::1]:8000` → `::1`.
  static func hostName(_ header: String) -> String {
    if header.hasPrefix("["), let close = header.firstIndex(of: "]") {
      return String(header[header.index(after: header.startIndex)..<close])
    }
    return String(header.prefix { $0 != ":" })
  }
}
