"""The capacity overview for staff (hulpmiddelen/draagkracht.md): every
organisation with its draagkracht as the wijzer reads it, full ones marked in
words, current vacancies only, stale checks flagged, and "Pas aan" to the
organisation's file on GitHub or GitLab; small content in, page text out."""

from __future__ import annotations

import datetime as dt
import posixpath
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import hostile
import pytest
from fixed_dates import BUILD_DATE
from test_build_renderers import content, organisation, vacancy

from inspiratiebox.pages import capacity

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "widget"))
from wijzer import offer  # noqa: E402  (the engine, for its own reading of draagkracht)


VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "source", "area", "col", "base"}


@dataclass
class Node:
    tag: str
    attrs: dict
    children: list = field(default_factory=list)
    parts: list = field(default_factory=list)

    @property
    def text(self) -> str:
        """The visible text inside, whitespace collapsed."""
        return " ".join("".join(self.parts).split())

    def find(self, tag: str) -> list[Node]:
        """Every element with this tag below, in document order; "*" for all."""
        return [n for c in self.children for n in ([c] if tag in (c.tag, "*") else []) + c.find(tag)]

    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()


class _Tree(HTMLParser):
    """Elements with the text inside them: htmlscan reads pages flat."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = [Node("root", {})]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag):
        if tag in [n.tag for n in self.stack[1:]]:
            while self.stack.pop().tag != tag:
                pass

    def handle_data(self, data):
        for node in self.stack:
            node.parts.append(data)


def tree(html: str) -> Node:
    parser = _Tree()
    parser.feed(html)
    parser.close()
    return parser.stack[0]


def render(tmp_path, orgs, **gemeente) -> Node:
    return tree(capacity.render_page(content(tmp_path, organisaties=orgs, gemeente=gemeente), BUILD_DATE))


def rows(page: Node) -> dict[str, list[str]]:
    """{organisation: [its cells]} from the overview table."""
    return {tr.find("th")[0].text: [td.text for td in tr.find("td")] for tr in page.find("tbody")[0].find("tr")}


def card(page: Node, org_id: str) -> Node:
    (found,) = [e for e in page.find("section") if e.attrs.get("id") == f"organisatie-{org_id}"]
    return found


def three_organisations():
    return [
        organisation("vol", naam="Zorghuis", draagkracht={"maximum": 2, "nu": 2, "ervaring_met": ["psychisch"]},
                     vacatures=[vacancy(id="zorg")]),
        organisation("ruim", naam="Atelier", draagkracht={"maximum": 3, "nu": 1}, vacatures=[vacancy(id="atelier")]),
        organisation("geen", naam="Sportclub", draagkracht={"maximum": 0, "nu": 0}, vacatures=[]),
    ]


def test_the_summary_counts_full_organisations_and_the_places_left(tmp_path):
    text = render(tmp_path, three_organisations()).text
    assert "1 van de 3 organisaties zit vol." in text
    assert "1 organisatie neemt geen vrijwilligers die extra begeleiding nodig hebben." in text
    assert "Samen is er nog plaats voor 2 vrijwilligers die extra begeleiding nodig hebben." in text


def test_organisations_are_listed_by_name_with_places_taken_and_free(tmp_path):
    page = render(tmp_path, three_organisations())
    assert rows(page) == {
        "Atelier": ["1 van 3", "2", "1"],
        "Sportclub": ["0 van 0", "Geen plaats", "0"],
        "Zorghuis": ["2 van 2", "Vol", "1"],
    }
    assert [s.attrs["id"] for s in page.find("section")] == ["organisatie-ruim", "organisatie-geen", "organisatie-vol"]


def test_a_full_organisation_is_marked_in_words_and_by_its_box_not_by_colour_alone(tmp_path):
    page = render(tmp_path, three_organisations())
    full = card(page, "vol")
    assert "ib-draagkracht-org-vol" in full.attrs["class"].split()
    (heading,) = [e for e in page.find("h3") if "Zorghuis" in e.text]
    assert heading.text == "Zorghuis Vol"
    marks = [e for e in page.find("span") if "ib-draagkracht-vol" in e.attrs.get("class", "").split()]
    assert sorted(m.text for m in marks) == ["Geen plaats", "Geen plaats", "Vol", "Vol"]  # in the table and the heading
    assert "Vol: de wijzer stelt deze organisatie niet voor aan wie extra begeleiding nodig heeft." in page.text
    assert "ib-draagkracht-org-vol" not in card(page, "ruim").attrs["class"]


def test_the_page_explains_how_a_placement_changes_nu_and_when_it_is_live(tmp_path):
    text = render(tmp_path, three_organisations()).text
    assert "Verhoog dan nu onder draagkracht in het bestand van die organisatie met 1." in text
    assert "Verlaag nu dan weer met 1." in text
    assert "Vrijwilligerswijzer stelt ze dan niet meer voor aan mensen die extra begeleiding nodig hebben" in text
    assert "werkt pas nadat de site opnieuw gebouwd is" in text


def test_expired_vacancies_are_neither_listed_nor_counted(tmp_path):
    org = organisation(vacatures=[
        vacancy(id="nu", titel="Nog open"),
        vacancy(id="oud", titel="Al afgelopen", geldig_tot=BUILD_DATE - dt.timedelta(days=1)),
    ])
    page = render(tmp_path, [org])
    assert rows(page)["Buurthuis"][-1] == "1"
    assert "Nog open" in page.text and "Al afgelopen" not in page.text
    hrefs = [a.attrs["href"] for a in page.find("a")]
    assert "../../vacatures/nu/" in hrefs and not [h for h in hrefs if "oud" in h]


def test_stale_checks_are_flagged_with_the_threshold_of_the_content_check(tmp_path):
    org = organisation(vacatures=[
        vacancy(id="vers", titel="Vers", laatst_nagekeken=dt.date(2026, 11, 1)),
        vacancy(id="oud", titel="Oud", laatst_nagekeken=dt.date(2026, 5, 22)),  # 6 months and a day before
        vacancy(id="grens", titel="Grens", laatst_nagekeken=dt.date(2026, 5, 23)),  # exactly 6 months: not yet
    ])
    page = render(tmp_path, [org])
    flagged = [li.text for li in page.find("li") if "Te lang niet nagekeken" in li.text]
    assert flagged == ["Oud (2 plaatsen open, nagekeken op 22 mei 2026) Te lang niet nagekeken"]
    text = page.text
    assert "De oudste open vacature is nagekeken op 22 mei 2026. Dat is meer dan 6 maanden geleden" in text
    assert "1 open vacature is meer dan 6 maanden niet nagekeken." in text


def test_recent_checks_raise_no_flag(tmp_path):
    text = render(tmp_path, [organisation()]).text
    assert "Te lang niet nagekeken" not in text and "niet nagekeken." not in text
    assert "De oudste open vacature is nagekeken op 1 oktober 2026." in text


@pytest.mark.parametrize("repository, edit", [
    ("https://github.com/gemeente/site", "https://github.com/gemeente/site/edit/main/content/organisaties/huis.yml"),
    ("https://gitlab.com/gemeente/site", "https://gitlab.com/gemeente/site/-/edit/main/content/organisaties/huis.yml"),
])
def test_pas_aan_opens_the_organisation_file_in_the_forge_editor(tmp_path, repository, edit):
    page = render(tmp_path, [organisation()], repository=repository)
    (edit_link,) = [a for a in page.find("a") if a.text.startswith("Pas aan")]
    assert edit_link.attrs["href"] == edit and edit_link.attrs.get("rel") == "noopener"
    assert edit_link.text == "Pas aan: bestand van Buurthuis"  # names the organisation for screen readers
    assert "Met de link Pas aan bij een organisatie open je haar bestand" in page.text
    assert "../../zelf-hosten/" in [a.attrs["href"] for a in page.find("a")]


def test_without_a_repository_there_is_no_link_and_the_file_is_named(tmp_path):
    for repository in (None, "https://codeberg.org/gemeente/site"):  # no forge with a known editor
        page = render(tmp_path, [organisation()], repository=repository)
        assert not [a for a in page.find("a") if "Pas aan" in a.text]
        text = page.text
        assert "content/organisaties/huis.yml" in text
        assert "Elke organisatie heeft een eigen bestand in de map content/organisaties/" in text


def test_the_contact_shows_phone_and_email_but_never_a_person(tmp_path):
    org = organisation(contact={"naam": "Mevrouw Jansen", "telefoon": "09 123 45 67", "email": "huis@voorbeeld.be"})
    page = render(tmp_path, [org])
    hrefs = [a.attrs["href"] for a in page.find("a")]
    assert "tel:091234567" in hrefs and "mailto:huis@voorbeeld.be" in hrefs
    assert "Jansen" not in page.text


def test_experience_is_shown_as_labels(tmp_path):
    page = render(tmp_path, three_organisations())
    labels = [li.text for ul in page.find("ul") if "ib-labels" in ul.attrs.get("class", "") for li in ul.find("li")]
    assert labels == ["Mensen met psychische kwetsbaarheid"]
    assert "Niet ingevuld" in card(page, "ruim").text


@pytest.mark.parametrize("raw", [
    {"maximum": 2, "nu": 2}, {"maximum": 2, "nu": 1}, {"maximum": 0, "nu": 0}, {"maximum": 1, "nu": 3},
    {}, None, "veel", {"maximum": "twee", "nu": 1}, {"maximum": 2, "nu": None}, {"maximum": True, "nu": 0},
])
def test_full_means_what_the_engine_reads_even_for_broken_numbers(raw):
    org = organisation(draagkracht=raw)
    assert capacity.capacity_of(org).full == offer.organisation(org).vol, raw


def test_hostile_content_stays_text(tmp_path):
    payload = f"{hostile.PLAIN} {hostile.ATTR}"
    org = organisation(
        naam=payload, contact={"telefoon": hostile.SCRIPT, "email": hostile.IMG},
        draagkracht={"maximum": 1, "nu": 1, "ervaring_met": [hostile.IMG]}, vacatures=[vacancy(titel=payload)],
    )
    page = render(tmp_path, [org], repository='https://github.com/a/b"><script>alert(1)</script>')
    assert not page.find("script") and not page.find("img")
    assert not [name for e in page.find("*") for name in e.attrs if name.startswith("on")]
    assert page.text.count(hostile.SCRIPT) >= 4  # table, heading, vacancy, experience label, edit link
    (edit_link,) = [a for a in page.find("a") if a.text.startswith("Pas aan")]
    assert '"' not in edit_link.attrs["href"] and "<" not in edit_link.attrs["href"]


def test_without_organisations_the_page_says_so(tmp_path):
    page = render(tmp_path, [])
    assert "Er staan nog geen organisaties op de site." in page.text and not page.find("table")


def test_the_front_matter_keeps_the_page_from_search_engines_and_the_site_search(tmp_path):
    source = capacity.render_page(content(tmp_path), BUILD_DATE)
    head = source.split("---\n")[1]
    assert "robots: noindex\n" in head and "search:\n  exclude: true\n" in head


# --- the example site --------------------------------------------------------------


def test_the_example_site_lists_every_organisation_and_marks_the_full_ones(built_site, example):
    page = tree((built_site / "hulpmiddelen" / "draagkracht" / "index.html").read_text(encoding="utf-8"))
    table = rows(page)
    orgs = [o for o in example.organisaties]
    assert sorted(table) == sorted(o["naam"] for o in orgs) and list(table) == sorted(table, key=str.casefold)
    for org in orgs:
        maximum, nu = org["draagkracht"]["maximum"], org["draagkracht"]["nu"]
        expected = "Geen plaats" if maximum == 0 else "Vol" if nu >= maximum else str(maximum - nu)
        assert table[org["naam"]][:2] == [f"{nu} van {maximum}", expected], org["id"]
    assert any(cells[1] == "Vol" for cells in table.values()), "the example should show a full organisation"


def test_every_vacancy_link_on_the_example_page_leads_to_a_built_page(built_site):
    page = tree((built_site / "hulpmiddelen" / "draagkracht" / "index.html").read_text(encoding="utf-8"))
    links = [a.attrs["href"] for a in page.find("a") if "vacatures/" in a.attrs.get("href", "")]
    assert links
    for href in links:
        target = built_site / posixpath.normpath(posixpath.join("hulpmiddelen/draagkracht", href)) / "index.html"
        assert target.is_file(), href


def test_the_tools_overview_and_the_menu_link_to_the_page(built_site):
    for name in ("hulpmiddelen/index.html", "index.html"):
        hrefs = [a.attrs.get("href", "") for a in tree((built_site / name).read_text(encoding="utf-8")).find("a")]
        assert [h for h in hrefs if h.rstrip("/").endswith("draagkracht")], name
