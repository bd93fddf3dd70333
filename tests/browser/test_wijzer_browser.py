"""The Vrijwilligerswijzer in Chromium: the real engine on Pyodide, served
from a subpath, driven like a visitor would (keyboard included).

What the page shows is compared with what the same engine returns on
CPython for the same answers, so these tests check the wiring (form ->
answers -> worker -> rendering), not a hard-coded list.
"""

from __future__ import annotations

import base64
import json
import sys

import pytest
from fixed_dates import BUILD_DATE

from inspiratiebox.bundle.contract import ANSWERS, DATA, IDS

WIJZER = "vrijwilligerswijzer/"
KEY = "vrijwilligerswijzer.antwoorden"
SLOW = 120_000  # ms: Pyodide boots in seconds, but the machine is shared

RECORD_STATES = f"""
window.__states = [];
window.__printed = 0;
window.print = () => {{ window.__printed += 1; }};
new MutationObserver((records) => {{
  for (const r of records) {{
    if (r.target.id !== "{IDS['root']}") continue;
    if (!window.__states.length) window.__states.push(r.oldValue);
    window.__states.push(r.target.dataset.state);
  }}
}}).observe(document, {{subtree: true, attributes: true, attributeFilter: ["{DATA['state']}"], attributeOldValue: true}});
"""


@pytest.fixture(scope="session")
def engine(root, built_site):
    """The engine on CPython with the data the site ships: the expected output."""
    sys.path.insert(0, str(root / "widget"))
    import wijzer

    data = json.loads((built_site / "assets" / "wijzer" / "data.json").read_text(encoding="utf-8"))
    return lambda answers: wijzer.match(answers, data, BUILD_DATE.isoformat())


def open_wijzer(context, site_url, fragment=""):
    context.add_init_script(RECORD_STATES)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(error))
    page.goto(site_url + WIJZER + fragment)
    return page


def state(page) -> str:
    return page.get_attribute(f"#{IDS['root']}", DATA["state"])


def wait_state(page, wanted: str):
    page.wait_for_function(f"s => document.getElementById('{IDS['root']}').dataset.state === s", arg=wanted, timeout=SLOW)


def checked_ids(page) -> list[str]:
    return page.eval_on_selector_all(f"#{IDS['form']} fieldset input:checked", "els => els.map(e => e.id)")


def result_titles(page, section: str) -> list[str]:
    return page.eval_on_selector_all(f"#{IDS['results']} {section} > li h4", "els => els.map(e => e.textContent)")


def submit_and_wait(page):
    page.click(f"#{IDS['show']}")
    wait_state(page, "results")


def release(page, held: list, failure: str):
    """Let the first held request through, once the page has made it."""
    for _ in range(600):
        if held:
            break
        page.wait_for_timeout(50)
    assert held, failure
    held[0].continue_()


def fragment_for(answers: dict) -> str:
    raw = base64.urlsafe_b64encode(json.dumps(answers).encode("utf-8")).decode("ascii").rstrip("=")
    return f"#antwoorden={raw}"


def tab_to(page, selector: str, limit: int = 300):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def choose_radio_by_keyboard(page, name: str, target_id: str):
    tab_to(page, f'input[name="{name}"]')
    for _ in range(20):
        if page.evaluate("() => document.activeElement.id") == target_id:
            page.keyboard.press("Space")
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"arrow keys never reached {target_id}")


def test_keyboard_only_flow_gives_ranked_results_with_reasons(context, site_url, engine):
    page = open_wijzer(context, site_url)
    assert state(page) == "loading"
    for box in ("wijzer-motieven-4", "wijzer-interesses-8", "wijzer-taken-0", "wijzer-momenten-flexibel"):
        tab_to(page, f"#{box}")
        page.keyboard.press("Space")
    choose_radio_by_keyboard(page, "nederlands", "wijzer-nederlands-2")
    choose_radio_by_keyboard(page, "begeleiding", "wijzer-begeleiding-1")
    assert set(checked_ids(page)) == {
        "wijzer-motieven-4", "wijzer-interesses-8", "wijzer-taken-0", "wijzer-momenten-flexibel",
        "wijzer-nederlands-2", "wijzer-begeleiding-1",
    }
    wait_state(page, "ready")
    tab_to(page, f"#{IDS['show']}")
    page.keyboard.press("Enter")
    wait_state(page, "results")

    expected = engine({"motieven": ["sociaal"], "interesses": ["buurt"], "taken": ["met_mensen"],
                       "momenten": [ANSWERS["flexibel"]], "nederlands": "goed", "begeleiding": 1})
    assert len(expected["resultaten"]) >= 2, "the example data should give several results"
    assert result_titles(page, "ol") == [r["titel"] for r in expected["resultaten"]]
    cards = page.locator(f"#{IDS['results']} ol > li")
    for index, result in enumerate(expected["resultaten"]):
        card = cards.nth(index)
        assert card.locator("h5", has_text="Waarom dit past").count() == 1
        assert card.locator("h5 + ul > li").all_text_contents()[: len(result["redenen"])] == result["redenen"]
        assert result["volgende_stap"] in card.text_content()
        assert card.is_visible() == (index < 5), "five cards first, the rest behind 'Toon meer'"
    assert page.evaluate("() => document.activeElement.id") == IDS["resultsTitle"]
    assert page.get_attribute(f"#{IDS['results']}", "aria-live") == "polite"
    assert expected["samenvatting"] in page.inner_text(f"#{IDS['results']}")
    # With matches on the page, the kinds of work are folded away under them.
    kinds = page.locator(f"#{IDS['results']} details.wijzer-soorten h4").all_text_contents()
    assert kinds == [k["naam"] for k in expected["soorten"]] and kinds
    assert page.evaluate("() => window.__states") == ["loading", "ready", "results"]
    assert page.errors == []


def test_near_miss_is_shown_apart_with_its_question(context, site_url, engine):
    answers = {"nederlands": "weinig", "interesses": ["buurt"]}
    expected = engine(answers)
    assert expected["bijna"], "the example data should have a near miss for little Dutch"
    page = open_wijzer(context, site_url)
    page.check("#wijzer-nederlands-0")
    page.check("#wijzer-interesses-8")
    submit_and_wait(page)
    assert expected["resultaten"], "with matches on the page the near misses are folded under them"
    folded = page.locator(f"#{IDS['results']} details.wijzer-bijna-sectie > summary")
    assert folded.inner_text() == f"Bijna een match ({len(expected['bijna'])})"
    folded.click()
    assert result_titles(page, "ul.wijzer-bijna-lijst") == [b["titel"] for b in expected["bijna"]]
    first = page.locator(f"#{IDS['results']} ul.wijzer-bijna-lijst > li").first.inner_text()
    assert expected["bijna"][0]["reden"] in first and expected["bijna"][0]["vraag"] in first
    assert "Vraag in een gesprek" in first


def test_intensive_support_gets_the_desk_advice(context, site_url, engine, example_loket):
    page = open_wijzer(context, site_url)
    situatie = page.get_attribute("#wijzer-situatie-0", "value")
    expected = engine({"begeleiding": 3, "situatie": situatie})
    assert expected["loket"]["aanbevolen"]
    page.check("#wijzer-begeleiding-3")
    page.check("#wijzer-situatie-0")
    submit_and_wait(page)
    attention = page.locator(f"#{IDS['results']} h3:has-text('Goed om te weten') + ul > li").all_text_contents()
    assert attention == expected["aandachtspunten"] and len(attention) >= 2
    desk = page.locator(f"#{IDS['results']} .wijzer-loket")
    assert expected["loket"]["waarom"] in desk.inner_text()
    assert desk.locator(f'a[href="mailto:{example_loket["email"]}"]').count() == 1
    assert desk.locator('a[href^="tel:"]').inner_text() == example_loket["telefoon"]


def test_submitting_before_ready_keeps_the_answers(context, site_url):
    held = []
    context.route("**/assets/wijzer/engine.zip", lambda route: held.append(route))
    page = open_wijzer(context, site_url)
    page.check("#wijzer-motieven-0")
    page.click(f"#{IDS['show']}")
    assert state(page) == "loading"
    assert "Even geduld" in page.inner_text(f"#{IDS['status']}")
    release(page, held, "the worker should ask for the engine")
    wait_state(page, "results")
    assert checked_ids(page) == ["wijzer-motieven-0"]
    assert page.evaluate("() => window.__states") == ["loading", "ready", "results"]


def test_answers_in_the_link_fill_the_form(context, site_url):
    answers = {"motieven": ["sociaal", "begrip"], "plaats": "Noord", "begeleiding": 2, "momenten": ["ma_ochtend", "za_avond"]}
    page = open_wijzer(context, site_url, fragment_for(answers))
    assert set(checked_ids(page)) == {
        "wijzer-motieven-4", "wijzer-motieven-1", "wijzer-plaats-1", "wijzer-begeleiding-2",
        "wijzer-momenten-ma_ochtend", "wijzer-momenten-za_avond",
    }
    assert "uit de link" in page.inner_text(f"#{IDS['notice']}")
    # The page's own link round-trips to the same form.
    submit_and_wait(page)
    link = page.get_attribute(f"#{IDS['link']}", "href")
    assert link.startswith("/gemeente/vrijwilligerswijzer/#antwoorden=")
    other = open_wijzer(context, site_url, link[link.index("#"):])
    assert set(checked_ids(other)) == set(checked_ids(page))


def test_corrupted_link_shows_a_message_and_keeps_the_answers(context, site_url):
    page = open_wijzer(context, site_url, "#antwoorden=%%%dit-is-geen-json")
    assert "beschadigd" in page.inner_text(f"#{IDS['notice']}")
    assert checked_ids(page) == []
    page.check("#wijzer-taken-1")
    page.check("#wijzer-tijd-2")
    page.evaluate("() => { location.hash = 'antwoorden=' + btoa('[1, 2]'); }")
    page.wait_for_function(f"() => document.getElementById('{IDS['notice']}').textContent.includes('beschadigd')")
    page.evaluate(f"() => {{ document.getElementById('{IDS['notice']}').textContent = ''; location.hash = 'antwoorden=bm9n'; }}")
    page.wait_for_function(f"() => document.getElementById('{IDS['notice']}').textContent.includes('beschadigd')")
    assert checked_ids(page) == ["wijzer-taken-1", "wijzer-tijd-2"]
    wait_state(page, "ready")
    assert page.errors == []


def storage(page) -> dict:
    return page.evaluate("() => ({local: {...localStorage}, session: {...sessionStorage}, cookie: document.cookie})")


def test_storage_stays_empty_unless_asked(context, site_url):
    page = open_wijzer(context, site_url)
    page.check("#wijzer-motieven-2")
    page.check("#wijzer-leeftijd-3")
    submit_and_wait(page)
    assert storage(page) == {"local": {}, "session": {}, "cookie": ""}
    assert context.cookies() == []

    page.check(f"#{IDS['remember']}")
    saved = storage(page)["local"]
    assert list(saved) == [KEY]
    assert json.loads(saved[KEY]) == {"motieven": ["ontplooiing"], "leeftijd": "21_64"}
    page.check("#wijzer-rekening-0")
    assert json.loads(storage(page)["local"][KEY])["rekening"] == ["rolstoel"]

    page.reload()
    assert set(checked_ids(page)) == {"wijzer-motieven-2", "wijzer-leeftijd-3", "wijzer-rekening-0"}
    assert page.is_checked(f"#{IDS['remember']}")

    page.uncheck(f"#{IDS['remember']}")
    assert storage(page)["local"] == {}


def test_clear_empties_form_results_link_and_storage(context, site_url):
    page = open_wijzer(context, site_url, fragment_for({"interesses": ["sport"]}))
    page.check(f"#{IDS['remember']}")
    page.check("#wijzer-motieven-0")
    assert storage(page)["local"]
    submit_and_wait(page)
    history_length = page.evaluate("() => history.length")
    page.click(f"#{IDS['link']}")
    assert page.evaluate("() => location.hash") == page.get_attribute(f"#{IDS['link']}", "href")[len("/gemeente/vrijwilligerswijzer/"):]
    assert page.evaluate("() => history.length") == history_length, "the link must not add a history entry"
    page.click(f"#{IDS['results']} button:has-text('Wis mijn antwoorden')")
    assert checked_ids(page), "Wis asks first"
    page.click(f"#{IDS['clearConfirm']} button:has-text('Ja, wis alles')")
    assert checked_ids(page) == []
    assert not page.is_checked(f"#{IDS['remember']}")
    assert storage(page)["local"] == {}
    assert page.evaluate("() => location.hash") == ""
    assert page.is_hidden(f"#{IDS['results']}")
    assert state(page) == "ready"


def test_the_print_button_prints_only_the_results(context, site_url):
    page = open_wijzer(context, site_url)
    page.check("#wijzer-motieven-0")
    submit_and_wait(page)
    page.click("text=Neem mee naar je gesprek")
    assert page.evaluate("() => window.__printed") == 1
    page.emulate_media(media="print")
    assert page.is_hidden(f"#{IDS['form']}")
    assert page.is_hidden(f"#{IDS['self']}")
    assert page.is_visible(f"#{IDS['resultsTitle']}")
    assert page.locator(".wijzer-antwoorden dd").first.inner_text() == page.inner_text('label[for="wijzer-motieven-0"]')


def test_no_request_leaves_the_test_server(context, site_url, requests_seen):
    page = open_wijzer(context, site_url)
    page.check("#wijzer-motieven-0")
    page.check("#wijzer-begeleiding-3")
    submit_and_wait(page)
    page.click(f"#{IDS['link']}")
    page.click(f"#{IDS['results']} button:has-text('Wis mijn antwoorden')")
    page.click(f"#{IDS['clearConfirm']} button:has-text('Ja, wis alles')")
    page.check(f"#{IDS['remember']}")
    submit_and_wait(page)
    seen = " ".join(requests_seen.urls)
    for needed in ("pyodide.asm.wasm", "python_stdlib.min.zip", "engine.zip", "data.json"):
        assert needed in seen, f"{needed} was not requested: the recorder missed the worker"
    assert requests_seen.foreign(site_url) == []


def test_small_screens_ask_one_question_at_a_time(new_context, site_url):
    page = open_wijzer(new_context(viewport={"width": 360, "height": 740}), site_url)
    visible = f"() => [...document.querySelectorAll('#{IDS['form']} > fieldset')].filter(f => !f.hidden).map(f => f.dataset.vraag)"
    assert page.evaluate(visible) == ["motieven"]
    assert page.inner_text(f"#{IDS['step']}") == "Vraag 1 van 12"
    assert page.is_hidden(f"#{IDS['previous']}")
    page.click(f"#{IDS['next']}")
    assert page.evaluate(visible) == ["interesses"]
    assert page.inner_text(f"#{IDS['step']}") == "Vraag 2 van 12"
    assert page.evaluate("() => document.activeElement.id") == "wijzer-vraag-interesses"
    page.click(f"#{IDS['previous']}")
    assert page.evaluate(visible) == ["motieven"]
    page.set_viewport_size({"width": 1000, "height": 740})
    page.wait_for_function(f"() => ({visible})().length === 12", timeout=SLOW)
    assert page.is_hidden(f"#{IDS['stepButtons']}")


def test_without_javascript_the_vacancies_and_desk_are_listed(new_context, site_url, example_loket, example_titles):
    page = new_context(java_script_enabled=False).new_page()
    page.goto(site_url + WIJZER)
    assert page.is_visible(f"#{IDS['self']} >> text={example_loket['telefoon']}")
    for title in example_titles[:3]:
        assert page.locator(f"#{IDS['allVacancies']}", has_text=title).is_visible()
    assert page.is_hidden(f"#{IDS['form']}")
    assert page.is_visible("text=Je browser voert geen JavaScript uit.")


def test_engine_failure_shows_the_desk_and_keeps_answers(context, site_url, example_loket):
    context.route("**/assets/wijzer/data.json", lambda route: route.fulfill(status=500, body="kapot"))
    page = open_wijzer(context, site_url)
    page.check("#wijzer-motieven-1")
    wait_state(page, "error")
    assert page.is_visible(f"#{IDS['error']}")
    assert page.locator(f"#{IDS['error']} a[href^='tel:']").inner_text() == example_loket["telefoon"]
    assert page.is_visible(f"#{IDS['allVacancies']}")
    page.click(f"#{IDS['show']}")
    assert state(page) == "error"
    assert checked_ids(page) == ["wijzer-motieven-1"]


def test_without_webassembly_the_page_says_so(context, site_url):
    context.add_init_script("delete globalThis.WebAssembly;")
    page = open_wijzer(context, site_url)
    wait_state(page, "error")
    assert "WebAssembly" in page.inner_text(f"#{IDS['noWasm']}")
    assert page.is_visible(f"#{IDS['allVacancies']}")



COUNT_WORKERS = f"""
window.__workers = [];
const NativeWorker = window.Worker;
window.Worker = class extends NativeWorker {{
  constructor(url, ...rest) {{
    if (String(url).endsWith("/assets/wijzer/worker.js")) {{
      // wijzer.js hides the plain list when it has wired the form.
      window.__workers.push({{wired: document.getElementById("{IDS['allVacancies']}").hidden}});
    }}
    super(url, ...rest);
  }}
}};
"""


def test_the_worker_starts_once_after_the_form_is_wired(context, site_url):
    context.add_init_script(COUNT_WORKERS)
    page = open_wijzer(context, site_url)
    wait_state(page, "ready")
    assert page.evaluate("() => window.__workers") == [{"wired": True}]
    assert page.errors == []


def test_answers_given_before_the_worker_starts_are_kept(context, site_url):
    """wijzer.js wires the form before the worker exists (it waits for the
    first paint); a click in that moment must simply wait for the engine."""
    context.add_init_script(COUNT_WORKERS)
    held = []
    context.route("**/assets/wijzer/worker.js", lambda route: held.append(route))
    page = open_wijzer(context, site_url)
    page.wait_for_function(f"() => document.getElementById('{IDS['allVacancies']}').hidden")
    page.check("#wijzer-motieven-0")
    page.click(f"#{IDS['show']}")
    assert "Even geduld" in page.inner_text(f"#{IDS['status']}")
    release(page, held, "the page should start the worker")
    wait_state(page, "results")
    assert checked_ids(page) == ["wijzer-motieven-0"]
