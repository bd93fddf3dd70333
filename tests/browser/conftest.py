"""Browser fixtures: the built site behind a subpath, and Debian's Chromium.

The site is served under /gemeente/ so every URL the widget uses must be
relative; anything outside that prefix is a 404, as on a shared host. Every
request the browser makes is recorded, so a test can prove the page talked
to nobody else.
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


class Recorder:
    """Every URL the browser context asked for, workers included."""

    def __init__(self):
        self.urls: list[str] = []

    def __call__(self, request):
        self.urls.append(request.url)

    def foreign(self, base: str) -> list[str]:
        origin = "{0.scheme}://{0.netloc}/".format(urlsplit(base))
        return [u for u in self.urls if not u.startswith(origin) and not u.startswith(("data:", "blob:", "about:"))]


@pytest.fixture
def requests_seen():
    return Recorder()


def _new_context(browser, recorder, **options):
    context = browser.new_context(service_workers="block", **options)
    context.on("request", recorder)
    return context


@pytest.fixture
def context(browser, requests_seen):
    context = _new_context(browser, requests_seen, viewport={"width": 1200, "height": 900})
    yield context
    context.close()


@pytest.fixture
def new_context(browser, requests_seen):
    """For tests that need their own viewport or scripting settings."""
    made = []

    def make(**options):
        made.append(_new_context(browser, requests_seen, **options))
        return made[-1]

    yield make
    for context in made:
        context.close()


@pytest.fixture(scope="session")
def example(root):
    from inspiratiebox.load import load_content

    content, problems = load_content(root / "content", root / "docs")
    assert content is not None, problems
    return content


@pytest.fixture(scope="session")
def example_loket(example):
    return example.gemeente["loket"]


@pytest.fixture(scope="session")
def example_titles(example):
    import datetime as dt

    today = dt.date.today()
    return [v["titel"] for _, v in example.vacatures() if v["geldig_tot"] >= today]
