"""A hand-written page rendered as the generator will render it, and read back:
its anchors, its links, and the HTML that would escape the site's policy.

Python-Markdown passes raw HTML through, and the page policy allows scripts
from the site itself, so a `<script src>` or a `<meta http-equiv="refresh">`
in docs/ would run or redirect. Reading the rendered HTML (rather than the
Markdown) means HTML shown as code in a page is never taken for the real thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlsplit

import markdown as _markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

# MkDocs adds these to every site's Markdown extensions.
GENERATOR_EXTENSIONS = ("toc", "tables", "fenced_code")

_ELSEWHERE = (
    "Een pagina mag niets van een andere site laden: dan ziet die site elke bezoeker. "
)
_TAGS = {
    "script": "Een <script> in een pagina mag niet: een pagina voert geen code uit. "
              "Schrijf gewone tekst; code voor de hele site hoort bij extra_javascript in mkdocs.yml (vraag een ontwikkelaar).",
    "meta": "Een <meta> in een pagina mag niet: ze kan bezoekers ongemerkt naar een andere site sturen. "
            "Wil je naar een andere pagina verwijzen, zet dan een gewone link: [naar de nieuwe pagina](nieuwe-pagina.md).",
    "base": "Een <base> verandert waar alle links van de pagina naartoe gaan; dat mag niet. Haal het weg.",
    "link": "Een <link> in een pagina laadt een bestand in de pagina; dat mag niet. "
            "Een stijl voor de hele site hoort bij extra_css in mkdocs.yml.",
    "iframe": _ELSEWHERE + "Zet in de plaats van de <iframe> een gewone link naar die site.",
    "frame": _ELSEWHERE + "Zet in de plaats van de <frame> een gewone link naar die site.",
    "frameset": _ELSEWHERE + "Zet in de plaats van de <frameset> een gewone link.",
    "object": _ELSEWHERE + "Zet in de plaats van het <object> een gewone link of een afbeelding uit docs/assets/.",
    "embed": _ELSEWHERE + "Zet in de plaats van de <embed> een gewone link of een afbeelding uit docs/assets/.",
    "applet": "Een <applet> werkt in geen enkele browser meer. Haal het weg.",
    "portal": _ELSEWHERE + "Zet in de plaats van de <portal> een gewone link.",
}
_POSTS = "Een formulier dat gegevens naar een andere site stuurt, mag niet: deze site verzamelt niets. Zet een link naar het formulier op die site."
_HANDLER = "Het attribuut {name} voert code uit; dat werkt niet op deze site en mag niet. Haal het weg."
_SCRIPT_URL = "Een adres dat met {scheme}: begint, voert code uit; dat mag niet. Gebruik een gewoon webadres of een link naar een pagina."
_LOADS = _ELSEWHERE + "Zet het bestand in docs/assets/ en verwijs ernaar, bijvoorbeeld ![beschrijving](assets/foto.jpg)."
_STYLE = _ELSEWHERE + "Haal de url() of @import met een webadres weg."

_LOADING_ATTRIBUTES = {"src", "srcset", "poster", "data", "background", "lowsrc", "ping", "imagesrcset"}
_URL_ATTRIBUTES = {"href", "action", "formaction", "xlink:href", "cite", *_LOADING_ATTRIBUTES}
# Python-Markdown looks for the end of every [ and < from where it stands, so
# a paragraph with n unclosed ones takes n² steps (2,000 of them: over a
# second; 40,000: minutes). The page is refused before rendering when its
# paragraphs together exceed this; real pages stay far below it.
MAX_RENDER_COST = 2_000_000
_FENCE = ("```", "~~~")
# Addresses a browser runs as code rather than goes to.
CODE_SCHEMES = re.compile(r"^\s*(javascript|vbscript|data)\s*:", re.I)
_OUTSIDE_IN_STYLE = re.compile(r"@import|url\(\s*['\"]?\s*(https?:)?//", re.I)


@dataclass(frozen=True)
class Finding:
    """Something wrong in a page, with where to look for it in the source:
    the how-manieth element with this tag, and the text to find in it."""

    message: str
    tag: str
    nth: int
    needle: str


@dataclass
class Scan:
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)  # made by Markdown: the generator resolves them
    raw_links: list[str] = field(default_factory=list)  # written as HTML: left as they are
    findings: list[Finding] = field(default_factory=list)


class Renderer:
    """One Markdown instance with the site's extensions, reused for every page."""

    def __init__(self, extensions: list) -> None:
        names, configs = _extension_settings(extensions)
        self._links = _MarkdownLinks()
        self._md = _markdown.Markdown(extensions=[*names, self._links], extension_configs=configs)

    def scan(self, text: str) -> Scan:
        self._md.reset()
        self._links.found = []
        rendered = self._md.convert(text)
        reader = _Reader()
        reader.feed(rendered)
        reader.close()
        result = reader.scan
        result.links = list(self._links.found)
        markdown_made = set(result.links)
        result.raw_links = [url for url in reader.hrefs if url not in markdown_made]
        return result


def render_cost(text: str) -> tuple[int, int]:
    """The sum over paragraphs of (number of [ and <)², and the first line
    of the paragraph that weighs most. Fenced code is not parsed inline."""
    total, worst, worst_line = 0, -1, 1
    count, start, fenced = 0, 1, False
    for number, row in enumerate([*text.split("\n"), ""], 1):
        stripped = row.strip()
        if stripped.startswith(_FENCE):
            fenced = not fenced
        elif not fenced and stripped:
            count += row.count("[") + row.count("<")
            continue
        total += count * count
        if count * count > worst:
            worst, worst_line = count * count, start
        count, start = 0, number + 1
    return total, worst_line


def _extension_settings(extensions: list) -> tuple[list[str], dict]:
    """mkdocs.yml's `markdown_extensions` (names, or one-key mappings with
    settings) as Python-Markdown takes them, with the generator's own."""
    names, configs = list(GENERATOR_EXTENSIONS), {}
    for item in extensions or []:
        name, settings = next(iter(item.items())) if isinstance(item, dict) else (item, None)
        if name not in names:
            names.append(name)
        if settings:
            configs[name] = settings
    return names, configs


class _MarkdownLinks(Extension):
    """Collects the links Markdown itself made, after the headings got their ids."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's name)
        md.treeprocessors.register(_Collect(md, self), "inspiratiebox_links", 1)


class _Collect(Treeprocessor):
    def __init__(self, md, owner: _MarkdownLinks) -> None:
        super().__init__(md)
        self.owner = owner

    def run(self, root):
        for element in root.iter():
            url = element.get("href") if element.tag == "a" else element.get("src") if element.tag == "img" else None
            if url is not None:
                self.owner.found.append(url)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scan = Scan()
        self.hrefs: list[str] = []
        self._in_style = False
        self._tag, self._seen = "", {}

    def handle_starttag(self, tag: str, attrs: list) -> None:
        values = {name: value or "" for name, value in attrs}
        self._tag = tag
        self._seen[tag] = self._seen.get(tag, 0) + 1
        for key in ("id", "name"):
            if values.get(key) and (key == "id" or tag == "a"):
                self.scan.ids.add(values[key])
        if tag in _TAGS:
            self._find(_TAGS[tag], "")
            return  # refused as a whole: its attributes need no second message
        if tag == "a" and "href" in values:
            self.hrefs.append(values["href"])
        self._in_style = tag == "style"
        for name, value in values.items():
            self._attribute(tag, name, value)

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        if self._in_style and _OUTSIDE_IN_STYLE.search(data):
            self._find(_STYLE, "")

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def _attribute(self, tag: str, name: str, value: str) -> None:
        if name.startswith("on"):
            self._find(_HANDLER.format(name=name), name)
        elif name in _URL_ATTRIBUTES and (code := CODE_SCHEMES.match(value)):
            if not (tag == "img" and value.strip().lower().startswith("data:image/")):
                self._find(_SCRIPT_URL.format(scheme=code.group(1).lower()), value.strip()[:30])
        elif name in ("action", "formaction") and _elsewhere(value):
            self._find(_POSTS, value)
        elif name in _LOADING_ATTRIBUTES and any(_elsewhere(url) for url in _candidates(name, value)):
            self._find(_LOADS, value)
        elif name == "style" and _OUTSIDE_IN_STYLE.search(value):
            self._find(_STYLE, "style")

    def _find(self, message: str, needle: str) -> None:
        self.scan.findings.append(Finding(message, self._tag, self._seen.get(self._tag, 0), needle))


def _candidates(name: str, value: str) -> list[str]:
    """The URLs in an attribute: a srcset lists several, each with its size."""
    if not name.endswith("srcset"):
        return [value]
    return [candidate.split()[0] for candidate in value.split(",") if candidate.split()]


def _elsewhere(url: str) -> bool:
    """A URL on another host (or one a browser may read as such)."""
    parts = urlsplit(url.strip().replace("\\", "/"))
    return bool(parts.scheme or parts.netloc)


def locate(text: str, needle: str, start: int = 0) -> tuple[int, int] | None:
    """Line and column of `needle` in `text` from `start` on (case ignored)."""
    at = text.lower().find(needle.lower(), start)
    return _position(text, at) if at >= 0 else None


def locate_finding(text: str, finding: Finding) -> tuple[int, int]:
    """Where a finding is in the source: in its element when the page wrote
    that element as HTML, else where its text first appears, else the top."""
    starts = [m.start() for m in re.finditer(rf"<{re.escape(finding.tag)}\b", text, re.I)]
    if len(starts) >= finding.nth > 0:
        start = starts[finding.nth - 1]
        found = locate(text, finding.needle, start) if finding.needle else _position(text, start)
        if found:
            return found
    return (finding.needle and locate(text, finding.needle)) or (1, 1)


def _position(text: str, at: int) -> tuple[int, int]:
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1
