"""The desk mode in Chromium, on the build date: what a coordinator sees per
vacancy, three proposals at most, the referral sheet on paper, the
candidate's answer link, and nothing stored or sent without being asked."""

from __future__ import annotations

import io
import json
from urllib.parse import parse_qs, urlsplit

import pytest
from pypdf import PdfReader

from inspiratiebox.bundle.contract import DESK, IDS

from .desk_flow import KEY, NEAR, SHEET_BUTTON, STORED, TOGGLES, desk_engine, fragment, mark, open_desk, open_sheet, search

CONSENT = f"#{DESK['sheet']} .fiche-toestemming input[type=checkbox]"


@pytest.fixture
def desk(browser, site_url):
    context, page = open_desk(browser, site_url)
    yield page
    context.close()


def _card(page, title):
    return page.locator(f"#{DESK['results']} .loketmodus-kaart", has=page.locator("h4", has_text=title)).first


def _text(locator) -> str:
    return " ".join(locator.inner_text().split())


def test_a_near_miss_shows_capacity_experience_support_contact_and_every_failed_gate(desk, root, built_site):
    expected = desk_engine(root, built_site)(NEAR)
    assert expected["bijna"], "the example content has near misses for this candidate"
    search(desk, NEAR)
    for entry in expected["bijna"]:
        card, info = _text(_card(desk, entry["titel"])), entry["voor_loket"]
        capacity = info["draagkracht"]
        assert f"nu {capacity['nu']} van {capacity['maximum']}" in card
        for label in info["ervaring"] + [info["begeleiding"]["tekst"], info["nagekeken"]] + info["deeltaken"]:
            assert label in card, f"{entry['titel']}: {label!r} ontbreekt"
        assert info["poorten"], f"{entry['titel']} is a near miss, so a gate failed"
        for gate in info["poorten"]:
            assert gate["reden"] in card
        assert entry["vraag"] in card and entry["organisatie"]["naam"] in card
    full = [e for e in expected["resultaten"] + expected["bijna"] if e["voor_loket"]["draagkracht"]["vol"]]
    assert full and ": vol" in _text(_card(desk, full[0]["titel"]))


def test_every_card_has_score_contact_links_and_a_working_link_to_its_vacancy_page(desk, root, built_site):
    expected = desk_engine(root, built_site)(NEAR)
    search(desk, NEAR)
    first = expected["resultaten"][0]
    card = _card(desk, first["titel"])
    assert f"{first['score']} van 100" in _text(card)
    assert card.locator("a[href^='tel:']").count() == 1 and card.locator("a[href^='mailto:']").count() == 1
    href = card.locator("h4 a").get_attribute("href")
    absolute = desk.evaluate("h => new URL(h, location.href).href", href)
    assert "/vacatures/" in absolute and desk.request.get(absolute).ok, f"{href} is not the vacancy's page"


def test_a_fourth_proposal_is_refused_with_a_message_read_aloud(desk):
    search(desk, NEAR)
    mark(desk, 4)
    pressed = desk.eval_on_selector_all(TOGGLES, "bs => bs.map(b => b.getAttribute('aria-pressed'))")
    assert pressed[:4] == ["true", "true", "true", "false"] and pressed.count("true") == 3
    notice = desk.locator(f"#{DESK['markNotice']}")
    assert notice.get_attribute("role") == "status"
    desk.wait_for_function(f"() => document.getElementById('{DESK['markNotice']}').textContent.includes('al drie voorstellen')")
    assert desk.locator(f"#{DESK['proposals']} ol > li").count() == 3
    desk.locator(TOGGLES).nth(1).click()  # unmark one: now a fourth fits
    desk.locator(TOGGLES).nth(3).click()
    assert desk.locator(f"#{DESK['proposals']} ol > li").count() == 3
    assert desk.locator(TOGGLES).nth(3).get_attribute("aria-pressed") == "true"


def _pdf(page) -> list[str]:
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=False)))
    return [" ".join(sheet.extract_text().split()) for sheet in reader.pages]


def test_the_referral_sheet_prints_alone_on_at_most_two_a4_sheets_with_no_consent_ticked(desk):
    search(desk, NEAR)
    mark(desk, 1)
    title = _text(desk.locator(f"#{DESK['proposals']} ol > li h3").first)
    open_sheet(desk)
    assert desk.locator(CONSENT).count() >= 6
    assert desk.eval_on_selector_all(CONSENT, "bs => bs.filter(b => b.checked).length") == 0
    sheets = _pdf(desk)
    assert 1 <= len(sheets) <= 2, f"{len(sheets)} A4-bladen"
    text = " ".join(sheets)
    assert "Doorverwijsfiche" in sheets[0] and title in sheets[0]
    assert "Onze afspraken" in text and "Handtekeningen" in text and "De doorverwijzer" in text
    assert "Zoek voorstellen" not in text and "Kies als voorstel" not in text and "Typ namen in" not in text


def test_with_the_longest_texts_and_typed_names_the_sheet_still_fits_two_sheets(desk):
    search(desk, NEAR)
    mark(desk, 1)
    open_sheet(desk)
    desk.check(f"#{DESK['sheet']}-typ")
    for name in ("kandidaat_naam", "kandidaat_contact", "doorverwijzer_naam", "doorverwijzer_contact"):
        desk.fill(f"#{DESK['sheet']}-{name}", ("Lange naam " * 20)[:200])
    desk.evaluate("""() => {
        const long = {titel: 80, organisatie: 160, adres: 160, contact: 120, begeleiding: 160};
        for (const [field, size] of Object.entries(long))
          document.querySelector(`[data-fiche-veld="${field}"]`).textContent = "Woord ".repeat(size / 6);
    }""")
    sheets = _pdf(desk)
    assert 1 <= len(sheets) <= 2, f"{len(sheets)} A4-bladen"
    assert "Lange naam" in " ".join(sheets), "typed names print"


def test_names_are_lines_to_write_on_unless_typed_and_the_follow_up_plan_gets_the_vacancy(desk):
    search(desk, NEAR)
    mark(desk, 1)
    open_sheet(desk)
    line = f"#{DESK['sheet']} [data-fiche-naam=kandidaat_naam]"
    assert not desk.is_visible(f"#{DESK['sheet']}-kandidaat_naam") and desk.inner_text(line) == ""
    desk.check(f"#{DESK['sheet']}-typ")
    desk.fill(f"#{DESK['sheet']}-kandidaat_naam", "Sam Voorbeeld")
    assert desk.inner_text(line) == "Sam Voorbeeld"
    desk.uncheck(f"#{DESK['sheet']}-typ")
    assert desk.inner_text(line) == ""
    plan = desk.get_attribute(f"#{DESK['sheet']} a[data-fiche-opvolgplan]", "href")
    query = parse_qs(urlsplit(plan).query)
    assert urlsplit(plan).path == "../opvolgplan/"
    assert query["vacature"] == [_text(desk.locator("[data-fiche-veld=titel]"))]
    assert query["organisatie"] == [_text(desk.locator("[data-fiche-veld=organisatie]"))]


def test_a_candidates_answer_link_fills_the_form_and_leaves_the_address_bar(browser, site_url):
    context, page = open_desk(browser, site_url, address=fragment(NEAR))
    try:
        assert page.is_checked("input[name=nederlands][value=weinig]") and page.is_checked("input[name=motieven][value=sociaal]")
        assert "#antwoorden=" not in page.url
        assert "link van de kandidaat" in page.inner_text(f"#{DESK['notice']}")
        assert page.evaluate(STORED) == {}
    finally:
        context.close()


def test_nothing_is_stored_without_opt_in_and_nothing_leaves_the_device(browser, site_url):
    context, page = open_desk(browser, site_url)
    seen = []
    context.on("request", lambda request: seen.append(request.url))
    try:
        page.reload()
        page.wait_for_function(f"() => document.getElementById('{DESK['root']}').dataset.state !== 'loading'", timeout=120_000)
        search(page, NEAR)
        mark(page, 2)
        open_sheet(page)
        page.check(f"#{DESK['sheet']}-typ")
        page.fill(f"#{DESK['sheet']}-kandidaat_naam", "Sam")
        assert page.evaluate(STORED) == {} and context.cookies() == []
        origin = "{0.scheme}://{0.netloc}/".format(urlsplit(site_url))
        assert any("engine.zip" in u for u in seen), "the recorder missed the worker"
        assert [u for u in seen if not u.startswith((origin, "data:", "blob:", "about:"))] == []
    finally:
        context.close()


def test_with_opt_in_everything_survives_a_reload_and_wis_alles_empties_it(browser, site_url):
    context, page = open_desk(browser, site_url)
    try:
        search(page, NEAR)
        mark(page, 2)
        open_sheet(page)
        page.check(f"#{DESK['sheet']}-typ")
        page.fill(f"#{DESK['sheet']}-kandidaat_naam", "Sam")
        page.check(f"#{IDS['remember']}")
        held = json.loads(page.evaluate(STORED)[KEY])
        assert set(page.evaluate(STORED)) == {KEY}
        assert held["antwoorden"] == NEAR and len(held["voorstellen"]) == 2 and held["namen"] == {"kandidaat_naam": "Sam"}
        page.reload()
        page.wait_for_selector(f"#{DESK['results']}:not([hidden]) h2", timeout=120_000)
        assert page.is_checked(f"#{IDS['remember']}") and page.is_checked("input[name=nederlands][value=weinig]")
        assert page.locator(f"#{DESK['proposals']} ol > li").count() == 2
        assert page.locator(f"{TOGGLES}[aria-pressed=true]").count() == 2
        open_sheet(page)
        assert page.input_value(f"#{DESK['sheet']}-kandidaat_naam") == "Sam"
        page.click(f"#{IDS['clear']}")
        page.click(f"#{DESK['clearConfirm']} button:has-text('Ja, wis alles')")
        assert page.evaluate(STORED) == {}
        assert not page.is_checked(f"#{IDS['remember']}") and not page.is_checked("input[name=nederlands][value=weinig]")
        assert page.locator(f"#{DESK['proposals']} ol > li").count() == 0 and page.is_hidden(f"#{DESK['sheet']}")
        page.reload()
        page.wait_for_function(f"() => document.getElementById('{DESK['root']}').dataset.state === 'ready'", timeout=120_000)
        assert page.evaluate(STORED) == {} and page.locator(SHEET_BUTTON).count() == 0
    finally:
        context.close()
