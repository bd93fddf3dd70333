"""The wijzer with the keyboard only: every element Tab reaches shows where
the focus is, the form can be filled in and sent with Space and Enter, and
the results heading gets the focus. On a phone the step buttons work the
same way.

"Shows where the focus is" is measured, not assumed: the element's outline,
box-shadow, border, background and underline with focus are compared with
the same element before anything had focus.
"""

from __future__ import annotations

import contextlib

from fixed_dates import on_build_date

from inspiratiebox.bundle.contract import DATA, IDS

from .wijzer_flow import WIJZER, wait_state

LOOK = """el => { const s = getComputedStyle(el);
  const visibleOutline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
  return [visibleOutline ? [s.outlineStyle, s.outlineWidth, s.outlineColor].join(' ') : 'none',
          s.boxShadow, s.borderColor, s.backgroundColor, s.textDecorationLine, s.color].join(' | '); }"""

REMEMBER_LOOKS = f"() => {{ window.__look = new Map(); for (const el of document.querySelectorAll('*')) window.__look.set(el, ({LOOK})(el)); }}"
FOCUS_SHOWN = f"""() => {{ const el = document.activeElement;
  if (!el || el === document.body) return null;
  const before = window.__look.get(el);
  const now = ({LOOK})(el);
  return {{id: el.id || el.outerHTML.slice(0, 80), changed: before !== undefined && before !== now, before, now}}; }}"""


def _tab_until(page, selector: str, limit: int = 400) -> list[dict]:
    """Tab until `selector` has focus; what each stop looked like."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        stop = page.evaluate(FOCUS_SHOWN)
        if stop:
            stops.append(stop)
        if page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)", selector):
            return stops
    raise AssertionError(f"Tab never reached {selector}")


def _unmarked(stops: list[dict]) -> list[str]:
    return [f"{s['id']}: {s['now']}" for s in stops if not s["changed"]]


@contextlib.contextmanager
def _ready_wijzer(browser, site_url, width: int, height: int):
    """The wijzer, ready, with every element's unfocused look remembered."""
    context = on_build_date(browser.new_context(viewport={"width": width, "height": height}, service_workers="block"))
    try:
        page = context.new_page()
        page.goto(site_url + WIJZER)
        wait_state(page, "ready")
        page.evaluate(REMEMBER_LOOKS)
        yield page
    finally:
        context.close()


def test_keyboard_only_with_visible_focus_at_1280(browser, site_url):
    with _ready_wijzer(browser, site_url, 1280, 900) as page:
        stops = _tab_until(page, 'input[name="motieven"]')
        page.keyboard.press("Space")
        stops += _tab_until(page, 'input[name="nederlands"]')
        page.keyboard.press("ArrowDown")  # radios: arrows move and choose
        stops += _tab_until(page, f"#{IDS['show']}")
        assert len(stops) > 20, "the page should have many stops before the button"
        assert _unmarked(stops) == [], "focus not visible on:\n" + "\n".join(_unmarked(stops))
        chosen = page.eval_on_selector_all(f"#{IDS['form']} fieldset input:checked", "els => els.map(e => e.name)")
        assert chosen == ["motieven", "nederlands"]

        page.keyboard.press("Space")
        wait_state(page, "results")
        assert page.evaluate("() => document.activeElement.id") == IDS["resultsTitle"]
        heading = page.evaluate(FOCUS_SHOWN)
        assert heading["now"].split(" | ")[0] != "none", "the focused results heading shows no outline"

        page.evaluate(REMEMBER_LOOKS)  # the results are new elements
        page.evaluate(f"() => document.getElementById('{IDS['resultsTitle']}').focus()")
        stops = _tab_until(page, f"#{IDS['results']} button[{DATA['action']}=wis]")
        assert _unmarked(stops) == [], "focus not visible on:\n" + "\n".join(_unmarked(stops))
        page.keyboard.press("Enter")
        assert page.evaluate("() => document.activeElement.id") == IDS["clearConfirm"], "Wis asks first"
        assert page.evaluate(FOCUS_SHOWN)["now"].split(" | ")[0] != "none", "the question shows no outline"
        page.keyboard.press("Tab")
        assert page.evaluate("() => document.activeElement.textContent") == "Ja, wis alles"
        page.keyboard.press("Enter")
        assert page.is_hidden(f"#{IDS['results']}")
        assert page.evaluate(f"() => document.querySelectorAll('#{IDS['form']} input:checked').length") == 0
        assert page.evaluate(f"() => document.activeElement.matches('fieldset[{DATA['question']}]')")


def test_keyboard_only_step_by_step_at_320(browser, site_url):
    with _ready_wijzer(browser, site_url, 320, 700) as page:
        steps = page.evaluate(f"() => document.querySelectorAll('#{IDS['form']} > fieldset[{DATA['question']}]').length")
        stops = _tab_until(page, 'input[name="motieven"]')
        page.keyboard.press("Space")
        for step in range(2, steps + 1):
            stops += _tab_until(page, f"#{IDS['next']}")
            page.keyboard.press("Enter")
            assert page.inner_text(f"#{IDS['step']}").startswith(f"Vraag {step} ")
            assert page.evaluate(f"() => document.activeElement.matches('fieldset[{DATA['question']}]:not([hidden])')")
        stops += _tab_until(page, f"#{IDS['show']}")
        assert _unmarked(stops) == [], "focus not visible on:\n" + "\n".join(_unmarked(stops))
        page.keyboard.press("Enter")
        wait_state(page, "results")
        assert page.evaluate("() => document.activeElement.id") == IDS["resultsTitle"]
