"""Read built HTML the way a browser would: elements, attributes, text.

String searches on HTML are fooled by escaping in both directions, so the
build tests parse pages with the standard library's HTML parser instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

# Attributes whose value the browser fetches or navigates to.
RESOURCE_ATTRIBUTES = {
    "script": ("src",),
    "link": ("href",),
    "img": ("src", "srcset"),
    "iframe": ("src",),
    "frame": ("src",),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "form": ("action",),
    "button": ("formaction",),
    "input": ("formaction", "src"),
    "base": ("href",),
    "image": ("href", "xlink:href"),
    "use": ("href", "xlink:href"),
    "feimage": ("href", "xlink:href"),
}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "xlink:href", "srcset", "background"}
_CSS_URL = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)|@import\s+(['"])(.*?)\3""", re.I | re.S)


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""  # for script, style, title and textarea: their raw content


@dataclass
class Page:
    path: Path
    elements: list[Element] = field(default_factory=list)
    text: str = ""  # all visible text, entities decoded

    def find(self, tag: str) -> list[Element]:
        return [e for e in self.elements if e.tag == tag]


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.texts: list[str] = []
        self._raw: Element | None = None

    def handle_starttag(self, tag, attrs):
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.elements.append(element)
        if tag in ("script", "style"):
            self._raw = element
        elif tag in ("title", "textarea"):
            # Browsers read these as text up to their end tag (RCDATA); the
            # standard parser would see tags inside, so switch it over.
            self._raw = element
            self.set_cdata_mode(tag)

    def handle_startendtag(self, tag, attrs):
        self.elements.append(Element(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag):
        if self._raw is not None and tag == self._raw.tag:
            self._raw = None

    def handle_data(self, data):
        if self._raw is not None:
            self._raw.text += data
        else:
            self.texts.append(data)


def parse(path: Path) -> Page:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    collector.close()
    return Page(path, collector.elements, "".join(collector.texts))


def parse_fragment(html: str) -> Page:
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return Page(Path("<fragment>"), collector.elements, "".join(collector.texts))


def pages(site: Path) -> list[Page]:
    return [parse(p) for p in sorted(Path(site).rglob("*.html"))]


def css_urls(css: str) -> list[str]:
    """Every url(...) and @import target in a style sheet."""
    return [m.group(2) if m.group(2) is not None else m.group(4) for m in _CSS_URL.finditer(css)]


def srcset_urls(value: str) -> list[str]:
    return [part.strip().split()[0] for part in value.split(",") if part.strip()]


def normalised_scheme(url: str) -> str:
    """The scheme as a browser reads it: controls and whitespace dropped."""
    cleaned = re.sub(r"[\x00-\x20\x7f]", "", url).lower()
    match = re.match(r"^([a-z][a-z0-9+.\-]*):", cleaned)
    return match.group(1) if match else ""


def is_other_host(url: str) -> bool:
    """True if fetching `url` would contact a host other than the site's own."""
    cleaned = re.sub(r"[\x00-\x20\x7f]", "", url).replace("\\", "/")
    if cleaned.startswith("//"):
        return True
    return normalised_scheme(cleaned) not in ("", "data", "blob", "about")
