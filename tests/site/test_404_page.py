"""The page a visitor gets at an address that does not exist: in Dutch, with
a way on, and working at any depth. A host serves 404.html for every missing
path, so MkDocs writes it with links from the site's root; the example site
is built without a public address, so it is served at a host's root here
(tests/kit/test_publish_copy.py checks it under a subpath)."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from urllib.parse import urljoin, urlsplit

import pytest

import htmlscan
from inspiratiebox.site import server

DEEP = "een/pagina/die/niet/bestaat/"


@pytest.fixture(scope="module")
def host(built_site):
    with server.serve(built_site) as url:
        yield url


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def test_the_404_page_is_in_dutch_with_a_way_on(built_site):
    html = (built_site / "404.html").read_text(encoding="utf-8")
    page = htmlscan.parse(built_site / "404.html")
    assert page.find("html")[0].attrs["lang"] == "nl"
    assert re.findall(r"<h1\b[^>]*>\s*(.*?)\s*</h1>", html, re.S) == ["Pagina niet gevonden"]
    assert page.find("title")[0].text.strip().startswith("Pagina niet gevonden - ")
    assert "not found" not in page.text.lower() and "404 -" not in page.text
    assert re.search(r'<a href="[^"]*">startpagina</a>', html)
    assert "Zoek op de site" in page.text


def test_a_missing_address_at_any_depth_gets_the_404_page_and_every_link_on_it_works(host):
    status, body = fetch(host + DEEP)
    assert status == 404 and "Pagina niet gevonden" in body
    page = htmlscan.parse_fragment(body)
    urls = [e.attrs[a] for e in page.elements for a in ("href", "src") if e.attrs.get(a)]
    own = [u for u in urls if not htmlscan.is_other_host(u) and not u.startswith(("#", "data:"))]
    assert len(own) > 20  # style sheets, scripts, the menu and the way on
    broken = []
    for url in own:
        target = urljoin(host + DEEP, url)
        assert urlsplit(target).netloc == urlsplit(host).netloc, url
        if fetch(target)[0] != 200:
            broken.append(url)
    assert broken == [], f"links on the 404 page that do not work from /{DEEP}: {broken}"
    home = re.search(r'<a href="([^"]*)">startpagina</a>', body).group(1)
    assert urljoin(host + DEEP, home) == host
