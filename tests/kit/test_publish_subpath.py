"""The site works under a subpath, as on GitHub project pages (/<repo>/):
every internal link and resource of every built page resolves to a file of
the site, served under /gemeente/ by the shared test server."""

from __future__ import annotations

import sys
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "site"))
import htmlscan  # noqa: E402

SKIPPED_SCHEMES = {"mailto", "tel", "http", "https", "data", "javascript"}


def page_url(site_url: str, site: Path, path: Path) -> str:
    relative = path.relative_to(site).as_posix()
    return site_url + (relative[: -len("index.html")] if relative.endswith("index.html") else relative)


def target_file(site: Path, site_url: str, url: str) -> Path | None:
    path = unquote(urlsplit(url).path)
    prefix = urlsplit(site_url).path
    if not path.startswith(prefix):
        return None
    target = site / path[len(prefix):]
    return target / "index.html" if path.endswith("/") or target.is_dir() else target


def internal_urls(page: htmlscan.Page):
    for element in page.elements:
        for attribute in ("href", "src", "srcset", "action", "poster", "data"):
            value = element.attrs.get(attribute)
            if not value:
                continue
            for url in htmlscan.srcset_urls(value) if attribute == "srcset" else [value]:
                if url.startswith("#") or htmlscan.normalised_scheme(url) in SKIPPED_SCHEMES:
                    continue
                if url.startswith("//"):
                    continue
                yield element.tag, url


def test_every_internal_url_resolves_under_the_subpath(built_site, site_url):
    broken, checked, urls = [], 0, set()
    for path in sorted(built_site.rglob("*.html")):
        if path.name == "404.html":
            continue  # shown at any depth; its links follow SITE_URL (test_publish_copy)
        base = page_url(site_url, built_site, path)
        for tag, url in internal_urls(htmlscan.parse(path)):
            absolute = urljoin(base, url)
            target = target_file(built_site, site_url, absolute)
            checked += 1
            if target is None or not target.is_file():
                broken.append((path.relative_to(built_site).as_posix(), tag, url))
            else:
                urls.add(absolute.split("#")[0])
    assert checked > 500
    assert not broken, broken[:20]
    # The server agrees with the file system: every distinct target is served.
    failures = []
    for url in sorted(urls):
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                if response.status != 200:
                    failures.append((url, response.status))
        except urllib.error.HTTPError as error:
            failures.append((url, error.code))
    assert not failures, failures[:20]


def test_style_sheets_refer_to_files_of_the_site(built_site):
    broken = []
    sheets = sorted(built_site.rglob("*.css"))
    assert sheets  # the loop checks something
    for sheet in sheets:
        for url in htmlscan.css_urls(sheet.read_text(encoding="utf-8", errors="replace")):
            if not url or url.startswith("#") or htmlscan.normalised_scheme(url) in SKIPPED_SCHEMES:
                continue
            target = (sheet.parent / unquote(urlsplit(url).path)).resolve()
            if not target.is_file():
                broken.append((sheet.relative_to(built_site).as_posix(), url))
    assert not broken, broken


def test_no_page_uses_a_root_relative_url(built_site):
    """A URL starting with / leaves the subpath; MkDocs writes relative ones."""
    offenders = []
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 20  # the loop checks the whole site
    for path in pages:
        if path.name == "404.html":
            continue
        for tag, url in internal_urls(htmlscan.parse(path)):
            if url.startswith("/"):
                offenders.append((path.relative_to(built_site).as_posix(), tag, url))
    assert not offenders, offenders[:20]
