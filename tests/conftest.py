"""Shared fixtures: the project root, the example content, one built site per
test session, that site served under a subpath, and one Chromium.

The site is served under /gemeente/ so every URL it uses must be relative;
anything outside that prefix is a 404, as on a shared host.
"""

from __future__ import annotations

import contextlib
import mimetypes
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def example(root):
    """The example content of Gemeente Voorbeeld, loaded and validated."""
    from inspiratiebox.content.load import load_content

    content, problems = load_content(root / "content", root / "docs")
    assert content is not None, problems
    return content


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The example site, built once with `mkdocs build --strict` semantics."""
    from inspiratiebox.cli import main

    site = tmp_path_factory.mktemp("build") / "site"
    assert main(["build", "--site-dir", str(site)]) == 0
    return site


PREFIX = "/gemeente/"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TYPES = {
    ".wasm": "application/wasm",
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".json": "application/json",
    ".zip": "application/zip",
    ".css": "text/css",
    ".html": "text/html; charset=utf-8",
    ".svg": "image/svg+xml",
}


class _Handler(SimpleHTTPRequestHandler):
    """Serves `site_dir` at PREFIX only; logs each path it was asked for."""

    site_dir: Path
    seen: list

    def translate_path(self, path):
        path = unquote(urlsplit(path).path)
        if not path.startswith(PREFIX):
            return ""
        target = (self.site_dir / path[len(PREFIX):]).resolve()
        if self.site_dir not in (target, *target.parents):
            return ""
        return str(target)

    def send_head(self):
        self.seen.append(self.path)
        if not self.translate_path(self.path):
            self.send_error(404)
            return None
        return super().send_head()

    def guess_type(self, path):
        return TYPES.get(Path(str(path)).suffix, mimetypes.guess_type(str(path))[0] or "application/octet-stream")

    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(site_dir: Path):
    handler = type("Handler", (_Handler,), {"site_dir": Path(site_dir).resolve(), "seen": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{PREFIX}", handler.seen
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_url(built_site):
    with serve(built_site) as (url, _seen):
        yield url


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists() or not shutil.which(CHROMIUM):
        pytest.skip("Chromium ontbreekt: voer make chromium uit")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
