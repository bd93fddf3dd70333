"""Nothing lost: the answers survive a reload, Back and Forward (in the tab's
own history, not in storage), a damaged or crafted link, damaged storage, a
link from someone else and a slip on "Wis"; and when the engine fails or
hangs, the page says so with the desk's contact while the answers stay.

Time is moved with Playwright's clock, never waited for: the watchdog's
limits (worker-client.js) are promised to show the message within 20 s.
"""

from __future__ import annotations

import base64
import datetime as dt
import json

import pytest
from fixed_dates import BUILD_DATE
from test_wijzer_browser import KEY, WIJZER, checked_ids, fragment_for, open_wijzer, state, storage, submit_and_wait, wait_state

from inspiratiebox.bundle.contract import IDS

OWN = {"motieven": ["waarden"], "taken": ["praktisch"]}
OWN_IDS = ["wijzer-motieven-0", "wijzer-taken-1"]
OTHER = {"interesses": ["sport"]}
DAMAGED = "beschadigd"
EMPTY_STORE = {"local": {}, "session": {}, "cookie": ""}


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def notice(page) -> str:
    return page.inner_text(f"#{IDS['notice']}")


def stored(page):
    raw = storage(page)["local"].get(KEY)
    return None if raw is None else json.loads(raw)


def remembered(context, site_url, raw: str, fragment=""):
    """The wijzer opened in a new document, with `raw` in the opt-in store."""
    page = open_wijzer(context, site_url)
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, raw])
    page.goto(site_url)  # another page first: the next load is a new document, not a fragment change
    page.goto(site_url + WIJZER + fragment)
    return page


def visible_questions(page) -> list[str]:
    return page.eval_on_selector_all(f"#{IDS['form']} > fieldset:not([hidden])", "els => els.map(e => e.dataset.vraag)")


def test_a_reload_resumes_the_answers_and_the_step_without_storage(new_context, site_url):
    page = open_wijzer(new_context(viewport={"width": 375, "height": 667}), site_url)
    page.check("#wijzer-motieven-0")
    page.click(f"#{IDS['next']}")
    page.check("#wijzer-interesses-2")
    page.click(f"#{IDS['next']}")
    assert page.inner_text(f"#{IDS['step']}") == "Vraag 3 van 12"
    page.reload()
    assert checked_ids(page) == ["wijzer-motieven-0", "wijzer-interesses-2"]
    assert page.inner_text(f"#{IDS['step']}") == "Vraag 3 van 12"
    assert visible_questions(page) == ["taken"]
    assert "staan er nog" in notice(page)
    assert storage(page) == EMPTY_STORE, "the tab's history is no storage"


def test_back_and_forward_keep_the_answers(context, site_url):
    page = open_wijzer(context, site_url)
    page.check("#wijzer-motieven-0")
    page.check("#wijzer-interesses-8")
    page.goto(site_url)
    page.go_back()
    assert checked_ids(page) == ["wijzer-motieven-0", "wijzer-interesses-8"]
    page.uncheck("#wijzer-interesses-8")
    page.go_forward()
    page.go_back()
    assert checked_ids(page) == ["wijzer-motieven-0"]
    assert storage(page) == EMPTY_STORE


def test_back_after_an_in_page_anchor_keeps_the_current_answers(context, site_url):
    page = open_wijzer(context, site_url, fragment_for({"motieven": ["sociaal"]}))
    assert checked_ids(page) == ["wijzer-motieven-4"]
    link_hash = page.evaluate("() => location.hash")
    page.evaluate(f"() => {{ location.hash = '{IDS['self']}'; }}")
    page.wait_for_function(f"() => location.hash === '#{IDS['self']}'")
    page.check("#wijzer-taken-1")
    page.uncheck("#wijzer-motieven-4")
    page.go_back()
    page.wait_for_function("h => location.hash === h", arg=link_hash)
    assert checked_ids(page) == ["wijzer-taken-1"], "the link's old answers must not come back"
    page.reload()
    assert checked_ids(page) == ["wijzer-taken-1"]
    page.go_forward()
    assert checked_ids(page) == ["wijzer-taken-1"]
    assert page.errors == []


def test_a_damaged_link_keeps_the_remembered_answers_in_the_form_and_in_storage(context, site_url):
    page = remembered(context, site_url, json.dumps(OWN), "#antwoorden=kapot%%%")
    assert DAMAGED in notice(page)
    assert checked_ids(page) == OWN_IDS
    assert page.is_checked(f"#{IDS['remember']}")
    assert stored(page) == OWN
    page.check("#wijzer-interesses-8")
    assert stored(page) == {**OWN, "interesses": ["buurt"]}, "a change adds to the remembered answers"
    page.uncheck("#wijzer-interesses-8")
    assert stored(page) == OWN


NESTED = "[" * 26_500 + "]" * 26_500  # about 53 kB
DAMAGED_STORES = {"geen-json": "{kapot", "geneste-haken": NESTED, "lijst": "[1, 2]", "genest-object": json.dumps({"motieven": [["waarden"]]})}


@pytest.mark.parametrize("raw", DAMAGED_STORES.values(), ids=DAMAGED_STORES.keys())
def test_damaged_storage_says_so_and_the_wijzer_still_works(context, site_url, raw):
    page = remembered(context, site_url, raw)
    assert "bewaarde antwoorden" in notice(page) and DAMAGED in notice(page)
    assert checked_ids(page) == []
    assert storage(page)["local"][KEY] == raw, "damaged answers are not overwritten without a change"
    page.check("#wijzer-motieven-0")
    submit_and_wait(page)
    assert stored(page) == {"motieven": ["waarden"]}, "the visitor's own change replaces them"
    assert page.errors == []


@pytest.mark.parametrize("choice, expected, address", [
    ("Gebruik de antwoorden uit de link", OTHER, "link"),
    ("Houd mijn eigen antwoorden", OWN, ""),
])
def test_a_link_from_someone_else_asks_before_replacing_remembered_answers(context, site_url, choice, expected, address):
    link = fragment_for(OTHER)
    page = remembered(context, site_url, json.dumps(OWN), link)
    question = page.locator(f"#{IDS['linkChoice']}")
    assert question.is_visible()
    assert page.evaluate("() => document.activeElement.id") == IDS["linkChoice"]
    assert "andere antwoorden" in page.inner_text(f"#{IDS['linkChoice']}")
    assert checked_ids(page) == OWN_IDS, "until the visitor chooses, the own answers stay"
    page.check("#wijzer-rekening-0")  # a change while asking stores nothing
    assert stored(page) == OWN
    page.uncheck("#wijzer-rekening-0")
    question.get_by_role("button", name=choice).click()
    assert question.count() == 0
    assert stored(page) == expected
    assert json.loads(page.evaluate("() => JSON.stringify(Object.keys(history.state.vrijwilligerswijzer.answers))")) == list(expected)
    assert page.evaluate("() => location.hash") == (link if address else "")
    page.reload()
    assert page.locator(f"#{IDS['linkChoice']}").count() == 0, "a reload does not ask again"
    assert stored(page) == expected


def test_a_link_with_the_remembered_answers_asks_nothing(context, site_url):
    page = remembered(context, site_url, json.dumps(OWN), fragment_for(OWN))
    assert page.locator(f"#{IDS['linkChoice']}").count() == 0
    assert checked_ids(page) == OWN_IDS


def test_wis_asks_first_and_no_keeps_everything(context, site_url):
    page = remembered(context, site_url, json.dumps(OWN))
    page.click(f"#{IDS['clear']}")
    assert page.evaluate("() => document.activeElement.id") == IDS["clearConfirm"]
    page.click(f"#{IDS['clearConfirm']} button:has-text('Nee, terug')")
    assert page.locator(f"#{IDS['clearConfirm']}").count() == 0
    assert page.evaluate("() => document.activeElement.id") == IDS["clear"]
    assert checked_ids(page) == OWN_IDS and stored(page) == OWN
    page.keyboard.press("Enter")  # the clear button has the focus again
    assert page.evaluate("() => document.activeElement.id") == IDS["clearConfirm"]
    page.keyboard.press("Escape")
    assert page.evaluate("() => document.activeElement.id") == IDS["clear"]
    assert checked_ids(page) == OWN_IDS and stored(page) == OWN
    submit_and_wait(page)
    page.click(f"#{IDS['results']} button:has-text('Wis mijn antwoorden')")
    confirm = page.locator(f"#{IDS['clearConfirm']}")
    assert page.evaluate("() => document.activeElement.id") == IDS["clearConfirm"]
    confirm.get_by_role("button", name="Ja, wis alles").click()
    assert checked_ids(page) == [] and stored(page) is None
    assert page.is_hidden(f"#{IDS['results']}")


CRAFTED = {
    "haken-53kB": NESTED,
    "haken-53kB-base64": _b64(NESTED.encode()),
    "diep-genest-json": _b64(('{"motieven":' + "[" * 1500 + '"waarden"' + "]" * 1500 + "}").encode()),
    "object-in-lijst": _b64(json.dumps({"motieven": [{"waarden": 1}]}).encode()),
    "te-veel-sleutels": _b64(json.dumps({f"v{i}": "x" for i in range(100)}).encode()),
}


@pytest.mark.parametrize("fragment", CRAFTED.values(), ids=CRAFTED.keys())
def test_a_crafted_link_is_refused_and_the_wijzer_still_gives_results(context, site_url, fragment):
    page = open_wijzer(context, site_url, "#antwoorden=" + fragment)
    assert DAMAGED in notice(page)
    assert checked_ids(page) == []
    page.check("#wijzer-motieven-0")
    submit_and_wait(page)
    assert page.locator(f"#{IDS['results']} h2").inner_text() == "Wat bij je past"
    assert page.errors == []


# The watchdog. Playwright's clock runs the page's timers as usual, until the
# test moves it on: the limit is passed without waiting for it.

def _with_clock(context):
    context.clock.install(time=dt.datetime.combine(BUILD_DATE, dt.time(12)))
    return context


def _held(page, held: list, what: str):
    for _ in range(600):
        if held:
            return
        page.wait_for_timeout(50)
    raise AssertionError(f"the worker never asked for {what}")


def _shows_the_desk_and_keeps(page, example_loket, ticked):
    wait_state(page, "error")
    assert "De wijzer werkt nu niet. Je antwoorden blijven staan." in page.inner_text(f"#{IDS['status']}")
    assert page.is_visible(f"#{IDS['error']}")
    assert example_loket["telefoon"] in page.inner_text(f"#{IDS['error']}")
    assert checked_ids(page) == ticked


def test_a_blocked_wasm_shows_the_desk_and_keeps_the_answers(context, site_url, example_loket):
    asked = []
    context.route("**/pyodide.asm.wasm", lambda route: (asked.append(route.request.url), route.abort()))
    page = open_wijzer(_with_clock(context), site_url)
    page.check("#wijzer-motieven-0")
    _held(page, asked, "the wasm")
    page.clock.fast_forward(20_000)  # whether Pyodide reports the failure or hangs on it
    _shows_the_desk_and_keeps(page, example_loket, ["wijzer-motieven-0"])


def test_a_hanging_wasm_shows_the_desk_within_twenty_seconds(context, site_url, example_loket):
    held = []
    context.route("**/pyodide.asm.wasm", lambda route: held.append(route))  # never answered
    page = open_wijzer(_with_clock(context), site_url)
    page.check("#wijzer-motieven-0")
    _held(page, held, "the wasm")
    page.click(f"#{IDS['show']}")
    assert state(page) == "loading" and "Even geduld" in page.inner_text(f"#{IDS['status']}")
    page.clock.fast_forward(20_000)
    _shows_the_desk_and_keeps(page, example_loket, ["wijzer-motieven-0"])


DROP_MATCHES = """
const post = Worker.prototype.postMessage;
Worker.prototype.postMessage = function (message, ...rest) {
  if (message && message.type === "match") return; // the worker never hears the question
  return post.call(this, message, ...rest);
};
"""


def test_a_request_never_answered_shows_the_desk(context, site_url, example_loket):
    context.add_init_script(DROP_MATCHES)
    page = open_wijzer(_with_clock(context), site_url)
    wait_state(page, "ready")
    page.check("#wijzer-taken-1")
    page.click(f"#{IDS['show']}")
    assert state(page) == "ready"
    page.clock.fast_forward(16_000)
    _shows_the_desk_and_keeps(page, example_loket, ["wijzer-taken-1"])


KEEP_WORKER = """
const Native = window.Worker;
window.Worker = class extends Native {
  constructor(url, ...rest) {
    super(url, ...rest);
    // Only the wijzer's: Material's search starts a worker of its own.
    if (String(url).endsWith("/assets/wijzer/worker.js")) window.__worker = this;
  }
};
"""


def test_a_worker_that_cannot_load_shows_the_desk(context, site_url, example_loket):
    context.route("**/assets/wijzer/worker.js", lambda route: route.fulfill(status=404, body="weg"))
    page = open_wijzer(context, site_url)
    page.check("#wijzer-motieven-0")
    _shows_the_desk_and_keeps(page, example_loket, ["wijzer-motieven-0"])


@pytest.mark.parametrize("event", ["messageerror", "error"])
def test_worker_error_events_show_the_desk(context, site_url, example_loket, event):
    context.add_init_script(KEEP_WORKER)
    page = open_wijzer(context, site_url)
    wait_state(page, "ready")
    page.check("#wijzer-motieven-0")
    page.evaluate("type => window.__worker.dispatchEvent(new Event(type))", event)
    _shows_the_desk_and_keeps(page, example_loket, ["wijzer-motieven-0"])
    page.click(f"#{IDS['show']}")
    assert state(page) == "error"
