"""Driving the desk mode (hulpmiddelen/loketmodus) in Chromium, for the
desk's browser, privacy and accessibility tests.

Which answers give near misses, full organisations and failed gates is asked
of the engine itself (wijzer.desk on CPython, with the data the site ships),
so the tests follow the example content instead of hard-coding it.
"""

from __future__ import annotations

import base64
import json
import sys

from accessibility.wijzer_flow import fill
from fixed_dates import BUILD_DATE, on_build_date

from inspiratiebox.bundle.contract import DESK, IDS

PAGE = "hulpmiddelen/loketmodus/"
SLOW = 120_000  # ms: Pyodide boots in seconds, but the machine is shared
KEY = "vrijwilligerswijzer.loketmodus"
# Someone with little Dutch: vacancies that fit, near misses on language,
# and organisations at their capacity among them.
NEAR = {"nederlands": "weinig", "motieven": ["sociaal"]}
TOGGLES = f"#{DESK['results']} button[aria-pressed]"
SHEET_BUTTON = f"#{DESK['proposals']} button:has-text('Maak een doorverwijsfiche')"
STORED = "() => ({...localStorage, ...sessionStorage})"


def desk_engine(root, built_site):
    sys.path.insert(0, str(root / "widget"))
    import wijzer

    data = json.loads((built_site / "assets" / "wijzer" / "data.json").read_text(encoding="utf-8"))
    return lambda answers: wijzer.desk(answers, data, BUILD_DATE.isoformat())


def fragment(answers) -> str:
    """The wijzer's answer link (widget/web/link.js), as a candidate brings it."""
    raw = base64.urlsafe_b64encode(json.dumps(answers).encode()).decode().rstrip("=")
    return f"#antwoorden={raw}"


def wait_state(page, wanted: str):
    page.wait_for_function(f"s => document.getElementById('{DESK['root']}').dataset.state === s", arg=wanted, timeout=SLOW)


def open_desk(browser, site_url, width=1280, address=""):
    """A fresh context on the build date and the desk page, its engine ready."""
    context = on_build_date(browser.new_context(viewport={"width": width, "height": 900}, service_workers="block"))
    page = context.new_page()
    page.goto(site_url + PAGE + address)
    page.wait_for_function(f"() => document.getElementById('{DESK['root']}').dataset.state !== 'loading'", timeout=SLOW)
    return context, page


def search(page, answers: dict):
    """Tick these answers and ask for proposals (on a phone: from the last step)."""
    fill(page, answers)
    page.evaluate(f"() => document.getElementById('{DESK['results']}').hidden = true")
    while not page.is_visible(f"#{IDS['show']}"):
        page.click(f"#{IDS['next']}")
    page.click(f"#{IDS['show']}")
    page.wait_for_function(
        f"() => !document.getElementById('{DESK['results']}').hidden || document.getElementById('{DESK['error']}').hidden === false",
        timeout=SLOW,
    )
    assert page.is_hidden(f"#{DESK['error']}"), page.inner_text(f"#{DESK['status']}")


def mark(page, count: int):
    """Press the first `count` toggles, one by one."""
    for index in range(count):
        page.locator(TOGGLES).nth(index).click()


def open_sheet(page, index: int = 0):
    page.locator(SHEET_BUTTON).nth(index).click()
    page.wait_for_selector(f"#{DESK['sheet']}:not([hidden]) h2")
