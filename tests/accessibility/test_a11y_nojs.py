"""The no-JavaScript axe runner (nojs.py) is trusted only because these tests
can fail: on the same page it must find exactly what axe finds with
JavaScript on, and on the wijzer it must see what a visitor without
JavaScript sees, no more and no less."""

from __future__ import annotations

import re

from inspiratiebox.bundle.contract import IDS

from . import audit, nojs
from .wijzer_flow import WIJZER

FLAWED = """<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Proef</title></head>
<body><main><h1>Proef</h1>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40">
<p style="color:#bbb;background:#fff">Te licht grijs</p>
<p><a href="#"></a></p>
<p>Goed leesbaar</p></main></body></html>"""

PIXEL = "data:image/gif;base64,R0lGODlhAQABAAAAACw="


def _outcome(response: dict) -> dict:
    """Per result type, each rule with the nodes it concerns."""
    return {
        kind: sorted((r["id"], sorted(" ".join(n["target"]) for n in r["nodes"])) for r in response[kind])
        for kind in ("violations", "passes", "incomplete", "inapplicable")
    }


def _serve(context, url: str, html: str):
    context.route(lambda u: u == url, lambda route: route.fulfill(status=200, content_type="text/html; charset=utf-8", body=html))


def test_runner_finds_what_axe_finds_with_javascript(browser, site_url):
    url = site_url + "proef-zonder-js.html"
    seen = {}
    for scripts in (True, False):
        context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=scripts)
        try:
            _serve(context, url, FLAWED)
            page = context.new_page()
            page.goto(url)
            seen[scripts] = audit.axe_response(page) if scripts else nojs.axe_response(page)
        finally:
            context.close()
    flagged = {v["id"] for v in seen[False]["violations"]}
    assert {"image-alt", "color-contrast", "link-name"} <= flagged, flagged
    assert _outcome(seen[False]) == _outcome(seen[True])


def test_runner_sees_the_wijzer_as_a_visitor_without_javascript(browser, site_url, built_site):
    html = (built_site / WIJZER / "index.html").read_text(encoding="utf-8")
    shown = f'<img src="{PIXEL}" id="proef-getoond">'
    hidden = f'<img src="{PIXEL}" id="proef-verborgen">'
    html, n_shown = re.subn(r'(<p class="wijzer-geen-js">)', r"\1" + shown, html)
    html, n_hidden = re.subn(rf'(<form class="{IDS["form"]}"[^>]*>)', r"\1" + hidden, html)
    assert n_shown == n_hidden == 1, "the wijzer markup changed; update this test"
    context = browser.new_context(viewport={"width": 320, "height": 900}, java_script_enabled=False)
    try:
        _serve(context, site_url + WIJZER, html)
        page = context.new_page()
        page.goto(site_url + WIJZER)
        assert nojs.scripting_off(page) and nojs.styled(page)
        found = nojs.violations(page, "proef")
    finally:
        context.close()
    assert [line.split(":")[1].strip() for line in found] == ["image-alt #proef-getoond"], found
