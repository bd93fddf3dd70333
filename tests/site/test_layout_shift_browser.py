"""Nothing jumps while a page loads on a phone: the layout shifts Chromium
reports (the Cumulative Layout Shift that Lighthouse measures) add up to at
most 0.1, Google's limit for "good".

This is a measurement of the page's layout, not of time. To make it the same
on every machine, every script of the site arrives late, as on a slow phone
network: the page is painted first, so anything a script adds or moves
afterwards (such as the practice example filters) counts.
"""

from __future__ import annotations

import time

import pytest

PHONE = {"viewport": {"width": 412, "height": 823}, "device_scale_factor": 1.75,
         "is_mobile": True, "has_touch": True, "service_workers": "block"}
LIMIT = 0.1
SCRIPT_DELAY = 0.3  # seconds each script of the site waits before it is sent
PAGES = ("", "praktijkvoorbeelden/", "vrijwilligerswijzer/", "tips/")

RECORD = """
window.__shifts = [];
new PerformanceObserver(list => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    const moved = entry.sources.map(s => s.node ? (s.node.className || s.node.nodeName) : "?").join(", ");
    window.__shifts.push([entry.value, moved]);
  }
}).observe({type: "layout-shift", buffered: true});
"""

# Lets two frames render, so the last shift is reported, then a short settle.
SETTLED = "new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 400))))"


@pytest.fixture
def phone(browser):
    context = browser.new_context(**PHONE)
    context.add_init_script(RECORD)

    def late(route):
        time.sleep(SCRIPT_DELAY)
        route.continue_()

    context.route("**/*.js", late)
    yield context
    context.close()


def shifts(context, url: str, init: str | None = None) -> list:
    page = context.new_page()
    if init:
        page.add_init_script(init)
    page.goto(url, wait_until="load")  # filters.js is a module: it ran before load
    if page.locator("form[data-ib-filters]").count():
        page.locator("form[data-ib-filters][data-ib-mounted]").wait_for(state="attached")
    page.evaluate(SETTLED)
    found = page.evaluate("window.__shifts")
    page.close()
    return found


@pytest.mark.parametrize("path", PAGES)
def test_a_page_does_not_jump_on_a_phone_while_its_scripts_arrive(phone, site_url, path):
    found = shifts(phone, site_url + path)
    total = sum(value for value, _ in found)
    assert total <= LIMIT, f"/{path}: layout shift {total:.3f} > {LIMIT}; moved: {found}"


def test_the_measurement_sees_content_pushed_down_after_the_first_paint(phone, site_url):
    """The check can fail: a block put above the content after load is seen."""
    push = """window.addEventListener("load", () => requestAnimationFrame(() => {
      const block = document.createElement("div");
      block.style.height = "300px";
      document.querySelector(".md-content").prepend(block);
    }));"""
    total = sum(value for value, _ in shifts(phone, site_url + "tips/", init=push))
    assert total > LIMIT
