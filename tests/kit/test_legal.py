"""Privacy and accessibility statements from gemeente.yml, per region, and
the yearly accessibility warning of make check."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from inspiratiebox.content.load import load_content
from inspiratiebox.content.model import Content
from inspiratiebox.pages import legal

GEMEENTE = {
    "naam": "Gemeente Test",
    "regio": "BE",
    "loket": {"naam": "Loket Test", "adres": "Markt 1, 9999 Test", "telefoon": "09 111 22 33",
              "email": "loket@test.be"},
    "privacy": None,
    "toegankelijkheid": None,
}


def _content(tmp_path, **changes):
    return Content(root=tmp_path, gemeente={**GEMEENTE, **changes})


def test_built_pages_replace_the_stubs(root, built_site):
    for name, title in (("privacyverklaring", "Privacyverklaring"), ("toegankelijkheid", "Toegankelijkheidsverklaring")):
        assert not (root / "docs" / f"{name}.md").exists()
        page = (built_site / name / "index.html").read_text(encoding="utf-8")
        assert "<h1" in page and title in page


def test_privacy_says_what_is_not_collected_and_where_answers_live(tmp_path):
    page = legal.render_privacy(_content(tmp_path))
    for words in ("geen cookies", "geen statistieken of volgsystemen", "geen account", "geen formulieren",
                  "vrijwilligerswijzer.antwoorden", "Wis mijn antwoorden", "na het teken #",
                  "IP-adres", "privacybeleid van de host"):
        assert words in page, words


def test_privacy_falls_back_to_the_municipality_and_the_desk(tmp_path):
    page = legal.render_privacy(_content(tmp_path))
    assert "Verantwoordelijk voor deze website is Gemeente Test" in page
    assert 'href="mailto:loket@test.be"' in page
    filled = legal.render_privacy(_content(tmp_path, privacy={
        "verantwoordelijke": "Stad en OCMW Test", "host": "Pagina's & Co", "contact": "dpo@test.be"}))
    assert "Verantwoordelijk voor deze website is Stad en OCMW Test" in filled
    assert 'href="mailto:dpo@test.be"' in filled and "loket@test.be" not in filled
    assert "Pagina&#x27;s &amp; Co, de host" in filled


@pytest.mark.parametrize("regio, present, absent", [
    ("BE", ["Gegevensbeschermingsautoriteit", "Vlaamse Toezichtcommissie"], ["Autoriteit Persoonsgegevens"]),
    ("NL", ["Autoriteit Persoonsgegevens"], ["Gegevensbeschermingsautoriteit", "Vlaamse"]),
])
def test_privacy_complaints_go_to_the_regional_authority(tmp_path, regio, present, absent):
    page = legal.render_privacy(_content(tmp_path, regio=regio))
    assert all(p in page for p in present) and not any(a in page for a in absent)


@pytest.mark.parametrize("regio, present, absent", [
    ("BE", ["Vlaamse Ombudsdienst", "Bestuursdecreet"], ["Nationale ombudsman", "Logius"]),
    ("NL", ["Nationale ombudsman", "Besluit digitale toegankelijkheid overheid", "Logius"], ["Vlaamse"]),
])
def test_the_accessibility_page_names_the_escalation_and_the_law_of_its_region(tmp_path, regio, present, absent):
    page = legal.render_accessibility(_content(tmp_path, regio=regio))
    assert all(p in page for p in present) and not any(a in page for a in absent)
    assert "EN 301 549" in page and "WCAG" in page and "2.1" in page


def test_the_accessibility_page_states_status_date_method_and_contact(tmp_path):
    page = legal.render_accessibility(_content(tmp_path, toegankelijkheid={
        "datum": dt.date(2026, 11, 1), "status": "gedeeltelijk", "contact": "a11y@test.be"}))
    assert "voldoet gedeeltelijk" in page
    assert "1 november 2026" in page
    assert "axe-core" in page and "1280" in page and "320" in page and "toetsenbord" in page
    assert "Nu Html Checker" in page and "verspringt" in page
    assert 'href="mailto:a11y@test.be"' in page and "Markt 1, 9999 Test" in page
    assert "JavaScript" in page and "WebAssembly" in page


def test_accessibility_without_details_is_honest(tmp_path):
    page = legal.render_accessibility(_content(tmp_path))
    assert "nog niet beoordeeld" in page and "nog niet ingevuld" in page
    assert 'href="mailto:loket@test.be"' in page


def test_hostile_values_are_escaped(tmp_path):
    evil = "<script>alert(1)</script>"
    content = _content(tmp_path, naam=evil, privacy={"verantwoordelijke": evil, "host": evil, "contact": "javascript:x"},
                       toegankelijkheid={"datum": "gisteren", "status": evil, "contact": evil}, loket={"adres": evil})
    pages = legal.generate(content)
    assert set(pages) == {legal.PRIVACY_PAGE, legal.ACCESSIBILITY_PAGE}  # the loop checks both pages
    for page in pages.values():
        assert "<script>" not in page and 'href="javascript' not in page


def test_broken_gemeente_never_crashes(tmp_path):
    for gemeente in ({}, {"regio": "FR"}, {"privacy": "tekst", "toegankelijkheid": [1], "loket": 5}):
        pages = legal.generate(Content(root=tmp_path, gemeente=gemeente))
        assert set(pages) == {legal.PRIVACY_PAGE, legal.ACCESSIBILITY_PAGE}


# --- make check ----------------------------------------------------------------


@pytest.fixture
def example_tree(root, tmp_path):
    shutil.copytree(root / "content", tmp_path / "content")
    return tmp_path / "content"


def _accessibility_warnings(content_dir, today):
    _, problems = load_content(content_dir, None, today=today)
    return [p for p in problems if p.warning and "toegankelijkheid" in p.message]


def _set_accessibility(content_dir, block):
    path = content_dir / "gemeente.yml"
    text = path.read_text(encoding="utf-8")
    start = text.index("toegankelijkheid:")
    path.write_text(text[:start] + block, encoding="utf-8")  # it is the last block in the file


def test_recent_check_gives_no_warning(example_tree):
    _set_accessibility(example_tree, "toegankelijkheid:\n  datum: 2026-01-10\n  status: volledig\n")
    assert _accessibility_warnings(example_tree, dt.date(2027, 1, 10)) == []


def test_check_older_than_a_year_warns_at_the_date(example_tree):
    _set_accessibility(example_tree, "toegankelijkheid:\n  datum: 2026-01-10\n  status: volledig\n")
    (problem,) = _accessibility_warnings(example_tree, dt.date(2027, 1, 11))
    assert problem.warning and problem.file.endswith("gemeente.yml")
    line = (example_tree / "gemeente.yml").read_text(encoding="utf-8").splitlines()[problem.line - 1]
    assert "datum: 2026-01-10" in line and "meer dan een jaar" in problem.message


def test_missing_accessibility_warns_but_is_no_error(example_tree):
    _set_accessibility(example_tree, "")
    (problem,) = _accessibility_warnings(example_tree, dt.date(2026, 11, 23))
    assert problem.warning and "Voeg toe" in problem.message
    _, problems = load_content(example_tree, None, today=dt.date(2026, 11, 23))
    assert [p for p in problems if not p.warning] == []


def test_a_bad_date_is_reported_once_as_an_error(example_tree):
    _set_accessibility(example_tree, "toegankelijkheid:\n  datum: vorig jaar\n  status: volledig\n")
    _, problems = load_content(example_tree, None, today=dt.date(2026, 11, 23))
    errors = [p for p in problems if not p.warning and p.file.endswith("gemeente.yml")]
    assert len(errors) == 1
    assert _accessibility_warnings(example_tree, dt.date(2026, 11, 23)) == []
