"""The one static file server: `make serve`, the tests and the benchmark.

It behaves like a static host. GitHub Pages and most hosts gzip text,
JavaScript, JSON, SVG and wasm on the fly, send ETags and let browsers cache
for ten minutes; measuring against a server that does not compress would
overstate every byte figure. It serves one folder under one path prefix
(`/` or a subpath such as `/gemeente/`, as on a shared host: anything outside
it is a 404, so every URL the site uses must be relative), it answers a
missing address under that path with the site's 404.html, as GitHub Pages
does, and it can keep a list of the paths it was asked for.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".wasm": "application/wasm",
    ".svg": "image/svg+xml",
    ".xml": "application/xml",
    ".txt": "text/plain; charset=utf-8",
    ".zip": "application/zip",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".ico": "image/x-icon",
    ".gz": "application/gzip",
    ".csv": "text/csv; charset=utf-8",
}
COMPRESSED_TYPES = ("text/", "application/javascript", "application/json", "application/wasm", "image/svg+xml", "application/xml")
CACHE_CONTROL = "max-age=600"  # what GitHub Pages sends


def content_type(path: Path) -> str:
    return TYPES.get(path.suffix.lower(), "application/octet-stream")


def compressible(mime: str) -> bool:
    return mime.startswith(COMPRESSED_TYPES)


class StaticHandler(BaseHTTPRequestHandler):
    root: Path
    prefix: str = "/"
    cache: dict  # (path, mtime, size) -> (etag, raw bytes, gzip bytes or None)
    seen: list  # every path asked for, in order
    protocol_version = "HTTP/1.1"

    def _file(self) -> Path | None:
        path = unquote(urlsplit(self.path).path)
        if not path.startswith(self.prefix):
            return None
        target = (self.root / path[len(self.prefix):].lstrip("/")).resolve()
        if self.root not in (target, *target.parents):
            return None
        if target.is_dir():
            target = target / "index.html"
        return target if target.is_file() else None

    def _entry(self, target: Path):
        """Cached by size and time, so a test that changes a file is served the change."""
        stat = target.stat()
        key = (str(target), stat.st_mtime_ns, stat.st_size)
        if key not in self.cache:
            raw = target.read_bytes()
            packed = gzip.compress(raw, compresslevel=6, mtime=0) if compressible(content_type(target)) else None
            self.cache[key] = ('"' + hashlib.sha1(raw).hexdigest()[:16] + '"', raw, packed)
        return self.cache[key]

    def do_HEAD(self):
        self._respond(body=False)

    def do_GET(self):
        self._respond(body=True)

    def _respond(self, body: bool):
        self.seen.append(self.path)
        target = self._file()
        if target is None:
            self._not_found(body)
            return
        etag, raw, packed = self._entry(target)
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Cache-Control", CACHE_CONTROL)
            self.end_headers()
            return
        use_gzip = packed is not None and "gzip" in (self.headers.get("Accept-Encoding") or "")
        payload = packed if use_gzip else raw
        self.send_response(200)
        self.send_header("Content-Type", content_type(target))
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("ETag", etag)
        self.send_header("Cache-Control", CACHE_CONTROL)
        if packed is not None:
            self.send_header("Vary", "Accept-Encoding")
        if use_gzip:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        if body:
            self.wfile.write(payload)

    def _not_found(self, body: bool):
        """As a static host does: the site's own 404.html for any missing
        address under the prefix, at any depth; plain text outside it."""
        page = self.root / "404.html"
        if unquote(urlsplit(self.path).path).startswith(self.prefix) and page.is_file():
            payload, mime = page.read_bytes(), content_type(page)
        else:
            payload, mime = b"Niet gevonden", "text/plain; charset=utf-8"
        self.send_response(404)
        self.send_header("Content-Type", mime)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if body:
            self.wfile.write(payload)

    def log_message(self, *args):
        pass


def _server(root: Path, host: str, port: int, prefix: str, seen: list | None) -> ThreadingHTTPServer:
    attributes = {"root": Path(root).resolve(), "prefix": prefix, "cache": {}, "seen": [] if seen is None else seen}
    server = ThreadingHTTPServer((host, port), type("Handler", (StaticHandler,), attributes))
    server.daemon_threads = True
    return server


@contextlib.contextmanager
def serve(root: Path, host: str = "127.0.0.1", port: int = 0, prefix: str = "/", seen: list | None = None):
    """Yield the base URL (ending in /) of `root` served like a static host
    at `prefix`, in a background thread; `seen` collects the paths asked for."""
    server = _server(root, host, port, prefix, seen)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()


def serve_forever(root: Path, host: str, port: int) -> None:
    """Serve `root` at `/` until Ctrl+C (for `make serve`)."""
    server = _server(root, host, port, "/", None)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
