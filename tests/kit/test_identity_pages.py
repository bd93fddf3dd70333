"""The desk of content/gemeente.yml on the home page, in the footer of every
page and in the Vrijwilligerswijzer; and, with no `repository` set (the
example), no edit links and no repository widget anywhere."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "site"))
import htmlscan  # noqa: E402

from inspiratiebox.pages import identity  # noqa: E402


def between(html: str, start: str, end: str) -> str:
    assert start in html, start
    tail = html[html.index(start):]
    return tail[: tail.index(end)]


@pytest.fixture(scope="module")
def loket(example) -> dict:
    return example.gemeente["loket"]


def test_every_page_has_the_desk_in_its_footer(built_site, loket):
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 20
    for path in pages:
        html = path.read_text(encoding="utf-8")
        footer = htmlscan.parse_fragment(between(html, '<footer class="md-footer">', "</footer>"))
        text = " ".join(footer.text.split())
        for value in (loket["naam"], loket["adres"], loket["telefoon"], loket["email"], *loket["openingsuren"]):
            assert value in text, (path, value)
        hrefs = [a.attrs.get("href") for a in footer.find("a")]
        assert "mailto:" + loket["email"] in hrefs, path
        assert "tel:" + "".join(c for c in loket["telefoon"] if c.isdigit()) in hrefs, path
        assert loket["afspraak"] in hrefs, path
        assert "Made with" not in text and "Gemaakt met" in text


def test_the_home_page_shows_the_desk_in_its_content(built_site, loket):
    html = (built_site / "index.html").read_text(encoding="utf-8")
    content = htmlscan.parse_fragment(between(html, '<article class="md-content__inner', "</article>"))
    text = " ".join(content.text.split())
    for value in (loket["naam"], loket["adres"], loket["telefoon"], loket["email"], *loket["openingsuren"]):
        assert value in text, value
    assert "<!-- loket -->" not in html
    assert loket["afspraak"] in [a.attrs.get("href") for a in content.find("a")]


def test_the_wijzer_page_shows_the_desk(built_site, loket):
    html = (built_site / "vrijwilligerswijzer" / "index.html").read_text(encoding="utf-8")
    content = htmlscan.parse_fragment(between(html, '<article class="md-content__inner', "</article>"))
    text = " ".join(content.text.split())
    for value in (loket["naam"], loket["telefoon"], loket["email"]):
        assert value in text, value


def test_ids_stay_unique_with_the_desk_twice_on_a_page(built_site):
    for name in ("index.html", "vrijwilligerswijzer/index.html"):
        page = htmlscan.parse(built_site / name)
        ids = [e.attrs["id"] for e in page.elements if e.attrs.get("id")]
        assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def test_without_a_repository_there_are_no_edit_links_and_no_repository_widget(built_site, example):
    assert not example.gemeente.get("repository")
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 20  # the loop checks the whole site
    for path in pages:
        page = htmlscan.parse(path)
        assert not [a for a in page.find("a") if a.attrs.get("rel") == "edit"], path
        assert not [e for e in page.elements if e.attrs.get("data-md-component") == "source"], path
        assert not [a for a in page.find("a") if "md-source" in a.attrs.get("class", "").split()], path


def test_footer_values_are_escaped_and_links_made_safe():
    desk = identity.footer_desk({"loket": {
        "naam": "<b>Loket</b>", "telefoon": "<script>", "email": "x@y.be\" onclick=\"a",
        "afspraak": "javascript:alert(1)", "openingsuren": ["<i>ma</i>", None, 5],
    }})
    assert desk["afspraak_href"] == "" and desk["email_href"] == "" and desk["telefoon_href"] == ""
    assert desk["openingsuren"] == ["<i>ma</i>", "5"]  # escaped by the template, tested in tests/site


@pytest.mark.parametrize("value, expected", [
    ("https://o.github.io/repo", "https://o.github.io/repo/"),
    ("https://gemeente.gitlab.io/site/", "https://gemeente.gitlab.io/site/"),
    ("", None), (None, None), ("javascript:alert(1)", None), ("/repo/", None),
    ('https://x.example/"><script>', None), ("https://x.example/?a=1", None),
])
def test_the_site_url_from_the_environment_is_kept_only_when_it_is_a_plain_web_address(value, expected):
    assert identity.site_url(value) == expected
