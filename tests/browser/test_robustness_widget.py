"""The wijzer under breakage: a damaged link or missing files must never cost
the visitor the answers already in the form, and must say so in Dutch.

Complements test_wijzer_browser.py, which covers a link that is not base64,
base64 of a JSON list and of plain text, and data.json answering 500.
"""

from __future__ import annotations

import base64
import json

import pytest
from test_wijzer_browser import checked_ids, open_wijzer, state, wait_state

from inspiratiebox.bundle.contract import IDS

TICKED = ["wijzer-motieven-0", "wijzer-taken-1", "wijzer-tijd-2"]
BROKEN_LINK = "beschadigd"


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _tick(page):
    for box in TICKED:
        page.check(f"#{box}")


FRAGMENTS = {
    "json-met-onbekende-waarden": _b64(json.dumps({"motieven": ["geld"], "nederlands": "vloeiend", "hack": "<img src=x>"}).encode()),
    "json-getal": _b64(b"42"),
    "json-null": _b64(b"null"),
    "geen-utf8": _b64(b"\xff\xfe\xfa"),
    "enorm-geen-base64": "!" * 200_000,
    "enorm-json": _b64(json.dumps({"motieven": ["onbekend"] * 40_000}).encode()),
}


@pytest.mark.parametrize("fragment", FRAGMENTS.values(), ids=FRAGMENTS.keys())
def test_a_damaged_link_keeps_the_answers_and_says_so(context, site_url, fragment):
    page = open_wijzer(context, site_url)
    _tick(page)
    page.evaluate("f => { location.hash = 'antwoorden=' + f; }", fragment)
    page.wait_for_function(
        f"w => document.getElementById('{IDS['notice']}').textContent.includes(w)", arg=BROKEN_LINK, timeout=20_000,
    )
    assert checked_ids(page) == TICKED
    wait_state(page, "ready")
    assert page.errors == []


def test_a_damaged_link_on_arrival_leaves_an_empty_usable_form(context, site_url):
    page = open_wijzer(context, site_url, "#antwoorden=" + FRAGMENTS["json-met-onbekende-waarden"])
    assert BROKEN_LINK in page.inner_text(f"#{IDS['notice']}")
    assert checked_ids(page) == []
    _tick(page)
    page.click(f"#{IDS['show']}")
    wait_state(page, "results")
    assert checked_ids(page) == TICKED


def test_the_own_link_without_answers_is_not_called_damaged(context, site_url):
    page = open_wijzer(context, site_url, "#antwoorden=" + _b64(b"{}"))
    assert BROKEN_LINK not in page.inner_text(f"#{IDS['notice']}")
    assert checked_ids(page) == []


def test_a_link_with_some_known_answers_fills_those(context, site_url):
    fragment = _b64(json.dumps({"motieven": ["waarden", "geld"], "onbekend": 1}).encode())
    page = open_wijzer(context, site_url, "#antwoorden=" + fragment)
    assert checked_ids(page) == ["wijzer-motieven-0"]
    assert "uit de link" in page.inner_text(f"#{IDS['notice']}")


BREAKAGES = {
    "data-404": ("**/assets/wijzer/data.json", {"status": 404, "body": "niet gevonden"}),
    "engine-404": ("**/assets/wijzer/engine.zip", {"status": 404, "body": "niet gevonden"}),
    "engine-rommel": ("**/assets/wijzer/engine.zip", {"status": 200, "body": b"PK\x03\x04 dit is geen zip" * 50,
                                                      "content_type": "application/zip"}),
    "data-geen-json": ("**/assets/wijzer/data.json", {"status": 200, "body": "{kapot", "content_type": "application/json"}),
}


@pytest.mark.parametrize("pattern, response", BREAKAGES.values(), ids=BREAKAGES.keys())
def test_missing_or_broken_files_keep_the_answers_and_say_so_in_dutch(context, site_url, example_loket, pattern, response):
    context.route(pattern, lambda route: route.fulfill(**response))
    page = open_wijzer(context, site_url)
    _tick(page)
    wait_state(page, "error")
    assert "De wijzer werkt nu niet. Je antwoorden blijven staan." in page.inner_text(f"#{IDS['status']}")
    assert page.is_visible(f"#{IDS['error']}")
    assert example_loket["telefoon"] in page.inner_text(f"#{IDS['error']}")
    page.click(f"#{IDS['show']}")
    assert state(page) == "error"
    assert checked_ids(page) == TICKED
