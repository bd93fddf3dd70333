"""Markdown from content renders as Python-Markdown renders it, without its
quadratic corners: the bounded scans change nothing for text people write,
and text built to be slow comes out escaped and whole. How fast is the
benchmark's business (tools/bench/markdown_speed.py); here the shape."""

from __future__ import annotations

from pathlib import Path

import htmlscan
import markdown
import pytest
import yaml

from inspiratiebox.pages import html
from inspiratiebox.pages.markdown_bounds import BoundedScans
from tools.bench import markdown_speed

ROOT = Path(__file__).resolve().parents[2]


def _stock(text: str) -> str:
    return markdown.markdown(text, extensions=["sane_lists", html._Demote()], output_format="html")


def _bounded(text: str) -> str:
    return markdown.markdown(text, extensions=["sane_lists", html._Demote(), BoundedScans()], output_format="html")


def _texts(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def test_every_page_and_content_text_renders_as_python_markdown_renders_it():
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").rglob("*.md"))]
    for path in sorted((ROOT / "content").rglob("*.yml")):
        texts += list(_texts(yaml.safe_load(path.read_text(encoding="utf-8"))))
    assert len(texts) > 100
    assert [t for t in texts if _bounded(t) != _stock(t)] == []


@pytest.mark.parametrize("text", [
    "Een [link](https://x.be) en [met titel](https://x.be \"Titel\") en [haakjes](https://x.be/a_(b)).",
    "[a [geneste] tekst](../a.md) en ![beeld](x.png) en <https://x.be> en [ref][r]\n\n[r]: https://x.be",
    "Code: `a`, ``a`b``, ```a``b```, `` ` ``, en \\`niet\\`; nog een ``` open.",
    "*schuin* **vet** ***beide*** _ook_ __vet__ snake_case_naam 2*3*4 ** los",
    "# Kop\n\nTekst\n===\n\nOok\n---\n\n***\n\n> citaat\n> - lijst\n\n1. een\n2. twee\n\n<b>vet</b> <!-- c --> <div>blok</div>",
])
def test_ordinary_markdown_is_read_as_before(text):
    assert _bounded(text) == _stock(text)


@pytest.mark.parametrize("name", list(markdown_speed.CASES))
def test_each_slow_case_renders_whole_and_harmless(name):
    text = markdown_speed.case_text(*markdown_speed.CASES[name])
    assert len(text) == markdown_speed.LENGTH
    page = htmlscan.parse_fragment(html.render_markdown(text))
    assert {e.tag for e in page.elements} <= html.ALLOWED_TAGS


@pytest.mark.parametrize(("name", "mark"), [
    ("open haken [", "["), ("haken met woorden [a ", "["), ("open tags <x ", "<"), ("kleiner-dan <", "<"),
])
def test_brackets_and_tags_that_open_nothing_are_shown_as_typed(name, mark):
    text = markdown_speed.case_text(*markdown_speed.CASES[name])
    assert htmlscan.parse_fragment(html.render_markdown(text)).text.count(mark) == text.count(mark)


def test_lists_nested_beyond_the_stack_become_text_not_a_crash():
    page = htmlscan.parse_fragment(html.render_markdown("- " * 10_000 + "diep"))
    assert "diep" in page.text and {e.tag for e in page.elements} <= html.ALLOWED_TAGS


def test_the_benchmark_report_has_a_row_per_case():
    from tools.bench.__main__ import render

    rows = [{"geval": name, "tekens": markdown_speed.LENGTH, "ms": 12.0} for name in markdown_speed.CASES]
    text = render({"wanneer": "nu", "machine": "test", "browser": {}, "markdown": rows})
    assert "### Markdown weergeven" in text and text.count("| 20.000 | 12 ms | ≤ 1.00 s | gehaald |") == len(rows)
