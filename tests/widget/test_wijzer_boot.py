"""The wijzer page starts its worker from <head> (widget/web/boot.js, inlined
by the build), right after the Content-Security-Policy and before anything
that could delay it; other pages never start Pyodide."""

from __future__ import annotations

import re
from urllib.parse import urljoin

WIJZER_PAGE = "vrijwilligerswijzer/index.html"
BOOT = re.compile(r'<script data-worker="([^"]+)">(.*?)</script>', re.S)


def test_the_wijzer_page_starts_the_worker_first_thing(built_site):
    html = (built_site / WIJZER_PAGE).read_text(encoding="utf-8")
    head = html[: html.index("</head>")]
    found = BOOT.search(head)
    assert found, "the inline start script is missing from <head>"
    before = head[: found.start()]
    assert "Content-Security-Policy" in before
    assert "<script" not in before and "<link" not in before, "nothing may load before the worker starts"
    worker = urljoin("https://example.org/gemeente/vrijwilligerswijzer/", found.group(1))
    assert worker == "https://example.org/gemeente/assets/wijzer/worker.js"
    assert (built_site / "assets" / "wijzer" / "worker.js").is_file()
    assert "new Worker(" in found.group(2) and "//" not in found.group(2).split("\n", 1)[0]


def test_no_other_page_starts_the_worker(built_site):
    pages = [p for p in built_site.rglob("*.html") if p.relative_to(built_site).as_posix() != WIJZER_PAGE]
    assert len(pages) > 10
    assert [p for p in pages if 'data-worker="' in p.read_text(encoding="utf-8")] == []
    assert not (built_site / "assets" / "wijzer" / "boot.js").exists(), "boot.js is inlined, not shipped"
