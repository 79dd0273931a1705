import Foundation
import Hummingbird

/// Answers HTTP requests: the two live-reload endpoints, and files of the output folder as
/// `PathResolver` decides. GET and HEAD only; every answer says `nosniff`; pages are
/// revalidated on every load (`no-cache`) and answered `304` when their tag still matches.
struct PreviewResponder: HTTPResponder {
  typealias Context = BasicRequestContext

  /// Decides what a path maps to.
  let resolver: PathResolver
  /// The live-reload state and streams.
  let hub: EventHub
  /// The address the server is bound to, for `HostPolicy`.
  let boundHost: String

  func respond(to request: Request, context: Context) async throws -> Response {
    guard HostPolicy.allows(request.head.authority, boundTo: boundHost) else {
      return text(.forbidden, "yearbook serve answers only requests for localhost or 127.0.0.1.\n")
    }
    let target = request.head.path ?? ""
    let method = request.method.rawValue
    let isHead = request.method == .head
    let path = target.prefix { $0 != "?" }
    if path == LiveReloadClient.eventsPath || path == LiveReloadClient.statusPath {
      guard request.method == .get || isHead else { return methodNotAllowed() }
      return path == LiveReloadClient.statusPath ? await status(isHead) : await events(isHead)
    }
    switch resolver.resolve(method: method, target: target) {
    case .file(let real):
      return file(real, request: request, isHead: isHead)
    case .redirect(let location):
      var headers = common("text/plain; charset=utf-8")
      headers[.location] = location
      return Response(status: .found, headers: headers)
    case .notFound:
      return notFound(isHead)
    case .badRequest:
      return text(.badRequest, "Bad request: the path cannot be read.\n")
    case .methodNotAllowed:
      return methodNotAllowed()
    }
  }

  private func file(_ real: String, request: Request, isHead: Bool) -> Response {
    var info = stat()
    guard stat(real, &info) == 0 else { return notFound(isHead) }
    let tag = EntityTag.make(inode: UInt64(info.st_ino), size: Int64(info.st_size), modifiedNanoseconds: FileSnapshot.nanoseconds(info))
    var headers = common(ContentType.of(real))
    headers[.eTag] = tag
    headers[.cacheControl] = "no-cache"
    if let condition = request.headers[.ifNoneMatch], EntityTag.matches(condition, tag) {
      return Response(status: .notModified, headers: headers)
    }
    guard let data = FileManager.default.contents(atPath: real) else { return notFound(isHead) }
    return body(Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data))), isHead)
  }

  /// The site's 404 page, with `<base href="/">` so its relative links work at any depth; a
  /// page saying plainly that there is no good build yet, with the live-reload client, when
  /// the site has none (a first build failed).
  private func notFound(_ isHead: Bool) -> Response {
    var html =
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"yearbook-no-build\" content=\"\">"
      + "<title>No good build yet</title></head><body>"
      + "<p>There is no good build yet: the first build failed. Its errors are listed below and in the terminal;"
      + " this page shows the site as soon as they are fixed.</p>"
      + "<p lang=\"zh-Hans\">尚无成功的构建：首次构建即失败。错误列于下方及终端中，修正后本页即显示网站。</p>"
      + "<script>\(LiveReloadClient.script)</script></body></html>\n"
    if case .file(let real) = resolver.resolve(method: "GET", target: "/404.html"),
      let page = FileManager.default.contents(atPath: real).map({ String(decoding: $0, as: UTF8.self) })
    {
      html = page.replacingFirst("<head>", with: "<head>\n<base href=\"/\">")
    }
    var headers = common("text/html; charset=utf-8")
    headers[.cacheControl] = "no-cache"
    return body(Response(status: .notFound, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: html))), isHead)
  }

  private func status(_ isHead: Bool) async -> Response {
    var headers = common("application/json")
    headers[.cacheControl] = "no-store"
    return body(Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: await hub.status))), isHead)
  }

  /// A server-sent event stream that lasts until the page goes or the server stops.
  private func events(_ isHead: Bool) async -> Response {
    var headers = common("text/event-stream; charset=utf-8")
    headers[.cacheControl] = "no-store"
    if isHead { return Response(status: .ok, headers: headers) }
    let stream = await hub.subscribe()
    return Response(
      status: .ok, headers: headers,
      body: ResponseBody { writer in
        for await event in stream {
          try await writer.write(ByteBuffer(string: event.text))
        }
        try await writer.finish(nil)
      })
  }

  private func methodNotAllowed() -> Response {
    var response = text(.methodNotAllowed, "Only GET and HEAD are served.\n")
    response.headers[.allow] = "GET, HEAD"
    return response
  }

  private func text(_ status: HTTPResponse.Status, _ message: String) -> Response {
    Response(status: status, headers: common("text/plain; charset=utf-8"), body: ResponseBody(byteBuffer: ByteBuffer(string: message)))
  }

  private func body(_ response: Response, _ isHead: Bool) -> Response {
    isHead ? response.createHeadResponse() : response
  }

  private func common(_ type: String) -> HTTPFields {
    [.contentType: type, .xContentTypeOptions: "nosniff"]
  }
}

private extension String {
  func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = range(of: target) else { return self }
    return replacingCharacters(in: range, with: replacement)
  }
}
