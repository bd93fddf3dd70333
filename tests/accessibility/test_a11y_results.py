"""The new states of the results pass axe at 1280 and 320 px: the desk
first, every folded part open, "Toon meer" used, and what to loosen when
nothing fits (with its buttons used)."""

from __future__ import annotations

import pytest
from fixed_dates import on_build_date

from inspiratiebox.bundle.contract import IDS

from .audit import WIDTHS, overflow, violations
from .wijzer_flow import WIJZER, show_results, wait_state

# Someone with a job coach: the desk comes first, with many matches.
HELPED = {"hulp": ["jobcoach"], "motieven": ["sociaal"], "nederlands": "goed"}
# Only from home, only one-off, on Sunday evening: nothing fits, something can be loosened.
NOTHING = {"plaats": "thuis", "tijd": ["eenmalig"], "momenten": ["zo_avond"]}


def _check(page, state, width, findings):
    where = f"resultaten:{state}@{width}"
    page.wait_for_timeout(600)  # colour transitions end
    findings.extend(violations(page, where))
    if width == 320 and overflow(page) > 0:
        findings.append(f"{where}: scrolls sideways by {overflow(page)}px")


@pytest.mark.parametrize("width", WIDTHS)
def test_desk_first_folded_parts_and_what_to_loosen_pass_axe(browser, site_url, width):
    findings: list[str] = []
    context = on_build_date(browser.new_context(viewport={"width": width, "height": 900}, service_workers="block"))
    try:
        page = context.new_page()
        page.goto(site_url + WIJZER)
        wait_state(page, "ready")
        show_results(page, HELPED)
        assert page.is_visible(f"#{IDS['results']} .wijzer-loket-eerst")
        _check(page, "loket-eerst", width, findings)
        page.click(f"#{IDS['results']} .wijzer-toon-meer")
        page.evaluate(f"() => document.querySelectorAll('#{IDS['results']} details').forEach(d => d.open = true)")
        _check(page, "alles-open", width, findings)
        show_results(page, NOTHING)
        buttons = page.locator(f"#{IDS['results']} button", has_text="Probeer zonder deze keuze")
        assert buttons.count() >= 1, "nothing fits, so the page offers to loosen a choice"
        _check(page, "verruimen", width, findings)
        buttons.first.click()
        wait_state(page, "results")
        _check(page, "verruimd", width, findings)
    finally:
        context.close()
    assert findings == [], f"{len(findings)} finding(s) at {width}px:\n" + "\n".join(findings)
