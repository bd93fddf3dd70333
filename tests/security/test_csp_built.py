"""Every built page carries one policy, before any script, that allows each
of its own inline scripts by hash and nothing unsafe; no page has inline
event handlers or javascript: URLs, which no hash could allow anyway."""

from __future__ import annotations

import base64
import hashlib

import htmlscan
import pytest

RUNNABLE = {"", "module", "text/javascript", "application/javascript"}


@pytest.fixture(scope="module")
def pages(built_site):
    found = htmlscan.pages(built_site)
    assert len(found) > 30 and any(p.path.name == "404.html" for p in found)
    return found


def _policies(page):
    return [e for e in page.elements
            if e.tag == "meta" and e.attrs.get("http-equiv", "").lower() == "content-security-policy"]


def _script_src(policy: str) -> list[str]:
    for part in policy.split(";"):
        words = part.split()
        if words and words[0] == "script-src":
            return words[1:]
    return []


def test_one_policy_before_the_first_script_on_every_page(pages):
    assert len(pages) > 10, "the site should have more pages than this"
    for page in pages:
        metas = _policies(page)
        assert len(metas) == 1, page.path
        first_script = next(i for i, e in enumerate(page.elements) if e.tag == "script")
        assert page.elements.index(metas[0]) < first_script, page.path
        head = [e.tag for e in page.elements[: page.elements.index(metas[0])]]
        assert "body" not in head, page.path


def test_script_src_allows_every_inline_script_by_hash_and_nothing_unsafe(pages):
    assert len(pages) > 10, "the site should have more pages than this"
    for page in pages:
        sources = _script_src(_policies(page)[0].attrs["content"])
        assert "'self'" in sources and "'wasm-unsafe-eval'" in sources, page.path
        assert "'unsafe-inline'" not in sources and "'unsafe-eval'" not in sources, page.path
        inline = [e.text for e in page.find("script")
                  if "src" not in e.attrs and e.attrs.get("type", "").lower() in RUNNABLE]
        assert inline, page.path  # Material writes some into every page
        for text in inline:
            digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()
            assert f"'sha256-{digest}'" in sources, (page.path, text[:60])


def test_no_inline_event_handlers_or_javascript_urls(pages):
    found = []
    for page in pages:
        for element in page.elements:
            for name, value in element.attrs.items():
                if name.startswith("on"):
                    found.append((page.path.name, element.tag, name))
                if name in htmlscan.URL_ATTRIBUTES and htmlscan.normalised_scheme(value) in ("javascript", "vbscript"):
                    found.append((page.path.name, element.tag, name, value))
    assert found == []
