"""The practice example overview in Chromium: plain list without JavaScript,
working filters with it, operable by keyboard, and no request elsewhere."""

from __future__ import annotations

from urllib.parse import urlsplit


def _open(browser, url, javascript=True):
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(url)
    return context, page, requests


def _wait_for_filters(page):
    """The form is there from the first paint; filters.js marks it once it listens."""
    page.locator("form[data-ib-filters][data-ib-mounted]").wait_for(state="visible")


def _expected(page, attribute, value):
    """How many cards carry `value` in a data attribute, read from the page."""
    return page.eval_on_selector_all(
        "li.ib-kaart", "(cards, [a, v]) => cards.filter(c => (c.dataset[a] || '').split(' ').includes(v)).length",
        [attribute, value],
    )


def test_without_javascript_everything_shows_and_no_filters(browser, site_url):
    context, page, _ = _open(browser, site_url + "praktijkvoorbeelden/", javascript=False)
    cards = page.locator("li.ib-kaart")
    assert cards.count() > 1
    assert page.locator("li.ib-kaart:visible").count() == cards.count()
    assert not page.locator("form[data-ib-filters]").is_visible()
    context.close()


def test_filters_narrow_the_list_and_announce_the_count(browser, site_url):
    context, page, requests = _open(browser, site_url + "praktijkvoorbeelden/")
    form = page.locator("form[data-ib-filters]")
    _wait_for_filters(page)
    total = page.locator("li.ib-kaart").count()
    status = page.locator("[data-ib-count]")
    assert status.text_content() == f"{total} voorbeelden"

    theme = page.eval_on_selector("#ib-filter-thema", "s => s.options[1].value")
    page.select_option("#ib-filter-thema", theme)
    shown = _expected(page, "themas", theme)
    assert 0 < shown < total
    assert page.locator("li.ib-kaart:visible").count() == shown
    assert status.text_content() == (f"{shown} voorbeelden" if shown != 1 else "1 voorbeeld")
    assert f"thema={theme}" in page.url  # a filtered list can be shared

    form.locator("button[type=reset]").click()
    page.wait_for_function("n => document.querySelectorAll('li.ib-kaart:not([hidden])').length === n", arg=total)
    assert status.text_content() == f"{total} voorbeelden"
    assert "thema=" not in page.url

    own = urlsplit(site_url).netloc
    assert [u for u in requests if urlsplit(u).scheme in ("http", "https") and urlsplit(u).netloc != own] == []
    context.close()


def test_filters_work_from_the_keyboard(browser, site_url):
    context, page, _ = _open(browser, site_url + "praktijkvoorbeelden/?land=XX")
    _wait_for_filters(page)
    assert page.eval_on_selector("#ib-filter-land", "s => s.value") == ""  # unknown value ignored
    page.focus("#ib-filter-land")
    page.keyboard.press("ArrowDown")
    country = page.eval_on_selector("#ib-filter-land", "s => s.value")
    assert country
    shown = _expected(page, "land", country)
    page.wait_for_function("n => document.querySelectorAll('li.ib-kaart:not([hidden])').length === n", arg=shown)
    # Tab reaches every control of the form in order.
    page.focus("#ib-filter-thema")
    reached = []
    for _ in range(3):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("document.activeElement.id || document.activeElement.type"))
    assert reached == ["ib-filter-land", "ib-filter-doelgroep", "reset"]
    context.close()


def test_a_filter_from_the_address_is_applied(browser, site_url):
    context, page, _ = _open(browser, site_url + "praktijkvoorbeelden/")
    country = page.eval_on_selector("#ib-filter-land", "s => s.options[s.options.length - 1].value")
    page.goto(site_url + f"praktijkvoorbeelden/?land={country}")
    _wait_for_filters(page)
    shown = _expected(page, "land", country)
    assert page.locator("li.ib-kaart:visible").count() == shown
    context.close()
