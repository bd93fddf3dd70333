"""The results of a typical candidate, as a person meets them: on a 375 px
phone in at most four screens, and on paper in at most two A4 sheets with
what a conversation needs (date, answers, top matches with contact and
address, near misses with what to ask, the desk, the attention points).

The candidates here are whole people, not the example's ids: each answers
the real questions of the built site, and the checks hold for whatever the
engine ranks.
"""

from __future__ import annotations

import base64
import io
import json

import pytest
from pypdf import PdfReader

from inspiratiebox.bundle.contract import IDS

WIJZER = "vrijwilligerswijzer/"
SLOW = 120_000
PHONE = {"width": 375, "height": 667}

# Someone with little Dutch, light support and a social worker: the A2 candidate.
NEWCOMER = {
    "motieven": ["sociaal", "waarden"], "interesses": ["buurt", "armoede"], "taken": ["met_mensen", "praktisch"],
    "momenten": ["di_ochtend", "do_ochtend", "za_ochtend"], "tijd": ["2_tot_4"], "nederlands": "weinig",
    "begeleiding": 1, "situatie": "leefloon", "hulp": ["maatschappelijk_werker"],
}
# Someone who answers most questions, with many matches.
BUSY = {
    "motieven": ["sociaal", "begrip", "ontplooiing"], "interesses": ["cultuur", "ouderen", "buurt", "sport"],
    "taken": ["met_mensen", "organiseren", "praktisch"], "momenten": ["flexibel"],
    "tijd": ["eenmalig", "2_tot_4", "4_tot_8"], "setting": ["kleine_groep", "grote_groep"], "nederlands": "goed",
    "begeleiding": 0, "leeftijd": "21_64", "situatie": "geen",
}
CANDIDATES = {"newcomer": NEWCOMER, "busy": BUSY}


def _fragment(answers) -> str:
    raw = base64.urlsafe_b64encode(json.dumps(answers).encode()).decode().rstrip("=")
    return f"#antwoorden={raw}"


def _show_results(page):
    """On a phone the form shows one step: jump to the last one, then ask."""
    button = f"#{IDS['show']}"
    while not page.is_visible(button):
        page.click(f"#{IDS['next']}")
    page.click(button)
    page.wait_for_selector(f"#{IDS['results']}:not([hidden]) h2", timeout=SLOW)


def _open(new_context, site_url, answers, **options):
    context = new_context(**options)
    page = context.new_page()
    page.goto(site_url + WIJZER + _fragment(answers))
    page.wait_for_function("() => document.getElementById('wijzer').dataset.state !== 'loading'", timeout=SLOW)
    _show_results(page)
    return page


@pytest.mark.parametrize("who", list(CANDIDATES))
def test_on_a_375_px_phone_the_results_take_at_most_four_screens(new_context, site_url, who):
    page = _open(new_context, site_url, CANDIDATES[who], viewport=PHONE, is_mobile=True, has_touch=True)
    height = page.eval_on_selector(f"#{IDS['results']}", "el => el.getBoundingClientRect().height")
    cards = page.eval_on_selector_all(f"#{IDS['results']} .wijzer-kaart", "els => els.filter(e => e.offsetParent).length")
    assert cards >= 1, "the candidate should see vacancies"
    assert height <= 4 * PHONE["height"], f"{who}: {height:.0f} px is {height / PHONE['height']:.1f} screens"


def _printed(page) -> PdfReader:
    return PdfReader(io.BytesIO(page.pdf(format="A4", print_background=False)))


@pytest.mark.parametrize("who", list(CANDIDATES))
def test_the_printout_fits_two_sheets_and_holds_what_a_conversation_needs(new_context, site_url, example, who):
    page = _open(new_context, site_url, CANDIDATES[who], viewport={"width": 1200, "height": 900})
    sheets = _printed(page).pages
    assert 1 <= len(sheets) <= 2, f"{who}: {len(sheets)} sheets"
    text = " ".join(" ".join(sheet.extract_text().split()) for sheet in sheets)
    first = " ".join(sheets[0].extract_text().split())
    assert "Wat bij je past" in first and "Gemaakt op" in first, "the first sheet starts with the results"
    assert len(first) > 600, "the first sheet is not nearly blank"
    loket = example.gemeente["loket"]
    assert loket["telefoon"] in text and loket["naam"] in text, "the desk is always on paper"
    assert "Je antwoorden" in text and "Goed om te weten" in text
    shown = page.eval_on_selector_all(
        f"#{IDS['results']} ol > li:not([hidden]) .wijzer-kaart",
        "els => els.map(e => [e.querySelector('h4').textContent, e.querySelector('.wijzer-org').textContent])",
    )
    for title, where in shown:
        assert " ".join(title.split()) in text and " ".join(where.split())[:30] in text
    assert "Toon meer" not in text and "Neem mee naar je gesprek" not in text


def test_every_card_links_to_its_own_vacancy_page_and_says_where(new_context, site_url):
    page = _open(new_context, site_url, BUSY, viewport={"width": 1200, "height": 900})
    cards = page.eval_on_selector_all(
        f"#{IDS['results']} .wijzer-kaart",
        "els => els.map(e => [e.querySelector('h4 a')?.href, e.querySelector('.wijzer-org').textContent])",
    )
    assert len(cards) >= 5
    for href, where in cards:
        assert href and "/vacatures/" in href, where
        assert " · " in where, f"no address or 'van thuis uit' on {where!r}"
    landing = page.request.get(cards[0][0])
    assert landing.ok and "application/ld+json" in landing.text()
