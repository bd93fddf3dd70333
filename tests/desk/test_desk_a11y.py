"""Every state of the desk mode passes axe (WCAG 2.2 AA) at 1280 and 320 px
without sideways scrolling, and the whole conversation works by keyboard:
answer, ask, mark proposals, open and close the referral sheet."""

from __future__ import annotations

import pytest
from accessibility.audit import WIDTHS, overflow, styled, violations

from inspiratiebox.bundle.contract import DESK, IDS

from .desk_flow import NEAR, TOGGLES, mark, open_desk, open_sheet, search


def _check(page, state, width, findings):
    where = f"loketmodus:{state}@{width}"
    page.wait_for_timeout(600)  # colour transitions end
    findings.extend(violations(page, where))
    if width == 320 and overflow(page) > 0:
        findings.append(f"{where}: scrolls sideways by {overflow(page)}px")


@pytest.mark.parametrize("width", WIDTHS)
def test_every_desk_state_passes_axe_and_fits_the_screen(browser, site_url, width):
    findings: list[str] = []
    context, page = open_desk(browser, site_url, width=width)
    try:
        assert styled(page)
        _check(page, "leeg", width, findings)
        search(page, NEAR)
        _check(page, "resultaten", width, findings)
        mark(page, 4)  # the fourth is refused, with its message
        _check(page, "voorstellen", width, findings)
        open_sheet(page)
        page.check(f"#{DESK['sheet']}-typ")
        _check(page, "fiche", width, findings)
        page.check(f"#{IDS['remember']}")
        _check(page, "bewaard", width, findings)
        page.click(f"#{IDS['clear']}")
        _check(page, "wis-vraag", width, findings)
    finally:
        context.close()
    assert findings == [], f"{len(findings)} finding(s) at {width}px:\n" + "\n".join(findings)


def _tab_to(page, selector: str, limit: int = 300):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement?.matches(s) || false", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def _focus_visible(page) -> bool:
    return page.evaluate("""() => { const s = getComputedStyle(document.activeElement);
        return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; }""")


def test_the_whole_conversation_works_by_keyboard_with_visible_focus(browser, site_url):
    context, page = open_desk(browser, site_url)
    try:
        _tab_to(page, "input[name=nederlands]")
        page.keyboard.press("Space")
        assert page.evaluate("() => !!document.querySelector('input[name=nederlands]:checked')")
        _tab_to(page, f"#{IDS['show']}")
        page.keyboard.press("Enter")
        page.wait_for_selector(f"#{DESK['results']}:not([hidden]) h2", timeout=120_000)
        assert page.evaluate(f"() => document.activeElement.id === '{DESK['resultsTitle']}'"), "focus moves to the results"
        _tab_to(page, TOGGLES)
        assert _focus_visible(page)
        page.keyboard.press("Enter")
        assert page.locator(TOGGLES).first.get_attribute("aria-pressed") == "true"
        _tab_to(page, f"#{DESK['proposals']} button.md-button--primary")
        page.keyboard.press("Enter")
        assert page.evaluate(f"() => document.activeElement.id === '{DESK['sheet']}-titel'"), "focus moves to the sheet"
        _tab_to(page, f"#{DESK['sheet']}-typ")
        page.keyboard.press("Space")
        _tab_to(page, f"#{DESK['sheet']}-kandidaat_naam")
        page.keyboard.type("Sam")
        _tab_to(page, f"#{DESK['sheet']} .fiche-toestemming input")
        page.keyboard.press("Space")
        assert page.is_checked(f"#{DESK['sheet']} .fiche-toestemming input >> nth=0")
        _tab_to(page, f"#{DESK['sheet']} [data-fiche-actie=sluit]")
        assert _focus_visible(page)
        page.keyboard.press("Enter")
        assert page.is_hidden(f"#{DESK['sheet']}")
        assert page.evaluate("() => document.activeElement.textContent.startsWith('Maak een doorverwijsfiche')"), "focus returns"
    finally:
        context.close()
