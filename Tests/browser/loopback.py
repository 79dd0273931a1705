"""The built site served on 127.0.0.1 at an ephemeral port, from a background thread."""

import functools
import http.server
import threading


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    # Browsers keep revalidating; a fresh copy every time keeps runs independent of the cache.
    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, *args):
        pass


class LoopbackServer:
    """`with LoopbackServer(root) as server:` serves `root`; `server.url(path)` is a page's URL."""

    def __init__(self, root):
        handler = functools.partial(_QuietHandler, directory=root)
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
        return False

    @property
    def base(self):
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/"

    def url(self, path):
        return self.base + path
