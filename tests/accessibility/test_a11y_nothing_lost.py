"""The wijzer's questions and messages that keep answers from being lost
pass axe at 1280 and 320 px: "Wis" asking first (under the form and under
the results), the choice about a link from someone else, and the watchdog's
message with the desk's contact when the engine hangs."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from fixed_dates import BUILD_DATE, on_build_date

from inspiratiebox.bundle.contract import IDS

from .audit import WIDTHS, overflow, styled, violations
from .wijzer_flow import WIJZER, fill, wait_state

KEY = "vrijwilligerswijzer.antwoorden"


def _check(page, state: str, width: int, findings: list):
    where = f"wijzer:{state}@{width}"
    assert styled(page), f"{where}: Material's stylesheet did not load"
    page.wait_for_timeout(600)  # let Material's and the buttons' colour transitions (<= 400 ms) end
    findings.extend(violations(page, where))
    if width == 320 and overflow(page) > 0:
        findings.append(f"{where}: scrolls sideways by {overflow(page)}px")


def _clear_questions(context, site_url, width, findings):
    page = context.new_page()
    page.goto(site_url + WIJZER)
    wait_state(page, "ready")
    fill(page, {"motieven": ["sociaal"], "begeleiding": 1})
    page.click(f"#{IDS['clear']}")
    assert page.is_visible(f"#{IDS['clearConfirm']}")
    _check(page, "wis-vraag", width, findings)
    page.click(f"#{IDS['clearConfirm']} button:has-text('Nee, terug')")
    page.click(f"#{IDS['show']}")
    wait_state(page, "results")
    page.click(f"#{IDS['results']} button:has-text('Wis mijn antwoorden')")
    assert page.is_visible(f"#{IDS['clearConfirm']}")
    _check(page, "wis-vraag-resultaten", width, findings)
    page.close()


def _link_choice(context, site_url, width, findings):
    page = context.new_page()
    page.goto(site_url)
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, json.dumps({"motieven": ["waarden"]})])
    page.goto(site_url + WIJZER + "#antwoorden=eyJpbnRlcmVzc2VzIjogWyJzcG9ydCJdfQ")  # {"interesses": ["sport"]}
    assert page.is_visible(f"#{IDS['linkChoice']}")
    _check(page, "link-keuze", width, findings)
    page.close()


def _watchdog(context, site_url, width, findings):
    held = []
    context.route("**/pyodide.asm.wasm", lambda route: held.append(route))  # never answered
    page = context.new_page()
    page.goto(site_url + WIJZER)
    for _ in range(600):
        if held:
            break
        page.wait_for_timeout(50)
    assert held, "the worker never asked for the wasm"
    page.clock.fast_forward(20_000)
    wait_state(page, "error")
    assert page.is_visible(f"#{IDS['error']}")
    _check(page, "waakhond", width, findings)
    page.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_questions_and_the_watchdog_message_pass_axe(browser, site_url, width):
    findings: list[str] = []
    options = {"viewport": {"width": width, "height": 900}, "service_workers": "block"}
    context = on_build_date(browser.new_context(**options))
    hanging = browser.new_context(**options)
    hanging.clock.install(time=dt.datetime.combine(BUILD_DATE, dt.time(12)))
    try:
        _clear_questions(context, site_url, width, findings)
        _link_choice(context, site_url, width, findings)
        _watchdog(hanging, site_url, width, findings)
    finally:
        context.close()
        hanging.close()
    assert findings == [], f"{len(findings)} finding(s) at {width}px:\n" + "\n".join(findings)
