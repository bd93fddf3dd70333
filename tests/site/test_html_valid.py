"""Every built page is valid HTML for the W3C Nu Html Checker (vnu-jar,
pinned in package.json), run once over all pages, and every dialog on every
page has an accessible name.

An error is accepted only when it comes from the theme and no partial
override in overrides/ can fix it without changing what the theme does;
ALLOWED names each one with its reason.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

import htmlscan


@dataclass(frozen=True)
class Allowed:
    message: str  # how the checker's message starts (--asciiquotes)
    markup: str  # a piece of the markup it points at
    reason: str


ALLOWED = (
    Allowed(
        "Attribute 'autocomplete' is only allowed when the input type is",
        'class="md-toggle" data-md-toggle=',
        "Material's drawer and search toggles (checkboxes) in base.html, outside any block: "
        "only a copy of the whole base template could change them. autocomplete=off stops "
        "Firefox from reopening the menu or the search after going back.",
    ),
    Allowed(
        "Bad value '' for attribute 'tabindex' on element 'label'",
        'class="md-nav__link"',
        "Material's partials/nav-item.html gives a section title in the menu an empty tabindex "
        "on purpose: its script finds the menu's toggles by label[tabindex] to keep aria-expanded "
        "right, and a section title must not be a tab stop. Leaving the attribute out breaks "
        "aria-expanded; any valid value (0 or -1) makes the title focusable.",
    ),
)


def _allowed(message: dict) -> bool:
    return any(
        message.get("message", "").startswith(a.message) and a.markup in message.get("extract", "")
        for a in ALLOWED
    )


@pytest.fixture(scope="module")
def checked(root, built_site):
    """The checker's errors for every built page, from one run of Java."""
    vnu = root / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
    java = shutil.which("java")
    if java is None:
        pytest.skip("Java ontbreekt voor de Nu Html Checker: sudo apt-get install default-jre-headless")
    assert vnu.is_file(), "vnu-jar ontbreekt: voer npm ci uit (zie package.json)"
    pages = sorted(built_site.rglob("*.html"))
    result = subprocess.run(
        [java, "-jar", str(vnu), "--errors-only", "--asciiquotes", "--format", "json", "--stdout",
         *map(str, pages)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.stdout.strip(), result.stderr[-2000:]
    return pages, json.loads(result.stdout)["messages"]


def test_the_checker_ran_over_every_built_page(checked, built_site):
    pages, messages = checked
    assert len(pages) > 40 and built_site / "404.html" in pages
    # The theme's accepted errors are on every page: each page was read.
    reported = {Path(unquote(urlsplit(m["url"]).path)) for m in messages}
    assert [p for p in pages if p not in reported] == []


def test_no_page_has_an_html_error_except_the_reviewed_ones_of_the_theme(checked, built_site):
    _, messages = checked
    errors = [
        f'{unquote(m["url"]).split(str(built_site))[-1]}:{m.get("lastLine")}: {m["message"]} [{m.get("extract", "").strip()[:120]}]'
        for m in messages if not _allowed(m)
    ]
    assert errors == [], f"{len(errors)} HTML error(s):\n" + "\n".join(errors[:40])


def test_every_accepted_error_still_occurs_and_has_a_reason(checked):
    _, messages = checked
    for entry in ALLOWED:
        assert len(entry.reason) >= 40, entry
        assert any(_allowed(m) and m["message"].startswith(entry.message) for m in messages), (
            f"no longer needed, remove it from ALLOWED: {entry.message}")


def test_every_dialog_on_every_page_has_an_accessible_name(built_site):
    pages = htmlscan.pages(built_site)
    nameless = []
    for page in pages:
        ids = {e.attrs["id"] for e in page.elements if e.attrs.get("id")}
        dialogs = [e for e in page.elements if e.attrs.get("role") == "dialog" or e.tag == "dialog"]
        assert dialogs, f"{page.path}: no search dialog"  # Material's search is on every page
        for dialog in dialogs:
            labelled = [i for i in dialog.attrs.get("aria-labelledby", "").split() if i in ids]
            if not dialog.attrs.get("aria-label", "").strip() and not labelled:
                nameless.append(f"{page.path.relative_to(built_site)}: {dialog.attrs.get('class')}")
    assert len(pages) > 40
    assert nameless == [], "dialogs without an accessible name:\n" + "\n".join(nameless)


def test_the_search_dialog_is_named_in_dutch(built_site):
    page = htmlscan.parse(built_site / "index.html")
    search = [e for e in page.elements if e.attrs.get("data-md-component") == "search"]
    assert [e.attrs.get("aria-label") for e in search] == ["Zoeken"]
