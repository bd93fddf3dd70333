"""A static file server that behaves like a static host, for the benchmark.

GitHub Pages and most hosts gzip text, JavaScript, JSON, SVG and wasm on the
fly, send ETags and let browsers cache for ten minutes. Measuring against a
server that does not compress would overstate every byte figure, so this one
does what they do. It serves one folder at the root, nothing else.
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
    cache: dict  # path -> (etag, raw bytes, gzip bytes or None)
    protocol_version = "HTTP/1.1"

    def _file(self) -> Path | None:
        path = unquote(urlsplit(self.path).path)
        target = (self.root / path.lstrip("/")).resolve()
        if self.root not in (target, *target.parents):
            return None
        if target.is_dir():
            target = target / "index.html"
        return target if target.is_file() else None

    def _entry(self, target: Path):
        key = str(target)
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
        target = self._file()
        if target is None:
            payload = b"Niet gevonden"
            self.send_response(404)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if body:
                self.wfile.write(payload)
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

    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(root: Path, host: str = "127.0.0.1", port: int = 0):
    """Yield the base URL (ending in /) of `root` served like a static host."""
    handler = type("Handler", (StaticHandler,), {"root": Path(root).resolve(), "cache": {}})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
