"""A printed tool in a real browser: only the content, with boxes to tick.

The built site is opened in Debian's Chromium with print media emulated, the
way the browser lays a page out for the printer. What matters on paper: no
menus or footer, checklist boxes drawn, answer options side by side, and a
form table as wide as the page.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def page(browser, site_url):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(site_url + "hulpmiddelen/draagkrachtscan/")
    page.emulate_media(media="print")
    yield page
    page.close()


def test_printing_hides_the_site_chrome_and_keeps_the_content(page):
    assert page.query_selector(".md-header") and page.query_selector(".md-footer")  # so the loop checks them
    for selector in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer"):
        element = page.query_selector(selector)
        if element is not None:
            assert not element.is_visible(), f"{selector} wordt mee afgedrukt"
    assert page.locator("h1").first.is_visible()
    assert page.locator(".ib-checklist li").first.is_visible()


def test_printed_checklist_draws_a_box_per_item_and_none_for_a_question_with_options(page):
    boxes = page.evaluate(
        """() => [...document.querySelectorAll('.ib-checklist li')].map(li => {
               const box = getComputedStyle(li, '::before');
               return {nested: !!li.querySelector(':scope > ul'),
                       border: box.borderTopStyle, display: box.display};
           })"""
    )
    assert len(boxes) > 10
    plain = [b for b in boxes if not b["nested"]]
    questions = [b for b in boxes if b["nested"]]
    assert plain and all(b["border"] == "solid" and b["display"] != "none" for b in plain)
    assert questions and all(b["display"] == "none" for b in questions)


def test_printed_answer_options_sit_side_by_side(page):
    tops = page.evaluate(
        """() => {
               const options = document.querySelector('.ib-checklist li > ul').children;
               return [...options].slice(0, 3).map(li => li.getBoundingClientRect().top);
           }"""
    )
    assert len(tops) == 3 and max(tops) - min(tops) < 2, "antwoordopties staan onder elkaar in plaats van naast elkaar"


def test_printed_form_table_fills_the_width(page):
    widths = page.evaluate(
        """() => ({table: document.querySelector('.ib-invulblad table').getBoundingClientRect().width,
                  content: document.querySelector('.md-content__inner').getBoundingClientRect().width})"""
    )
    assert widths["table"] >= 0.9 * widths["content"]
