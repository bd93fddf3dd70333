"""Every built page passes axe (WCAG 2.0-2.2 A and AA) at 1280 and 320 px wide,
and none scrolls sideways at 320 px (WCAG 1.4.10 Reflow).

Each page is visited once per width; the tests below read what that visit saw.
"""

from __future__ import annotations

import pytest

from .audit import WIDTHS, overflow, styled, violations
from .exceptions import ACCEPTED


def _pages(site) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def _url(site_url: str, root_url: str, path: str) -> str:
    if path == "404.html":
        return root_url + path
    return site_url + (path[: -len("index.html")] if path.endswith("index.html") else path)


@pytest.fixture(scope="module")
def visits(browser, built_site, site_url, root_url):
    """{width: {page: (axe findings, px too wide, styled)}} for every built page."""
    seen = {}
    for width in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": 900}, service_workers="block")
        page = context.new_page()
        seen[width] = {}
        for path in _pages(built_site):
            page.goto(_url(site_url, root_url, path))
            seen[width][path] = (violations(page, path), overflow(page), styled(page))
        context.close()
    return seen


def test_every_built_page_is_visited(visits, built_site):
    pages = _pages(built_site)
    assert "index.html" in pages and "vrijwilligerswijzer/index.html" in pages and "404.html" in pages
    assert "hulpmiddelen/draagkracht/index.html" in pages  # the staff page with the capacity table
    for width in WIDTHS:
        assert sorted(visits[width]) == pages


def test_every_page_is_styled(visits):
    assert all(visits[w] for w in WIDTHS)  # pages were visited at every width
    unstyled = [f"{p} @ {w}px" for w in WIDTHS for p, (_, _, ok) in visits[w].items() if not ok]
    assert unstyled == [], "stylesheets did not load (relative URLs broken?):\n" + "\n".join(unstyled)


@pytest.mark.parametrize("width", WIDTHS)
def test_no_axe_violations_on_any_page(visits, width):
    assert visits[width]  # pages were visited at this width
    found = [line for findings, _, _ in visits[width].values() for line in findings]
    assert found == [], f"{len(found)} axe finding(s) at {width}px:\n" + "\n".join(found)


def test_no_page_scrolls_sideways_at_320px(visits):
    assert visits[320]  # pages were visited at this width
    wide = {p: px for p, (_, px, _) in visits[320].items() if px > 0}
    assert wide == {}, f"pages wider than 320px (px too wide): {wide}"


def test_every_exception_is_reviewed_and_explained():
    for entry in ACCEPTED:
        assert entry.rule and entry.pages and entry.reviewed, entry
        assert len(entry.reason) >= 20, f"give a real reason for {entry}"
