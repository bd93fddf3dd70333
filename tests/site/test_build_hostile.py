"""A site built from hostile content shows the payloads as text and runs none.

hostile.py puts <script>, <img onerror>, javascript: links, attr_list
attributes, iframes and styles in every free-text and Markdown field of
every content file; this checks every HTML page of the result as a browser
would parse it, and the search index Material renders as HTML. The payloads'
</script> stays inert inside data (data.json, search index, script blocks),
and in Chromium the main pages, a vacancy page and a wijzer run show them
as text and run none. A vacancy page's JSON-LD holds them as JSON strings.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import hostile
import htmlscan
import pytest

from inspiratiebox.bundle.contract import IDS

GENERATED = ("praktijkvoorbeelden/index.html", "tips/index.html", "vacatures/index.html", "hulpmiddelen/draagkracht/index.html")
DANGEROUS_TAGS = {"iframe", "frame", "object", "embed", "applet", "base"}
DANGEROUS_SCHEMES = {"javascript", "vbscript", "data"}


@pytest.fixture(scope="module")
def pages(hostile_site):
    found = htmlscan.pages(hostile_site)
    assert len(found) > 10
    return {p.path.relative_to(hostile_site).as_posix(): p for p in found}


JSON_LD = "application/ld+json"


def _data_block_problems(element: htmlscan.Element) -> list:
    """A vacancy page's JSON-LD holds content as JSON strings: it must parse,
    and hold no "<" that could end or bend the block (no browser runs it)."""
    try:
        json.loads(element.text)
    except ValueError as error:
        return [("JSON-LD that does not parse", str(error))]
    return [("markup in JSON-LD", element.text[:60])] if "<" in element.text else []


def _problems(page: htmlscan.Page) -> list:
    problems = []
    for element in page.elements:
        attrs = element.attrs
        if element.tag == "script" and attrs.get("type") == JSON_LD:
            problems += _data_block_problems(element)
        elif element.tag == "script" and "alert(" in element.text:
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
    assert examples, "the hostile site should have an example page"
    for path in examples:
        page = pages[path]
        h1 = page.find("h1")
        assert len(h1) == 1 and "onclick" not in h1[0].attrs, path
        # attr_list did not turn the braces into attributes: they are text.
        assert '{: onclick="alert(1)" }' in page.text, path
        title = page.find("title")[0].text
        assert "<" not in title and "&lt;script&gt;" in title, (path, title)


def test_the_municipality_name_is_escaped_everywhere(pages):
    assert sum(len(page.find("title")) for page in pages.values()) > 10, "every page has a <title>"
    for path, page in pages.items():
        for title in page.find("title"):
            assert "<script" not in title.text, path


def test_the_municipality_name_reads_as_written_once_in_every_attribute(pages):
    """Material escapes the site name in `title` and not in `aria-label`:
    both must read the name as written, not "Stad &amp; OCMW"."""
    logo_links = [a for page in pages.values() for a in page.find("a") if "md-logo" in a.attrs.get("class", "")]
    assert logo_links, "the header has a logo link"
    for link in logo_links:
        assert link.attrs["title"].endswith(hostile.SITE_NAME), link.attrs
        assert link.attrs["aria-label"].endswith(hostile.SITE_NAME), link.attrs


def test_areas_with_markup_stay_text_on_the_vacancies_page(pages):
    page = pages["vacatures/index.html"]
    assert "<b onmouseover=alert(1)>wijk</b>" in page.text
    assert not [e for e in page.find("b") if "onmouseover" in e.attrs]


def test_markdown_links_are_safe(pages):
    examples = [p for p in pages if p.startswith("praktijkvoorbeelden/") and p != "praktijkvoorbeelden/index.html"]
    assert examples, "the hostile site should have an example page"
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


# --- </script> inside data, and the hostile site in Chromium ---------------

def _payload_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _payload_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _payload_strings(item)


def test_script_end_tags_in_data_files_stay_data(hostile_site):
    """The widget's data.json and the search index hold the payloads as plain
    JSON strings: parsed, they are the text the content had."""
    data = json.loads((hostile_site / "assets" / "wijzer" / "data.json").read_text(encoding="utf-8"))
    titles = [v["titel"] for v in data["vacatures"]]
    assert titles and all(t.startswith(hostile.SCRIPT) for t in titles)
    assert any("</script>" in s for s in _payload_strings(data))
    index = json.loads((hostile_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["docs"]


def test_no_script_element_holds_markup_from_content(pages):
    """JSON or code inside a <script> on a page (Material's config block
    included) never carries a '</script' or '<!--' that could end it early."""
    found = []
    for path, page in pages.items():
        for script in page.find("script"):
            lowered = script.text.lower()
            data = script.attrs.get("type") == JSON_LD  # holds the payloads as JSON strings, never run
            if "</script" in lowered or "<script" in lowered or "<!--" in lowered or ("alert(" in lowered and not data):
                found.append((path, script.text[:60]))
    assert found == []


def test_vacancy_pages_carry_the_payloads_as_json_strings_only(pages):
    vacancy_pages = [p for p in pages if p.startswith("vacatures/") and p != "vacatures/index.html"]
    assert vacancy_pages, "the hostile site should have a page per current vacancy"
    for path in vacancy_pages:
        page = pages[path]
        (block,) = [s for s in page.find("script") if s.attrs.get("type") == JSON_LD]
        data = json.loads(block.text)
        assert data["title"].startswith(hostile.SCRIPT) and hostile.SCRIPT in page.text, path
        assert [s for s in page.find("script") if "alert(" in s.text] == [block], path


TRAP = """
window.__pwned = false;
window.__violations = [];
window.alert = window.confirm = window.prompt = () => { window.__pwned = true; };
document.addEventListener("securitypolicyviolation", (e) => {
  window.__violations.push([e.violatedDirective, e.blockedURI, e.sample].join(" "));
});
"""
MAIN_PAGES = ("", "vacatures/", "tips/", "praktijkvoorbeelden/", "vrijwilligerswijzer/")


def _root_conftest():
    """tests/conftest.py for its `serve` helper; conftest modules share one
    module name, so load it by path."""
    path = Path(__file__).resolve().parent.parent / "conftest.py"
    spec = importlib.util.spec_from_file_location("_tests_root_conftest", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def hostile_tab(browser, hostile_site):
    with _root_conftest().serve(hostile_site) as (url, _seen):
        context = browser.new_context(service_workers="block")
        context.add_init_script(TRAP)
        page = context.new_page()
        page.base = url
        page.dialogs = []
        page.problems = []
        page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
        page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
        page.on("pageerror", lambda error: page.problems.append(str(error)))
        yield page
        context.close()


def _state(page):
    return page.evaluate("() => ({pwned: window.__pwned, violations: window.__violations})")


def test_hostile_pages_run_no_payload_in_chromium(hostile_tab, pages):
    examples = sorted(p for p in pages if p.startswith("praktijkvoorbeelden/") and p != "praktijkvoorbeelden/index.html")
    vacancy_pages = sorted(p for p in pages if p.startswith("vacatures/") and p != "vacatures/index.html")
    for path in (*MAIN_PAGES, examples[0].removesuffix("index.html"), vacancy_pages[0].removesuffix("index.html")):
        hostile_tab.goto(hostile_tab.base + path)
        hostile_tab.wait_for_load_state("load")
        assert _state(hostile_tab) == {"pwned": False, "violations": []}, path
        assert hostile.SCRIPT in hostile_tab.inner_text("article"), path
    assert hostile_tab.dialogs == [] and hostile_tab.problems == []


def test_hostile_vacancy_titles_are_text_in_wijzer_results(hostile_tab):
    hostile_tab.goto(hostile_tab.base + "vrijwilligerswijzer/")
    hostile_tab.check("#wijzer-momenten-flexibel")
    hostile_tab.click(f"#{IDS['show']}")
    hostile_tab.wait_for_function("() => document.getElementById('wijzer').dataset.state === 'results'", timeout=120_000)
    titles = hostile_tab.eval_on_selector_all(f"#{IDS['results']} h4", "els => els.map(e => e.textContent)")
    assert any(hostile.SCRIPT in t for t in titles), titles
    assert hostile_tab.locator(f"#{IDS['results']} script, #{IDS['results']} img[src='x']").count() == 0
    assert _state(hostile_tab) == {"pwned": False, "violations": []}
    assert hostile_tab.dialogs == [] and hostile_tab.problems == []
