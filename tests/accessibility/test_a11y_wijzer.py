"""The Vrijwilligerswijzer in every state passes axe at 1280 and 320 px:
loading, ready (the empty form), each question in step mode on a phone,
results with none, one and many vacancies, a near miss, both error states
and the page without JavaScript.

The no-JavaScript state is the real one: a context with JavaScript off, where
`@media (scripting: none)` hides the form and shows the desk and all
vacancies. axe runs there through the DevTools protocol (see nojs.py), since
Playwright's evaluate does not work without JavaScript."""

from __future__ import annotations

import pytest
from fixed_dates import on_build_date

from inspiratiebox.bundle.contract import DATA, IDS

from . import nojs
from .audit import WIDTHS, overflow, violations
from .wijzer_flow import WIJZER, answers_for, engine, show_results, wait_state


@pytest.fixture(scope="module")
def answers(root, built_site):
    found = answers_for(engine(root, built_site))
    assert set(found) == {"none", "one", "many", "near"}, f"example data lacks a case: {found}"
    return found


def _check(page, state: str, width: int, findings: list):
    where = f"wijzer:{state}@{width}"
    page.wait_for_timeout(600)  # let Material's and the buttons' colour transitions (<= 400 ms) end
    findings.extend(violations(page, where))
    if width == 320 and overflow(page) > 0:
        findings.append(f"{where}: scrolls sideways by {overflow(page)}px")


def _loading_then_ready(context, site_url, width, findings):
    """The loading state, held there by holding back the engine archive."""
    held = []
    context.route("**/assets/wijzer/engine.zip", lambda route: held.append(route))
    page = context.new_page()
    page.goto(site_url + WIJZER)
    assert page.get_attribute(f"#{IDS['root']}", DATA["state"]) == "loading"
    _check(page, "loading", width, findings)
    for _ in range(2400):
        if held:
            break
        page.wait_for_timeout(50)
    assert held, "the worker never asked for the engine"
    held[0].continue_()
    context.unroute("**/assets/wijzer/engine.zip")
    wait_state(page, "ready")
    _check(page, "start", width, findings)
    return page


def _each_step(page, width, findings):
    steps = page.evaluate(f"() => document.querySelectorAll('#{IDS['form']} > fieldset[{DATA['question']}]').length")
    assert steps > 1 and page.is_visible(f"#{IDS['step']}"), "320px should show one question at a time"
    for step in range(1, steps):
        page.click(f"#{IDS['next']}")
        assert page.inner_text(f"#{IDS['step']}").startswith(f"Vraag {step + 1} ")
        _check(page, f"stap-{step + 1}", width, findings)


def _broken_states(context, site_url, width, findings):
    broken = context.new_page()
    broken.route("**/assets/wijzer/data.json", lambda route: route.fulfill(status=404, body="weg"))
    broken.goto(site_url + WIJZER)
    wait_state(broken, "error")
    _check(broken, "error", width, findings)
    context.add_init_script("delete globalThis.WebAssembly;")
    no_wasm = context.new_page()
    no_wasm.goto(site_url + WIJZER)
    wait_state(no_wasm, "error")
    _check(no_wasm, "geen-wasm", width, findings)


def _without_javascript(browser, site_url, width, findings):
    no_js = browser.new_context(viewport={"width": width, "height": 900}, java_script_enabled=False)
    try:
        page = no_js.new_page()
        page.goto(site_url + WIJZER)
        assert nojs.scripting_off(page), "the page is not in its no-JavaScript state"
        assert nojs.styled(page), "stylesheets did not load without JavaScript"
        assert page.is_visible("text=Je browser voert geen JavaScript uit.")
        assert page.is_hidden(f"#{IDS['form']}"), "without JavaScript the form cannot work, so it is hidden"
        findings.extend(nojs.violations(page, f"wijzer:zonder-js@{width}"))
        if width == 320 and nojs.overflow(page) > 0:
            findings.append(f"wijzer:zonder-js@{width}: scrolls sideways by {nojs.overflow(page)}px")
    finally:
        no_js.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_every_wijzer_state_passes_axe(browser, site_url, answers, width):
    findings: list[str] = []
    context = on_build_date(browser.new_context(viewport={"width": width, "height": 900}, service_workers="block"))
    try:
        page = _loading_then_ready(context, site_url, width, findings)
        if width == 320:
            _each_step(page, width, findings)
        for kind in ("none", "one", "many", "near"):
            show_results(page, answers[kind])
            _check(page, f"resultaten-{kind}", width, findings)
        counts = page.evaluate(f"() => document.querySelectorAll('#{IDS['results']} .wijzer-bijna-lijst > li').length")
        assert counts >= 1, "the near-miss state should show a near miss"
        _broken_states(context, site_url, width, findings)
    finally:
        context.close()
    _without_javascript(browser, site_url, width, findings)
    assert findings == [], f"{len(findings)} finding(s) at {width}px:\n" + "\n".join(findings)
