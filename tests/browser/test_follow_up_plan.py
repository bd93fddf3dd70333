"""The follow-up plan (hulpmiddelen/opvolgplan/) in Chromium: the dates of
the moments from a start date, the query prefill, the calendar file read back
with the icalendar library, the printout, the keyboard, and the empty start.

The moments come from the example's content/opvolging.yml (weeks 1, 2, 6 and
12); the tests read them from the loaded content, not from a copy here."""

from __future__ import annotations

import datetime as dt
import io
import re
from urllib.parse import quote

import icalendar
import pytest
from pypdf import PdfReader

PAGE = "hulpmiddelen/opvolgplan/"
STAMP = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)  # the browser's clock (fixed_dates.on_build_date)
DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")
# Every character RFC 5545 escapes in a TEXT value, and letters of two and four bytes in UTF-8.
ODD_VACANCY = "Onthaal, koffie; thee \\ soep – café 🍲 " + "lang " * 12


def dutch(day: dt.date) -> str:
    return f"{DAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


@pytest.fixture(scope="module")
def plan(example):
    return example.opvolging


def open_plan(context, site_url, query: str = ""):
    page = context.new_page()
    page.goto(site_url + PAGE + query)
    page.wait_for_selector("[data-opvolg-klaar]")
    return page


def choose_start(page, day: dt.date | str) -> None:
    page.fill("#opvolg-start", day if isinstance(day, str) else day.isoformat())
    page.dispatch_event("#opvolg-start", "change")


def shown_dates(page) -> list[str]:
    return page.eval_on_selector_all('[data-opvolg="datum"]', "els => els.map(e => e.textContent)")


def download_calendar(page) -> tuple[str, str]:
    with page.expect_download() as info:
        page.click('[data-opvolg="ics"]')
    download = info.value
    return download.suggested_filename, download.path().read_bytes().decode("utf-8")


@pytest.mark.parametrize(("start", "timezone"), [
    pytest.param(dt.date(2026, 11, 23), "Europe/Brussels", id="over-the-year-end"),
    pytest.param(dt.date(2026, 10, 20), "Europe/Brussels", id="over-the-change-to-winter-time"),
    pytest.param(dt.date(2027, 3, 22), "Europe/Amsterdam", id="over-the-change-to-summer-time"),
    pytest.param(dt.date(2027, 3, 30), "Pacific/Auckland", id="far-from-utc"),
])
def test_each_moment_gets_its_date_in_dutch(new_context, site_url, plan, start, timezone):
    page = open_plan(new_context(timezone_id=timezone), site_url)
    blank = shown_dates(page)
    assert len(blank) == len(plan["momenten"]) and all("…" in d for d in blank), "no date before a start date"
    choose_start(page, start)
    expected = [dutch(start + dt.timedelta(weeks=m["weken"])) for m in plan["momenten"]]
    assert shown_dates(page) == expected
    assert page.text_content('[data-opvolg="status"]') == "De datum staat nu bij elk gesprek."
    choose_start(page, "")
    assert shown_dates(page) == blank


def test_the_example_dates_cross_the_year_end(new_context, site_url):
    page = open_plan(new_context(), site_url)
    choose_start(page, "2026-11-23")
    assert shown_dates(page) == ["maandag 30 november 2026", "maandag 7 december 2026",
                                 "maandag 4 januari 2027", "maandag 15 februari 2027"]


def test_the_query_fills_in_vacancy_and_organisation_as_plain_text(context, site_url, requests_seen):
    vacancy = '<img src=x onerror="document.title=1">Onthaal & koffie'
    organisation = "Buurthuis </label><b>De Linde</b>"
    page = open_plan(context, site_url, f"?vacature={quote(vacancy)}&organisatie={quote(organisation)}")
    assert page.input_value("#opvolg-vacature") == vacancy
    assert page.input_value("#opvolg-organisatie") == organisation
    assert page.input_value("#opvolg-wie") == "", "nobody's name unless the coordinator types it"
    assert page.locator(".opvolgplan img, .opvolgplan b").count() == 0
    assert page.title() != "1"
    assert requests_seen.foreign(site_url) == []


def test_a_query_with_line_breaks_and_a_long_text_stays_one_line_within_the_limit(context, site_url):
    page = open_plan(context, site_url, "?vacature=" + quote("Eerste\nregel\ttab  " + "x" * 300))
    value = page.input_value("#opvolg-vacature")
    assert value.startswith("Eerste regel tab x") and len(value) == 120


def test_the_calendar_has_one_all_day_event_per_moment_with_its_questions_and_the_signs(context, site_url, plan):
    page = open_plan(context, site_url, "?vacature=" + quote(ODD_VACANCY) + "&organisatie=Buurthuis%20De%20Linde")
    page.fill("#opvolg-wie", "Loket, Sam")
    choose_start(page, "2026-11-23")
    name, text = download_calendar(page)
    assert name == "opvolgplan-2026-11-23.ics"
    calendar = icalendar.Calendar.from_ical(text)
    assert str(calendar["VERSION"]) == "2.0" and "Opvolgplan" in str(calendar["PRODID"])
    events = calendar.walk("VEVENT")
    assert len(events) == len(plan["momenten"])
    assert len({str(e["UID"]) for e in events}) == len(events)
    start = dt.date(2026, 11, 23)
    for event, moment in zip(events, plan["momenten"], strict=True):
        day = start + dt.timedelta(weeks=moment["weken"])
        assert event.decoded("DTSTART") == day and event.decoded("DTEND") == day + dt.timedelta(days=1)
        assert event.decoded("DTSTAMP") == STAMP
        assert str(event["SUMMARY"]) == f"Opvolging vrijwilligerswerk: na week {moment['weken']} – {ODD_VACANCY.strip()}"
        description = str(event["DESCRIPTION"])
        for line in [moment["titel"], *moment["vragen"], *plan["signalen"]]:
            assert line in description, line
        assert "Vacature: " + ODD_VACANCY.strip() in description
        assert "Organisatie: Buurthuis De Linde" in description and "Wie volgt op: Loket, Sam" in description
        assert "Eerste dag: maandag 23 november 2026" in description
    status = page.text_content('[data-opvolg="status"]')
    assert "opvolgplan-2026-11-23.ics" in status


def test_the_calendar_file_keeps_to_the_rfc_line_rules(context, site_url):
    page = open_plan(context, site_url, "?vacature=" + quote(ODD_VACANCY))
    choose_start(page, "2026-11-23")
    _, text = download_calendar(page)
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines = text.split("\r\n")[:-1]
    assert max(len(line.encode("utf-8")) for line in lines) <= 75
    assert any(line.startswith(" ") for line in lines), "long lines are folded"
    unfolded = re.sub(r"\r\n ", "", text)
    assert "SUMMARY:Opvolging vrijwilligerswerk: na week 1 – Onthaal\\, koffie\\; thee \\\\ soep – café 🍲" in unfolded
    assert "DTSTART;VALUE=DATE:20261130\r\nDTEND;VALUE=DATE:20261201" in unfolded


def test_without_a_start_date_nothing_downloads_and_the_field_says_why(context, site_url):
    page = open_plan(context, site_url)
    downloads = []
    page.on("download", lambda download: downloads.append(download))
    page.click('[data-opvolg="ics"]')
    error = page.locator("#opvolg-start-fout")
    assert error.is_visible() and "Kies eerst de eerste dag" in error.text_content()
    start = page.locator("#opvolg-start")
    assert start.get_attribute("aria-invalid") == "true"
    assert "opvolg-start-fout" in start.get_attribute("aria-describedby")
    assert page.evaluate("document.activeElement.id") == "opvolg-start"
    assert page.locator('[role="alert"]').count() == 0
    page.wait_for_timeout(500)
    assert downloads == []
    choose_start(page, "2026-11-23")
    assert not error.is_visible() and start.get_attribute("aria-invalid") is None


@pytest.mark.parametrize("filled", [False, True], ids=["empty", "filled-in"])
def test_the_printout_fits_two_a4_sheets(context, site_url, plan, filled):
    page = open_plan(context, site_url, "?vacature=Onthaal&organisatie=Buurthuis" if filled else "")
    if filled:
        choose_start(page, "2026-11-23")
    sheets = PdfReader(io.BytesIO(page.pdf(format="A4"))).pages
    assert 1 <= len(sheets) <= 2, f"{len(sheets)} sheets"
    text = " ".join(" ".join(sheet.extract_text().split()) for sheet in sheets)
    for moment in plan["momenten"]:
        assert f"Na week {moment['weken']}: {moment['titel']}" in text
    assert "Signalen dat een plaatsing vastloopt" in text and plan["signalen"][-1][:40] in text
    assert "Download agenda" not in text and "Zo gebruik je het" not in text, "only the plan goes on paper"
    if filled:
        assert "maandag 15 februari 2027" in text


def type_date_with_keys(page, day: dt.date) -> None:
    """Digits in the order the browser's own date control shows its parts,
    which follows the browser's language: month first here, day first in
    many others."""
    for digits in (day.strftime("%m%d%Y"), day.strftime("%d%m%Y")):
        page.fill("#opvolg-start", "")
        page.focus("#opvolg-start")
        page.keyboard.type(digits)
        if page.input_value("#opvolg-start") == day.isoformat():
            return
    raise AssertionError("the date control took no date from the keyboard")


def tab_to(page, wanted: str, limit: int = 6) -> list[str]:
    """Press Tab until `wanted` (a selector) has the focus; what it passed."""
    passed = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        passed.append(page.evaluate("document.activeElement.id || document.activeElement.dataset.opvolg || ''"))
        if page.evaluate(f"document.activeElement.matches({wanted!r})"):
            return passed
    raise AssertionError(f"Tab never reached {wanted}: {passed}")


def test_the_plan_works_with_the_keyboard_alone(context, site_url):
    page = open_plan(context, site_url)
    type_date_with_keys(page, dt.date(2026, 11, 23))
    tab_to(page, "#opvolg-vacature")
    assert shown_dates(page)[0] == "maandag 30 november 2026"
    page.keyboard.type("Onthaal")
    passed = tab_to(page, '[data-opvolg="ics"]')
    assert passed == ["opvolg-organisatie", "opvolg-wie", "ics"], "the fields and then the button, in reading order"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid", "the focused button shows its focus"
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    assert "SUMMARY:Opvolging vrijwilligerswerk: na week 1 – Onthaal" in info.value.path().read_text(encoding="utf-8")


def test_the_date_rules_refuse_days_that_do_not_exist(context, site_url):
    page = open_plan(context, site_url)
    results = page.evaluate("""async () => {
        const {parseDay, addWeeks, isoDay} = await import('../../assets/opvolgplan/dates.js');
        return ['2026-02-31', '2027-02-29', '0050-01-01', '26-1-1', '', '2028-02-29']
            .map(text => parseDay(text) && isoDay(addWeeks(parseDay(text), 1)));
    }""")
    assert results == [None, None, None, None, None, "2028-03-07"]


def test_without_javascript_the_plan_is_there_to_print_with_blank_dates(new_context, site_url, plan):
    page = new_context(java_script_enabled=False).new_page()
    page.goto(site_url + PAGE)
    assert page.locator(".opvolg-geen-js").is_visible()
    assert not page.locator('[data-opvolg="ics"]').is_visible(), "a button that would do nothing is hidden"
    assert page.locator(".opvolg-moment").count() == len(plan["momenten"])
    assert all("…" in d for d in shown_dates(page))
    assert len(PdfReader(io.BytesIO(page.pdf(format="A4"))).pages) <= 2
