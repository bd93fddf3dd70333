"""One question at a time on a phone (375 x 667): after "Volgende", by touch
or keyboard, the new question starts below Material's sticky header and its
question text is on screen; "Volgende" is the main button until the last
question, where "Toon wat bij me past" is. On a large screen that one stays
the main button."""

from __future__ import annotations

import pytest
from test_wijzer_browser import open_wijzer

from inspiratiebox.bundle.contract import DATA, IDS

PRIMARY = "md-button--primary"
GEOMETRY = f"""() => {{
  const header = document.querySelector(".md-header").getBoundingClientRect();
  const fieldset = document.querySelector("#{IDS['form']} > fieldset[{DATA['question']}]:not([hidden])");
  const box = fieldset.getBoundingClientRect();
  const legend = fieldset.querySelector("legend").getBoundingClientRect();
  return {{headerBottom: header.bottom, top: box.top, legendTop: legend.top, legendBottom: legend.bottom,
           height: innerHeight, focused: document.activeElement === fieldset, scrollY}};
}}"""


def _primary(page, id_: str) -> bool:
    return PRIMARY in (page.get_attribute(f"#{id_}", "class") or "").split()


def _steps(page) -> int:
    return page.evaluate(f"() => document.querySelectorAll('#{IDS['form']} > fieldset[{DATA['question']}]').length")


def _below_the_header(page, step: int):
    where = page.evaluate(GEOMETRY)
    assert where["focused"], f"step {step}: the question has no focus"
    assert where["top"] >= where["headerBottom"], f"step {step}: under the header: {where}"
    assert where["legendTop"] >= where["headerBottom"] and where["legendBottom"] <= where["height"], f"step {step}: {where}"


def _press_next(page, how: str):
    if how == "click":
        page.click(f"#{IDS['next']}")
    else:
        page.focus(f"#{IDS['next']}")
        page.keyboard.press(how)


@pytest.mark.parametrize("how", ["click", "Enter", "Space"])
def test_after_next_the_question_is_fully_below_the_header(new_context, site_url, how):
    page = open_wijzer(new_context(viewport={"width": 375, "height": 667}, has_touch=how == "click"), site_url)
    steps = _steps(page)
    scrolled = []
    for step in range(2, steps + 1):
        _press_next(page, how)
        assert page.inner_text(f"#{IDS['step']}").startswith(f"Vraag {step} ")
        _below_the_header(page, step)
        scrolled.append(page.evaluate("() => scrollY"))
    assert max(scrolled) > 0, "the steps should have needed scrolling"


def test_next_is_the_main_button_until_the_last_step(new_context, site_url):
    page = open_wijzer(new_context(viewport={"width": 375, "height": 667}), site_url)
    steps = _steps(page)
    for step in range(1, steps):
        assert _primary(page, IDS["next"]), f"step {step}: Volgende is not the main button"
        assert not _primary(page, IDS["show"]), f"step {step}: two main buttons"
        page.click(f"#{IDS['next']}")
    assert page.is_hidden(f"#{IDS['next']}")
    assert _primary(page, IDS["show"])
    page.click(f"#{IDS['previous']}")
    assert _primary(page, IDS["next"]) and not _primary(page, IDS["show"])


def test_on_a_large_screen_show_stays_the_main_button(context, site_url):
    page = open_wijzer(context, site_url)
    assert page.is_hidden(f"#{IDS['stepButtons']}")
    assert _primary(page, IDS["show"])
    assert not _primary(page, IDS["next"])
