"""The group placement page in every state passes axe at 1280 and 320 px
(empty, candidates added, a damaged link's message, the proposal shown, the
proposal out of date, the engine broken) without scrolling sideways at 320,
and the whole flow works with the keyboard alone, with visible focus."""

from __future__ import annotations

import pytest
from fixed_dates import on_build_date

from inspiratiebox.bundle.contract import GROUP

from .audit import WIDTHS, overflow, violations
from .group_flow import GROUP_ANSWERS, PAGE, add_by_link, link_for, open_ready, propose, wait_state
from .test_a11y_keyboard import FOCUS_SHOWN, REMEMBER_LOOKS, _tab_until, _unmarked


def _check(page, state: str, width: int, findings: list):
    where = f"groepsplaatsing:{state}@{width}"
    page.wait_for_timeout(600)  # let Material's and the buttons' colour transitions (<= 400 ms) end
    findings.extend(violations(page, where))
    if width == 320 and overflow(page) > 0:
        findings.append(f"{where}: scrolls sideways by {overflow(page)}px")


def _context(browser, width):
    return on_build_date(browser.new_context(viewport={"width": width, "height": 900}, service_workers="block"))


@pytest.mark.parametrize("width", WIDTHS)
def test_every_state_of_the_group_page_passes_axe(browser, site_url, width):
    findings = []
    context = _context(browser, width)
    try:
        page = open_ready(context, site_url)
        _check(page, "leeg", width, findings)
        add_by_link(page, GROUP_ANSWERS[0], "AB")
        add_by_link(page, GROUP_ANSWERS[2])
        _check(page, "kandidaten", width, findings)
        page.fill(f"#{GROUP['link']}", "https://example.org/#antwoorden=kapot!")
        page.click(f"#{GROUP['linkForm']} button[type=submit]")
        assert page.inner_text(f"#{GROUP['linkMessage']}")
        _check(page, "linkfout", width, findings)
        propose(page)
        _check(page, "voorstel", width, findings)
        add_by_link(page, GROUP_ANSWERS[1])
        wait_state(page, GROUP["states"]["outdated"])
        _check(page, "verouderd", width, findings)
        broken = context.new_page()
        broken.route("**/assets/wijzer/data.json", lambda route: route.fulfill(status=404, body="weg"))
        broken.goto(site_url + PAGE)
        wait_state(broken, GROUP["states"]["error"])
        _check(broken, "fout", width, findings)
    finally:
        context.close()
    assert findings == [], f"{len(findings)} finding(s):\n" + "\n".join(findings)


def _keyboard_add_by_link(page, answers, stops):
    stops += _tab_until(page, f"#{GROUP['link']}")
    page.keyboard.insert_text(link_for(answers))
    page.keyboard.press("Enter")
    page.evaluate(REMEMBER_LOOKS)  # the list has new elements; the focus stays in the field


def test_the_whole_flow_with_the_keyboard_only_and_visible_focus(browser, site_url):
    context = _context(browser, 1280)
    try:
        page = open_ready(context, site_url)
        page.evaluate(REMEMBER_LOOKS)
        stops = []
        _keyboard_add_by_link(page, GROUP_ANSWERS[0], stops)
        assert page.evaluate("() => document.activeElement.id") == GROUP["link"], "the field waits for the next link"
        stops += _tab_until(page, f"#{GROUP['form']} input[name='nederlands']")
        page.keyboard.press("ArrowDown")  # radios: arrows move and choose
        stops += _tab_until(page, f"#{GROUP['label']}")
        page.keyboard.type("CD")
        stops += _tab_until(page, f"#{GROUP['add']}")
        page.keyboard.press("Enter")
        assert page.evaluate("() => document.activeElement.id") == GROUP["formTitle"], "the empty form is ready for the next person"
        page.evaluate(REMEMBER_LOOKS)
        stops += _tab_until(page, f"#{GROUP['propose']}")
        assert _unmarked(stops) == [], "focus not visible on:\n" + "\n".join(_unmarked(stops))
        page.keyboard.press("Enter")
        wait_state(page, GROUP["states"]["proposal"])
        assert page.evaluate("() => document.activeElement.id") == "groep-voorstel-titel"
        assert page.evaluate(FOCUS_SHOWN)["now"].split(" | ")[0] != "none", "the focused proposal heading shows no outline"
        names = page.eval_on_selector_all(f"#{GROUP['proposal']} h3", "els => els.map(e => e.textContent)")
        assert names == ["Kandidaat 1", "Kandidaat 2 (CD)"]

        page.evaluate(REMEMBER_LOOKS)  # the list and the proposal are new elements
        page.evaluate(f"() => document.getElementById('{GROUP['listTitle']}').focus()")
        stops = _tab_until(page, f"#{GROUP['list']} > li:nth-child(2) button[data-actie=wijzig]")
        page.keyboard.press("Enter")
        assert page.evaluate("() => document.activeElement.id") == GROUP["formTitle"]
        page.evaluate(REMEMBER_LOOKS)
        assert page.is_checked(f"#{GROUP['form']} input[name='nederlands']:checked")
        stops += _tab_until(page, f"#{GROUP['cancel']}")
        page.keyboard.press("Enter")
        assert page.evaluate("() => document.activeElement.id") == "groep-kandidaat-2"
        page.evaluate(REMEMBER_LOOKS)
        stops += _tab_until(page, f"#{GROUP['list']} > li:nth-child(2) button[data-actie=verwijder]")
        page.keyboard.press("Enter")
        assert page.evaluate("() => document.activeElement.id") == "groep-kandidaat-1", "focus stays in the list"
        assert page.get_attribute(f"#{GROUP['root']}", "data-state") == GROUP["states"]["outdated"]
        assert _unmarked(stops) == [], "focus not visible on:\n" + "\n".join(_unmarked(stops))
    finally:
        context.close()
