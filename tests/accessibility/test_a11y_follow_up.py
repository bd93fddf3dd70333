"""Every state of the follow-up plan passes axe at 1280 and 320 px without
scrolling sideways: empty, the start date missing when the calendar is asked
for, filled in with its dates, and after the calendar was made."""

from __future__ import annotations

import pytest
from fixed_dates import on_build_date

from .audit import WIDTHS, overflow, violations

PAGE = "hulpmiddelen/opvolgplan/"


def _check(page, state, width, findings):
    where = f"opvolgplan:{state}@{width}"
    page.wait_for_timeout(300)  # focus and colour transitions end
    findings.extend(violations(page, where))
    if width == 320 and overflow(page) > 0:
        findings.append(f"{where}: scrolls sideways by {overflow(page)}px")


@pytest.mark.parametrize("width", WIDTHS)
def test_every_state_of_the_follow_up_plan_passes_axe(browser, site_url, width):
    findings: list[str] = []
    context = on_build_date(browser.new_context(viewport={"width": width, "height": 900}, service_workers="block"))
    try:
        page = context.new_page()
        page.goto(site_url + PAGE + "?vacature=Onthaal%20in%20het%20buurthuis&organisatie=Buurthuis%20De%20Linde")
        page.wait_for_selector("[data-opvolg-klaar]")
        _check(page, "leeg", width, findings)
        page.click('[data-opvolg="ics"]')
        assert page.is_visible("#opvolg-start-fout")
        _check(page, "geen-startdatum", width, findings)
        page.fill("#opvolg-start", "2026-11-23")
        page.dispatch_event("#opvolg-start", "change")
        page.fill("#opvolg-wie", "Vrijwilligersloket")
        assert page.text_content('[data-opvolg="datum"]') == "maandag 30 november 2026"
        _check(page, "ingevuld", width, findings)
        with page.expect_download():
            page.click('[data-opvolg="ics"]')
        _check(page, "agenda-gemaakt", width, findings)
    finally:
        context.close()
    assert findings == [], f"{len(findings)} finding(s) at {width}px:\n" + "\n".join(findings)
