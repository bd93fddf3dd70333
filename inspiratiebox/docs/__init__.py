"""Checks of docs/ (the hand-written pages) and of the navigation in
mkdocs.yml, before any generator reads them.

The generator itself only says how many warnings stopped it, in English, and
crashes on a file it cannot read; an editor needs to know which file and line,
and what to do instead. So docs/ gets the same treatment as content/: every
problem at once, in Dutch, as `file:line:column: message`.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from inspiratiebox.content.model import Problem
from inspiratiebox.docs import files, links, svg
from inspiratiebox.docs.html import MAX_RENDER_COST, Renderer, Scan, locate, locate_finding, render_cost

CONFIG = "mkdocs.yml"

__all__ = ["check"]


def check(root: Path, generated: Mapping[str, str] | None = None) -> list[Problem]:
    """Every problem in `root`'s docs/ and nav. `generated` maps what the
    build adds to docs/ to its Markdown ("" for a file that is not a page);
    without it (the content has errors) links are not followed."""
    node, config, problems = _config(root / CONFIG)
    if node is None:
        generated = None  # without the site's Markdown extensions, anchors cannot be known
    found = files.read(root / "docs")
    problems += found.problems
    problems += _svg_problems(found)
    renderer = Renderer(config.get("markdown_extensions"))
    scans = {}
    for page, text in found.pages.items():
        if (slow := _too_slow(page, text)) is not None:
            problems.append(slow)
        else:
            scans[page] = renderer.scan(text)
    for page, scan in scans.items():
        problems += _policy_problems(page, found.pages[page], scan)
    if generated is not None:
        targets = set(found.pages) | set(found.files) | set(generated)
        anchors = _Anchors(scans, generated, renderer)
        for page, scan in scans.items():
            problems += _link_problems(page, found.pages[page], scan, targets, anchors)
        problems += _replaced_pages(found, generated)
        problems += _config_problems(node, targets)
    return problems


def _config(path: Path) -> tuple[MappingNode | None, dict, list[Problem]]:
    """mkdocs.yml as nodes (for the lines of nav entries) and as data; a copy
    without one only has content to check."""
    if not path.is_file():
        return None, {}, []
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
        data = yaml.SafeLoader("").construct_document(node) if node is not None else None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        return None, {}, [Problem(CONFIG, 1, 1, f"{CONFIG} kan ik niet lezen: {error}")]
    return node, data if isinstance(data, dict) else {}, []


def _too_slow(page: str, text: str) -> Problem | None:
    cost, line = render_cost(text)
    if cost <= MAX_RENDER_COST:
        return None
    return Problem(files.shown(page), line, 1, (
        "Deze pagina heeft zoveel [ of < in dezelfde alinea's dat het bouwen van de site minutenlang zou duren. "
        "Verdeel de tekst over meer alinea's, zet lange reeksen tekens in een codeblok (```), of haal ze weg."
    ))


def _svg_problems(found: files.Found) -> list[Problem]:
    return [
        Problem(files.shown(where), finding.line, finding.column, finding.message)
        for where, path in found.files.items() if where.lower().endswith(".svg")
        for finding in svg.problems(path.read_bytes())
    ]


def _policy_problems(page: str, text: str, scan: Scan) -> list[Problem]:
    return [Problem(files.shown(page), *locate_finding(text, finding), finding.message) for finding in scan.findings]


def _link_problems(page: str, text: str, scan: Scan, targets: set[str], anchors) -> list[Problem]:
    said = [(url, links.problem(page, url, targets, anchors)) for url in scan.links]
    said += [(url, links.raw_problem(url)) for url in scan.raw_links]
    return [Problem(files.shown(page), *_where_link(text, url), why) for url, why in said if why]


def _where_link(text: str, url: str) -> tuple[int, int]:
    """A Markdown link's target is written `(url)`: look for that first, so
    `#wie` is not found inside `#wie-we-zijn`."""
    if found := locate(text, f"({url})"):
        return found[0], found[1] + 1
    return locate(text, url) or (1, 1)


def _replaced_pages(found: files.Found, generated: Mapping[str, str]) -> list[Problem]:
    return [
        Problem(files.shown(page), 1, 1, (
            "Deze pagina maakt de site zelf al, uit content/. Bij het bouwen zou ze je tekst vervangen. "
            "Geef je pagina een andere naam."
        ))
        for page in sorted(set(found.pages) & set(generated))
    ]


def _config_problems(node: MappingNode, targets: set[str]) -> list[Problem]:
    """Nav entries and the theme's logo and favicon must name a file the site has."""
    problems = []
    for entry in _scalars(_value(node, "nav")):
        if _is_local(entry.value) and entry.value not in targets:
            problems.append(_at(entry, (
                f"In de navigatie (nav) staat '{entry.value}', maar die pagina is er niet. "
                f"Maak docs/{entry.value} aan, verbeter de naam, of haal de regel weg."
            )))
    for key in ("logo", "favicon"):
        entry = _value(_value(node, "theme"), key)
        if isinstance(entry, ScalarNode) and _is_local(entry.value) and entry.value not in targets:
            problems.append(_at(entry, f"Het bestand docs/{entry.value} ({key} in theme) bestaat niet. Zet het in docs/ of verbeter het pad."))
    return problems


def _value(node, key: str):
    if isinstance(node, MappingNode):
        for name, value in node.value:
            if isinstance(name, ScalarNode) and name.value == key:
                return value
    return None


def _scalars(node):
    """The values (not the titles) in a nav tree."""
    if isinstance(node, ScalarNode):
        yield node
    elif isinstance(node, SequenceNode):
        for item in node.value:
            yield from _scalars(item)
    elif isinstance(node, MappingNode):
        for _title, value in node.value:
            yield from _scalars(value)


def _is_local(value: str) -> bool:
    return bool(value) and "://" not in value and not value.startswith(("mailto:", "/"))


def _at(node, message: str) -> Problem:
    return Problem(CONFIG, node.start_mark.line + 1, node.start_mark.column + 1, message)


class _Anchors:
    """The anchors of a page, worked out only for pages a link points into."""

    def __init__(self, scans: dict[str, Scan], generated: Mapping[str, str], renderer: Renderer) -> None:
        self._ids = {page: scan.ids for page, scan in scans.items()}
        self._generated = generated
        self._renderer = renderer

    def __call__(self, page: str) -> set[str] | None:
        if page not in self._ids and self._generated.get(page):
            self._ids[page] = self._renderer.scan(self._generated[page]).ids
        return self._ids.get(page)
