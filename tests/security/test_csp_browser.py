"""The policy in Chromium: every built page, the Vrijwilligerswijzer run and
a search give no policy violation, no console error and no page error.

One context and one tab walk the whole site, so the check stays quick.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from inspiratiebox.bundle.contract import IDS

SLOW = 120_000  # ms: Pyodide boots in seconds, but the machine is shared

RECORD = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__violations.push([e.violatedDirective, e.blockedURI, e.sample].join(" "));
});
"""


@pytest.fixture(scope="module")
def tab(browser, site_url):
    context = browser.new_context(service_workers="block")
    context.add_init_script(RECORD)
    # MkDocs writes absolute URLs into 404.html (site_url, or "/" without
    # it): the host serves that page for any missing path. Send those
    # requests to the subpath, as a site built with site_url would ask.
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(site_url))
    prefix = urlsplit(site_url).path
    context.route(lambda url: url.startswith(origin + "/") and not url.startswith(origin + prefix),
                  lambda route: route.continue_(url=route.request.url.replace(origin + "/", origin + prefix, 1)))
    page = context.new_page()
    page.problems = []
    page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    yield page
    context.close()


def violations(page) -> list[str]:
    return page.evaluate("() => window.__violations")


def test_every_page_loads_without_violation_or_error(tab, site_url, built_site):
    paths = sorted(p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html"))
    assert len(paths) > 30
    found = {}
    for path in paths:
        tab.problems.clear()
        tab.goto(site_url + path)
        tab.wait_for_load_state("load")
        if (seen := violations(tab) + tab.problems):
            found[path] = seen
    assert found == {}


def test_the_recorder_sees_a_blocked_script(tab, site_url):
    """The checks above can fail: a script the policy does not list is
    blocked and reported."""
    tab.goto(site_url)
    tab.evaluate("""() => { const s = document.createElement("script");
                            s.textContent = "window.__ran = true"; document.head.append(s); }""")
    tab.wait_for_function("() => window.__violations.length > 0")
    assert tab.evaluate("() => window.__ran") is None
    assert violations(tab)[0].startswith("script-src")


def test_wijzer_run_gives_results_without_violation_or_error(tab, site_url):
    tab.goto(site_url + "vrijwilligerswijzer/")
    tab.problems.clear()
    for box in ("wijzer-motieven-4", "wijzer-interesses-8", "wijzer-taken-0", "wijzer-momenten-flexibel"):
        tab.check(f"#{box}")
    tab.click(f"#{IDS['show']}")
    tab.wait_for_function("() => document.getElementById('wijzer').dataset.state === 'results'", timeout=SLOW)
    assert tab.locator(f"#{IDS['results']} ol > li").count() >= 1
    assert violations(tab) == [] and tab.problems == []


def test_search_gives_results_without_violation_or_error(tab, site_url):
    tab.goto(site_url)
    tab.problems.clear()
    tab.fill("input[data-md-component=search-query]", "vrijwilliger")
    tab.wait_for_selector(".md-search-result__item", timeout=SLOW)
    assert tab.locator(".md-search-result__item").count() > 0
    assert violations(tab) == [] and tab.problems == []
