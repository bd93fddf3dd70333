"""An offline link check of the built site: every internal href and src must
name a file in site/ (a directory URL means its index.html) and every
#anchor must be an id on the target page. External links are collected,
never fetched: this runs without a network.

Run it by hand on a built site: python tests/links/linkcheck.py site/
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

LINKING = {"a": "href", "link": "href", "area": "href", "script": "src", "img": "src",
           "source": "src", "iframe": "src", "video": "src", "audio": "src", "track": "src"}
NOT_FETCHED = ("mailto", "tel", "data", "javascript", "blob", "about")


class _Scan(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("id", "name" if tag == "a" else "id"):
            if attrs.get(name):
                self.ids.add(attrs[name])
        wanted = LINKING.get(tag)
        if wanted and attrs.get(wanted) is not None:
            if not (tag == "link" and "preconnect" in (attrs.get("rel") or "")):
                self.links.append(attrs[wanted])

    handle_startendtag = handle_starttag


@dataclass
class Report:
    pages: int = 0
    checked: int = 0
    broken: list[str] = field(default_factory=list)
    external: dict[str, set[str]] = field(default_factory=dict)  # url -> pages


def _scan(path: Path) -> _Scan:
    scan = _Scan()
    scan.feed(path.read_text(encoding="utf-8", errors="replace"))
    return scan


def _target(site: Path, page: str, url: str) -> tuple[Path, str]:
    """The file a site-internal URL names, and its fragment."""
    parts = urlsplit(url)
    if parts.path.startswith("/"):
        # Only 404.html may do this: MkDocs writes it with root-absolute URLs.
        path = PurePosixPath(unquote(parts.path))
        relative = str(path).lstrip("/")
    else:
        relative = str(PurePosixPath(page).parent / unquote(parts.path)) if parts.path else page
    target = (site / relative).resolve()
    if parts.path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, unquote(parts.fragment)


def check(site: Path) -> Report:
    site = site.resolve()
    report = Report()
    scans = {p.relative_to(site).as_posix(): _scan(p) for p in sorted(site.rglob("*.html"))}
    report.pages = len(scans)
    for page, scan in scans.items():
        for url in scan.links:
            parts = urlsplit(url)
            if parts.scheme in NOT_FETCHED:
                continue
            if parts.scheme or parts.netloc:
                report.external.setdefault(url, set()).add(page)
                continue
            report.checked += 1
            if url.startswith("/") and page != "404.html":
                report.broken.append(f"{page}: {url} -> root-absolute: breaks when the site lives in a subfolder")
                continue
            target, fragment = _target(site, page, url)
            if site not in target.parents:
                report.broken.append(f"{page}: {url} -> points outside the site")
                continue
            if not target.is_file():
                report.broken.append(f"{page}: {url} -> no file {target.relative_to(site)}")
                continue
            if fragment and target.suffix == ".html":
                ids = scans[target.relative_to(site).as_posix()].ids
                if fragment not in ids:
                    report.broken.append(f"{page}: {url} -> no id '{fragment}' in {target.relative_to(site)}")
    return report


if __name__ == "__main__":
    result = check(Path(sys.argv[1] if len(sys.argv) > 1 else "site"))
    print(f"{result.pages} pagina's, {result.checked} interne links gecontroleerd, {len(result.broken)} kapot.")
    print("\n".join(result.broken))
    print(f"\n{len(result.external)} externe links (niet opgevraagd):")
    for url, pages in sorted(result.external.items()):
        print(f"  {url}  ({len(pages)} pagina's)")
    sys.exit(1 if result.broken else 0)
