"""Privacy in the browser: every page and the whole wijzer flow talk to the
site's own origin only, set no cookies, and leave localStorage,
sessionStorage, IndexedDB and the Cache API empty unless the visitor ticks
"Onthoud"; then only the allowed key, until "Wis mijn antwoorden"."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest
from accessibility.wijzer_flow import WIJZER, fill, wait_state

from inspiratiebox.bundle.contract import IDS

from .allowed_storage import ALLOWED_KEYS

KEY = "vrijwilligerswijzer.antwoorden"
STORED = """async () => ({
  local: {...localStorage}, session: {...sessionStorage}, cookie: document.cookie,
  indexeddb: (await indexedDB.databases()).map(d => d.name),
  caches: 'caches' in self ? await caches.keys() : [],
})"""
EMPTY = {"local": {}, "session": {}, "cookie": "", "indexeddb": [], "caches": []}


class Requests:
    """Every URL the context asked for, the worker's included."""

    def __init__(self, context):
        self.urls: list[str] = []
        context.on("request", lambda request: self.urls.append(request.url))

    def foreign(self, base: str) -> list[str]:
        origin = "{0.scheme}://{0.netloc}/".format(urlsplit(base))
        return sorted({u for u in self.urls if not u.startswith((origin, "data:", "blob:", "about:"))})


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    yield context
    context.close()


def _pages(site) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html") if p.name != "404.html")


def test_every_page_stays_on_its_own_origin_and_stores_nothing(context, built_site, site_url):
    requests = Requests(context)
    page = context.new_page()
    paths = _pages(built_site)
    assert len(paths) > 20  # the loop visits the whole site
    for path in paths:
        page.goto(site_url + path.removesuffix("index.html"), wait_until="networkidle")
        assert page.evaluate(STORED) == EMPTY, f"{path} stored something"
    # Material's search loads its index and worker only when used: use it.
    page.goto(site_url)
    page.fill("input.md-search__input", "vrijwilliger")
    page.wait_for_selector(".md-search-result__item", timeout=30_000)
    assert any("search_index.json" in u for u in requests.urls), "the recorder missed the search"
    assert requests.foreign(site_url) == []
    assert page.evaluate(STORED) == EMPTY
    assert context.cookies() == []


def test_whole_wijzer_flow_stays_local_and_stores_only_after_opt_in(context, site_url):
    requests = Requests(context)
    page = context.new_page()
    page.goto(site_url + WIJZER)
    wait_state(page, "ready")
    fill(page, {"motieven": ["sociaal"], "begeleiding": 1})
    page.click(f"#{IDS['show']}")
    wait_state(page, "results")
    page.click(f"#{IDS['link']}")
    assert page.evaluate(STORED) == EMPTY, "stored before the visitor asked"

    page.check(f"#{IDS['remember']}")
    stored = page.evaluate(STORED)
    assert set(stored["local"]) == {KEY} and set(stored["local"]) <= set(ALLOWED_KEYS)
    assert json.loads(stored["local"][KEY]) == {"motieven": ["sociaal"], "begeleiding": 1}
    assert {**stored, "local": {}} == EMPTY

    page.click(f"#{IDS['results']} button:has-text('Wis mijn antwoorden')")
    page.click(f"#{IDS['clearConfirm']} button:has-text('Ja, wis alles')")
    assert page.evaluate(STORED) == EMPTY
    page.reload()
    wait_state(page, "ready")
    assert page.evaluate(STORED) == EMPTY
    assert not page.is_checked(f"#{IDS['remember']}")

    for needed in ("pyodide.asm.wasm", "python_stdlib.min.zip", "engine.zip", "data.json"):
        assert any(needed in u for u in requests.urls), f"{needed} not seen: the recorder missed the worker"
    assert requests.foreign(site_url) == []
    assert context.cookies() == []


def test_allowed_keys_are_explained():
    assert ALLOWED_KEYS  # the answers the visitor asks to remember
    for key, reason in ALLOWED_KEYS.items():
        assert key and len(reason) > 40
