"""Where a link in a hand-written page leads, as the generator resolves it.

A link to a `.md` file becomes the page's address; a link to any other file
must name a file the site will have. The targets are the files of docs/ and
everything the build adds (generated pages, open data, the wijzer's assets),
so a link to the tips page or the open data is as good as one to docs/over.md.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Collection
from urllib.parse import unquote, urlsplit

from inspiratiebox.content.explain import nearest

PAGE = ".md"


def problem(page: str, url: str, targets: Collection[str], anchors: Callable[[str], set[str] | None]) -> str | None:
    """Why the Markdown link `url` on `page` leads nowhere; None when it works."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        return None  # a web address or mailto: the visitor's browser goes there
    if url.startswith("/"):
        return (
            f"De link '{url}' begint met een /. Op een site in een submap (zoals op GitHub Pages) "
            f"leidt die naar de verkeerde plaats. Schrijf de link vanaf deze pagina, bijvoorbeeld [tekst](over.md)."
        )
    path = unquote(parts.path)
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page), path)) if path else page
    if target == ".." or target.startswith("../"):
        return f"De link '{url}' gaat buiten de map docs/. Zet het bestand in docs/ of gebruik een volledig webadres (https://...)."
    if path and not posixpath.splitext(posixpath.basename(target))[1]:
        return _folder_link(url, target, targets)
    if target not in targets:
        return _missing(url, target, targets)
    if parts.fragment and target.endswith(PAGE):
        return _missing_anchor(url, parts.fragment, anchors(target))
    return None


def raw_problem(url: str) -> str | None:
    """A link written in HTML is not rewritten: to a .md file it breaks."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path.endswith(PAGE):
        return None
    return (
        f"In HTML wordt de link '{url}' niet omgezet naar het adres van de pagina, en werkt hij op de site niet. "
        f"Schrijf de link in Markdown: [tekst]({url})."
    )


def _folder_link(url: str, target: str, targets: Collection[str]) -> str:
    written = url.split("#")[0].rstrip("/")
    instead = f"{written}/index{PAGE}" if f"{target}/index{PAGE}" in targets else f"{written}{PAGE}"
    return (
        f"De link '{url}' wijst naar een map of een adres, niet naar een bestand. "
        f"Link naar de pagina zelf, met .md erachter: '{instead}'."
    )


def _missing(url: str, target: str, targets: Collection[str]) -> str:
    same_kind = sorted(t for t in targets if posixpath.splitext(t)[1] == posixpath.splitext(target)[1])
    return (
        f"De link '{url}' wijst naar docs/{target}, maar dat bestand is er niet.{nearest(target, same_kind)} "
        "Verbeter de link, of maak het bestand aan."
    )


def _missing_anchor(url: str, anchor: str, present: set[str] | None) -> str | None:
    if present is None or anchor in present:
        return None
    return (
        f"De link '{url}' wijst naar het deel '#{anchor}', maar die pagina heeft geen kop met dat anker.{nearest(anchor, present)} "
        "Een anker is de titel van een kop in kleine letters, met - in plaats van spaties."
    )
