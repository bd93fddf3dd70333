"""A site built from hostile content shows the payloads as text and runs none.

hostile.py puts <script>, <img onerror>, javascript: links, attr_list
attributes, iframes and styles in every free-text and Markdown field of
every content file; this checks every HTML page of the result as a browser
would parse it, and the search index Material renders as HTML.
"""

from __future__ import annotations

import json

import pytest

import hostile
import htmlscan

GENERATED = ("praktijkvoorbeelden/index.html", "tips/index.html", "vacatures/index.html")
DANGEROUS_TAGS = {"iframe", "frame", "object", "embed", "applet", "base"}
DANGEROUS_SCHEMES = {"javascript", "vbscript", "data"}


@pytest.fixture(scope="module")
def pages(hostile_site):
    found = htmlscan.pages(hostile_site)
    assert len(found) > 10
    return {p.path.relative_to(hostile_site).as_posix(): p for p in found}


def _problems(page: htmlscan.Page) -> list:
    problems = []
    for element in page.elements:
        attrs = element.attrs
        if element.tag == "script" and "alert(" in element.text:
            problems.append(("script from content", element.text[:60]))
        if element.tag == "script" and "evil" in attrs.get("src", ""):
            problems.append(("script src from content", attrs["src"]))
        if element.tag in DANGEROUS_TAGS:
            problems.append(("element", element.tag, attrs))
        if element.tag == "img" and attrs.get("src") == "x":
            problems.append(("img from content", attrs))
        if element.tag == "style" and "evil" in element.text:
            problems.append(("style from content", element.text[:60]))
        for name, value in attrs.items():
            if name.startswith("on"):
                problems.append(("event handler", element.tag, name, value))
            if name in htmlscan.URL_ATTRIBUTES and htmlscan.normalised_scheme(value) in DANGEROUS_SCHEMES:
                problems.append(("dangerous url", element.tag, name, value))
            if name == "style" and "evil" in value:
                problems.append(("inline style from content", element.tag, value))
    return problems


def test_no_hostile_element_or_attribute_survives_on_any_page(pages):
    problems = {path: found for path, page in pages.items() if (found := _problems(page))}
    assert problems == {}


def test_payloads_reached_the_generated_pages_as_text(pages):
    examples = [p for p in pages if p.startswith("praktijkvoorbeelden/") and p != "praktijkvoorbeelden/index.html"]
    assert examples, "no practice example pages were built"
    for path in (*GENERATED, *examples):
        assert hostile.SCRIPT in pages[path].text, path
        assert hostile.IMG in pages[path].text, path


def test_example_title_is_text_in_h1_and_title(pages):
    examples = [p for p in pages if p.startswith("praktijkvoorbeelden/") and p != "praktijkvoorbeelden/index.html"]
    for path in examples:
        page = pages[path]
        h1 = page.find("h1")
        assert len(h1) == 1 and "onclick" not in h1[0].attrs, path
        # attr_list did not turn the braces into attributes: they are text.
        assert '{: onclick="alert(1)" }' in page.text, path
        title = page.find("title")[0].text
        assert "<" not in title and "&lt;script&gt;" in title, (path, title)


def test_the_municipality_name_is_escaped_everywhere(pages):
    for path, page in pages.items():
        for title in page.find("title"):
            assert "<script" not in title.text, path


def test_areas_with_markup_stay_text_on_the_vacancies_page(pages):
    page = pages["vacatures/index.html"]
    assert "<b onmouseover=alert(1)>wijk</b>" in page.text
    assert not [e for e in page.find("b") if "onmouseover" in e.attrs]


def test_markdown_links_are_safe(pages):
    examples = [p for p in pages if p.startswith("praktijkvoorbeelden/") and p != "praktijkvoorbeelden/index.html"]
    for path in examples:
        links = pages[path].find("a")
        outgoing = [a for a in links if a.attrs.get("href", "").startswith("https://www.example.org/")]
        assert outgoing, path
        assert all("noopener" in a.attrs.get("rel", "").split() for a in outgoing), path
        # The link text of the javascript: link survives, its href does not.
        assert "klik" in pages[path].text


def test_urls_that_break_out_stay_inside_their_attribute(pages):
    hrefs = [a.attrs.get("href", "") for a in pages["vacatures/index.html"].find("a")]
    assert hostile.URL in hrefs  # the whole URL, quotes and all, is one href


def test_search_index_holds_no_markup_from_content(hostile_site):
    index = json.loads((hostile_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    seen = 0
    for doc in index["docs"]:
        for key in ("title", "text"):
            fragment = doc.get(key) or ""
            seen += "alert(1)" in fragment
            page = htmlscan.parse_fragment(fragment)
            assert _problems(page) == [], (doc.get("location"), key)
            assert not page.find("img") and not page.find("script"), (doc.get("location"), key)
    assert seen  # the payloads were indexed, so the check above saw them
