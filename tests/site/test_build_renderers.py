"""The page renderers on small hand-made content, without MkDocs."""

from __future__ import annotations

import datetime as dt
import re

import htmlscan
import pytest
from fixed_dates import BUILD_DATE

from inspiratiebox import pages
from inspiratiebox.content import schema
from inspiratiebox.content.model import Content
from inspiratiebox.pages import examples, tips, vacancies

TODAY = dt.date(2026, 11, 23)


def vacancy(**extra) -> dict:
    base = {
        "id": "koffie", "titel": "Koffie schenken", "samenvatting": "Je schenkt koffie.",
        "beschrijving": None, "sectoren": ["buurt"], "taken": ["praktisch"], "momenten": ["di_ochtend", "vr_middag"],
        "flexibel": False, "uren": "2_tot_4", "eenmalig": False, "deelgemeente": "Noord", "van_thuis": False,
        "setting": ["duo"], "nederlands": "basis", "nederlands_oefenen": True, "toegankelijkheid": ["rolstoel"],
        "vereisten": [], "begeleiding": 2, "duo_mogelijk": True, "deeltaken": ["tafels klaarzetten"],
        "motieven": ["sociaal"], "plaatsen": 2, "geldig_tot": dt.date(2027, 6, 30), "laatst_nagekeken": dt.date(2026, 10, 1),
    }
    return {**base, **extra}


def organisation(id_="huis", vacatures=None, **extra) -> dict:
    base = {
        "id": id_, "naam": "Buurthuis", "beschrijving": "Een huis.", "website": "https://www.voorbeeld.be/huis",
        "adres": "Straat 1", "deelgemeente": "Noord",
        "contact": {"naam": "Onthaal", "telefoon": "09 123 45 67", "email": "huis@voorbeeld.be"},
        "draagkracht": {"maximum": 1, "nu": 0, "ervaring_met": []},
        "vacatures": [vacancy()] if vacatures is None else vacatures,
    }
    return {**base, **extra}


def example(id_="gent", **extra) -> dict:
    base = {
        "id": id_, "titel": "Een voorbeeld", "plaats": "Gent", "land": "BE", "themas": ["matching"],
        "doelgroepen": ["nieuwkomers"], "samenvatting": "Kort.", "wat": "Wat *gebeurt*.", "wie": "Wie.",
        "hoe": "Hoe.", "leerpunten": ["Leer dit."], "bron": {"titel": "Rapport", "uitgever": "Movisie", "jaar": 2021, "url": None},
    }
    return {**base, **extra}


def content(tmp_path, **extra) -> Content:
    gemeente = {
        "naam": "Gemeente Test", "fictief": False, "regio": "BE", "logo": None, "kleur": "#1d5a8e",
        "deelgemeenten": ["Noord"],
        "loket": {"naam": "Loket", "adres": "Markt 1", "openingsuren": ["maandag: 9 tot 12 uur"],
                  "telefoon": "09 111 22 33", "email": "loket@voorbeeld.be", "afspraak": "https://www.voorbeeld.be/afspraak"},
    }
    fields = {"organisaties": [organisation()], "voorbeelden": [example()], "tips": []}
    fields.update(extra)
    gemeente.update(fields.pop("gemeente", {}))
    return Content(root=tmp_path / "content", gemeente=gemeente, **fields)


def fragment(html: str) -> htmlscan.Page:
    return htmlscan.parse_fragment(html)


# --- Practice examples --------------------------------------------------------


def test_overview_lists_every_example_with_filter_data():
    items = [
        example("a", titel="Beta", land="NL", themas=["matching", "beleid"], doelgroepen=["armoede"]),
        example("b", titel="alfa", land="BE", themas=["vorming"], doelgroepen=[]),
    ]
    rendered = examples.render_index(items)
    page = fragment(rendered)
    cards = [e for e in page.elements if e.tag == "li" and "ib-kaart" in e.attrs.get("class", "")]
    assert [c.attrs["data-land"] for c in cards] == ["BE", "NL"]  # sorted by title, case-insensitive
    assert cards[1].attrs["data-themas"].split() == ["matching", "beleid"]
    assert cards[0].attrs["data-doelgroepen"] == ""
    links = [a.attrs["href"] for a in page.find("a")]
    assert links == ["b/", "a/"]
    form = page.find("form")[0]
    # In place from the first paint (no layout shift when filters.js arrives).
    assert "hidden" not in form.attrs and "data-ib-filters" in form.attrs
    selects = {s.attrs["name"]: s.attrs["data-ib-filter"] for s in page.find("select")}
    assert selects == {"thema": "themas", "land": "land", "doelgroep": "doelgroepen"}
    for select in page.find("select"):
        assert any(label.attrs.get("for") == select.attrs["id"] for label in page.find("label"))
    options = [o.attrs["value"] for o in page.find("option")]
    # Only values that occur, in the schema's order, after an empty "all" option.
    themes = [k for k in schema.THEMAS if k in ("matching", "beleid", "vorming")]
    assert options == ["", *themes, "", "BE", "NL", "", "armoede"]
    status = [e for e in page.elements if "data-ib-count" in e.attrs][0]
    assert status.attrs["role"] == "status" and status.attrs["aria-live"] == "polite"
    assert status.attrs["data-many"].replace("{n}", "12") == "12 voorbeelden"
    # The first count is written by the build, so it takes its room before filters.js runs.
    assert re.search(r"data-ib-count [^>]*>2 voorbeelden</p>", rendered)


def test_overview_without_examples_says_so_and_offers_no_filters():
    page = fragment(examples.render_index([]))
    assert "nog geen praktijkvoorbeelden" in page.text
    assert page.find("form") == [] and page.find("select") == []


def test_overview_links_follow_the_url_style():
    html = examples.render_index([example("a")], directory_urls=False)
    assert 'href="a.html"' in html


def test_example_page_sections_tips_and_source():
    item = example(
        wat="Lees [de leidraad](../leidraden/matchen.md#stap) of [Movisie](https://www.movisie.nl/).",
        bron={"titel": "Rapport", "uitgever": "Movisie", "jaar": 2021, "url": "javascript:alert(1)"},
    )
    own = {"tekst": "Een tip uit Gent.", "thema": "matching", "zie": "voorbeelden/gent"}
    other = {"tekst": "Een andere tip.", "thema": "matching", "zie": "leidraden/matchen"}
    markdown = examples.render_page(item, [own, other])
    assert markdown.startswith('---\ntitle: "Een voorbeeld"\n---\n\n# Een voorbeeld\n')
    for heading in ("## Wat gebeurt er?", "## Wie doet mee?", "## Hoe pakken ze het aan?",
                    "## Wat kun je hiervan leren?", "## Tips uit dit voorbeeld", "## Bron"):
        assert heading in markdown
    page = fragment(markdown)
    assert "Een tip uit Gent." in page.text and "Een andere tip." not in page.text
    hrefs = {a.attrs["href"]: a.attrs.get("rel") for a in page.find("a")}
    assert hrefs["../../leidraden/matchen/#stap"] is None  # a content link to a page, made a site URL
    assert hrefs["https://www.movisie.nl/"] == "noopener"
    assert "../../tips/#matching" in hrefs and "../" in hrefs
    assert not any("javascript" in h for h in hrefs)
    assert "Rapport. Movisie, 2021." in page.text
    assert "Gent, België (Vlaanderen)" in page.text


def test_example_title_is_escaped_for_markdown_and_html():
    markdown = examples.render_page(example(titel='<script>x</script> [a](javascript:y) {: onclick="z" }'), [])
    heading = next(line for line in markdown.splitlines() if line.startswith("# "))
    assert "<script>" not in heading and "&lt;script&gt;" in heading
    assert r"\[a\]\(javascript:y\)" in heading and r"\{: onclick" in heading
    front = markdown.split("---")[1]
    assert "<" not in front and "&lt;script&gt;" in front


def test_example_markdown_is_sanitised():
    html = examples.render_page(example(hoe="<script>alert(1)</script><img src=x onerror=alert(1)><p onclick=x>tekst</p>"), [])
    page = fragment(html)
    assert page.find("script") == [] and page.find("img") == []
    assert not any(k.startswith("on") for e in page.elements for k in e.attrs)
    assert "tekst" in page.text and "alert" not in page.text


def test_generate_makes_one_page_per_example(tmp_path):
    made = pages.generate(content(tmp_path, voorbeelden=[example("a"), example("b"), {"titel": "zonder id"}]), today=TODAY)
    assert {"praktijkvoorbeelden/index.md", "praktijkvoorbeelden/a.md", "praktijkvoorbeelden/b.md",
            "tips.md", "vacatures.md", "vacatures/koffie.md", "inhoud-beheren.md", "privacyverklaring.md",
            "toegankelijkheid.md", "hulpmiddelen/draagkracht.md"} == set(made)
    assert all(re.search(r"^# \S", md, re.M) for md in made.values())


# --- Tips ---------------------------------------------------------------------


def test_tips_are_grouped_by_theme_in_schema_order(tmp_path):
    docs = tmp_path / "docs"
    (docs / "leidraden").mkdir(parents=True)
    (docs / "leidraden" / "matchen.md").write_text("Intro\n\n# Goed matchen\n\n## Deel\n", encoding="utf-8")
    items = [
        {"tekst": "Tip 1", "thema": "waardering", "zie": "leidraden/matchen"},
        {"tekst": "Tip 2", "thema": "loket", "zie": "voorbeelden/gent"},
        {"tekst": "Tip 3", "thema": "waardering", "zie": "leidraden/bestaat-niet"},
        {"tekst": "Tip 4", "thema": "onbekend", "zie": "iets"},
        {"tekst": "", "thema": "loket", "zie": "leidraden/matchen"},
        "geen tip",
    ]
    markdown = tips.render(items, {"gent": "Gent doet het"}, docs)
    headings = re.findall(r"^## (.+)$", markdown, re.M)
    order = list(schema.THEMAS)
    assert headings == [f"{schema.THEMAS['loket']} {{#loket}}", f"{schema.THEMAS['waardering']} {{#waardering}}", "Andere tips {#andere}"]
    assert order.index("loket") < order.index("waardering")
    page = fragment(markdown)
    hrefs = [a.attrs["href"] for a in page.find("a")]
    assert hrefs == ["../praktijkvoorbeelden/gent/", "../leidraden/matchen/"]
    assert "Goed matchen" in page.text and "Gent doet het" in page.text
    assert "Bestaat niet" in page.text  # readable fallback, without a dead link
    assert page.text.count("Tip ") == 4


def test_without_tips_the_page_says_there_are_none_yet(tmp_path):
    markdown = tips.render([], {}, tmp_path)
    assert "nog geen tips" in markdown and "## " not in markdown


# --- Vacancies ------------------------------------------------------------------


def test_expired_vacancy_is_left_out_and_today_still_counts(tmp_path):
    org = organisation(vacatures=[
        vacancy(id="oud", titel="Oud", geldig_tot=TODAY - dt.timedelta(days=1)),
        vacancy(id="vandaag", titel="Vandaag", geldig_tot=TODAY),
        vacancy(id="tekst", titel="Als tekst", geldig_tot="2027-01-01"),
    ])
    page = fragment(vacancies.render_vacancies(content(tmp_path, organisaties=[org]), TODAY))
    ids = [a.attrs["id"] for a in page.find("article")]
    assert ids == ["vandaag", "tekst"]
    assert "Oud" not in page.text


def test_organisation_without_current_vacancy_gets_a_note(tmp_path):
    org = organisation(vacatures=[vacancy(geldig_tot=dt.date(2020, 1, 1))])
    page = fragment(vacancies.render_vacancies(content(tmp_path, organisaties=[org]), TODAY))
    assert page.find("article") == []
    assert "geen open vacatures" in page.text and "Buurthuis" in page.text


def test_vacancy_facts_in_plain_dutch(tmp_path):
    page = fragment(vacancies.render_vacancies(content(tmp_path), TODAY))
    text = page.text
    assert "Dinsdagochtend en vrijdagmiddag" in text
    assert schema.NEDERLANDS_NODIG["basis"] in text and schema.CRITERIA["nederlands_oefenen"] in text
    assert schema.BEGELEIDING_AANBOD[2] in text and "duo" in text
    assert schema.TOEGANKELIJKHEID["rolstoel"] in text and "tafels klaarzetten" in text
    assert "Nog 2 plaatsen vrij" in text and "30 juni 2027" in text
    hrefs = [a.attrs["href"] for a in page.find("a")]
    assert "tel:091234567" in hrefs and "mailto:huis@voorbeeld.be" in hrefs


def test_flexible_vacancy_and_from_home(tmp_path):
    org = organisation(vacatures=[vacancy(flexibel=True, van_thuis=True, eenmalig=True)])
    text = fragment(vacancies.render_vacancies(content(tmp_path, organisaties=[org]), TODAY)).text
    assert "Wanneer het jou past" in text and "Noord en van thuis uit" in text and "Eén keer" in text


@pytest.mark.parametrize("regio", ["BE", "NL"])
def test_certificate_of_good_conduct_is_named_for_the_region(tmp_path, regio):
    org = organisation(vacatures=[vacancy(vereisten=[{"soort": "goed_gedrag", "nodig": "moet", "leeftijd": None},
                                                     {"soort": "minimumleeftijd", "nodig": "moet", "leeftijd": 18}])])
    text = fragment(vacancies.render_vacancies(content(tmp_path, organisaties=[org], gemeente={"regio": regio}), TODAY)).text
    other = "NL" if regio == "BE" else "BE"
    assert f"{schema.GOED_GEDRAG[regio]} ({schema.NODIG['moet']})" in text
    assert schema.GOED_GEDRAG[other] not in text
    assert "Minstens 18 jaar" in text


def test_unsafe_urls_are_left_out(tmp_path):
    org = organisation(website="javascript:alert(1)")
    c = content(tmp_path, organisaties=[org], gemeente={"loket": {"naam": "Loket", "afspraak": "data:text/html,x"}})
    html = vacancies.render_desk(c) + vacancies.render_vacancies(c, TODAY)
    hrefs = [a.attrs["href"] for a in fragment(html).find("a")]
    assert "koffie/" in hrefs  # the vacancy's own page
    assert not [h for h in hrefs if not h.startswith(("https://", "mailto:", "tel:")) and h != "koffie/"]
    assert "Maak een afspraak" not in html and "Website" not in html


def test_desk_shows_contact_and_appointment(tmp_path):
    page = fragment(vacancies.render_desk(content(tmp_path), level=3))
    assert page.find("h3")[0].attrs["id"] == "ib-loket"
    assert "Markt 1" in page.text and "maandag: 9 tot 12 uur" in page.text
    hrefs = {a.attrs["href"]: a.attrs.get("rel") for a in page.find("a")}
    assert hrefs["https://www.voorbeeld.be/afspraak"] == "noopener"
    assert "mailto:loket@voorbeeld.be" in hrefs and "tel:091112233" in hrefs


def test_fictional_content_is_marked(tmp_path):
    fictional = content(tmp_path, gemeente={"fictief": True})
    page = vacancies.render_page(fictional, TODAY)
    assert page.count("verzonnen voorbeelden") == 1  # once on the page, not twice
    assert "verzonnen" in vacancies.render_vacancies(fictional, TODAY)
    assert "verzonnen" not in vacancies.render_page(content(tmp_path), TODAY)


def test_broken_content_does_not_crash(tmp_path):
    broken = content(
        tmp_path,
        gemeente={"loket": None, "regio": None},
        organisaties=[{"naam": None, "vacatures": [{"momenten": "ma_ochtend", "plaatsen": "veel", "vereisten": [None], "geldig_tot": "nooit"}]}, "geen dict"],
        voorbeelden=[{"id": "x", "themas": "matching", "bron": None, "leerpunten": None}],
        tips=[{"tekst": "t", "thema": ["lijst"], "zie": None}],
    )
    made = pages.generate(broken, today=TODAY)
    assert "Vacature" in made["vacatures.md"] and "x" in made["praktijkvoorbeelden/index.md"]


def test_generated_pages_carry_no_inline_script_style_or_handler(root):
    """The site gets a strict Content-Security-Policy: nothing inline. The one
    script element allowed is a vacancy page's JSON-LD, a data block no
    browser runs."""
    from inspiratiebox.content.load import load_content

    real, problems = load_content(root / "content", root / "docs", today=BUILD_DATE)
    assert real is not None, problems
    made = pages.generate(real, docs_dir=root / "docs", today=TODAY)
    current = [v for _, v in real.vacatures() if vacancies.is_current(v, TODAY)]
    # the overviews of examples, tips, vacancies and capacity; inhoud-beheren,
    # privacyverklaring, toegankelijkheid; and a page per current vacancy
    assert len(made) == 4 + 3 + len(real.voorbeelden) + len(current)
    for src, markdown in made.items():
        page = fragment(markdown)
        scripts = [s.attrs for s in page.find("script")]
        assert scripts == ([{"type": "application/ld+json"}] if src.startswith("vacatures/") else []), src
        assert page.find("style") == [], src
        assert [(e.tag, k) for e in page.elements for k in e.attrs if k == "style" or k.startswith("on")] == [], src
