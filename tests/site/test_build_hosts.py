"""The built example site fetches nothing from another host.

HTML: every attribute a browser loads or submits to (script, link, img,
iframe, source, object, form action, ...), inline styles and <style>
elements. CSS: url() and @import. JavaScript: every http(s) URL must be on
the reviewed list in allowed_urls.py. Plain outgoing <a href> links are fine:
they are only followed when the visitor clicks.
"""

from __future__ import annotations

from pathlib import Path

import allowed_urls
import htmlscan


def _rel(site: Path, path: Path) -> str:
    return path.relative_to(site).as_posix()


def test_html_loads_nothing_from_another_host(built_site):
    found = []
    pages = htmlscan.pages(built_site)
    assert len(pages) > 10  # the scan really saw the site
    for page in pages:
        for element in page.elements:
            for name in htmlscan.RESOURCE_ATTRIBUTES.get(element.tag, ()):
                value = element.attrs.get(name)
                if value is None:
                    continue
                urls = htmlscan.srcset_urls(value) if name == "srcset" else [value]
                found += [(_rel(built_site, page.path), element.tag, name, u) for u in urls if htmlscan.is_other_host(u)]
            if element.tag == "meta" and element.attrs.get("http-equiv", "").lower() == "refresh":
                found.append((_rel(built_site, page.path), "meta", "refresh", element.attrs.get("content", "")))
            style = element.attrs.get("style", "") + (element.text if element.tag == "style" else "")
            found += [(_rel(built_site, page.path), element.tag, "style", u) for u in htmlscan.css_urls(style) if htmlscan.is_other_host(u)]
    assert found == []


def test_css_loads_nothing_from_another_host(built_site):
    sheets = sorted(built_site.rglob("*.css"))
    assert any(p.name == "pages.css" for p in sheets)
    found = [
        (_rel(built_site, sheet), url)
        for sheet in sheets
        for url in htmlscan.css_urls(sheet.read_text(encoding="utf-8"))
        if htmlscan.is_other_host(url)
    ]
    assert found == []


def test_every_url_in_javascript_is_reviewed(built_site):
    scripts = sorted(p for p in built_site.rglob("*") if p.suffix in (".js", ".mjs"))
    assert any(p.name == "filters.js" for p in scripts)
    unreviewed = [
        (_rel(built_site, script), url)
        for script in scripts
        for url in allowed_urls.urls_in(script.read_text(encoding="utf-8", errors="replace"))
        if allowed_urls.reason_for(_rel(built_site, script), url) is None
    ]
    assert unreviewed == []


def test_our_own_scripts_hold_no_url(root):
    """Our scripts need no allowlist at all: keep it that way."""
    scripts = sorted((root / "docs" / "assets").rglob("*.js"))
    assert scripts  # the loop checks something
    for script in scripts:
        assert allowed_urls.urls_in(script.read_text(encoding="utf-8")) == [], script


def test_conditions_of_the_allowlist_hold(built_site):
    """Material fetches repository facts and Mermaid only for these elements."""
    pages = htmlscan.pages(built_site)
    assert len(pages) > 10  # the scan really saw the site
    for page in pages:
        for element in page.elements:
            assert element.attrs.get("data-md-component") != "source", page.path
            assert "mermaid" not in element.attrs.get("class", "").split(), page.path


def test_allowlist_rejects_what_it_should(tmp_path):
    """The checks above can fail: a CDN URL in our own code is not allowed."""
    assert allowed_urls.reason_for("assets/filters.js", "https://cdn.jsdelivr.net/pyodide/") is None
    assert allowed_urls.reason_for("assets/javascripts/bundle.x.js", "https://evil.example/") is None
    assert allowed_urls.reason_for("assets/pyodide/pyodide.mjs", "https://cdn.jsdelivr.net/pyodide/v1/full/")
    page = tmp_path / "p.html"
    page.write_text(
        '<link rel="stylesheet" href="//fonts.example/css"><img srcset="a.png 1x, https://x.example/b.png 2x">'
        '<div style="background:url(https://x.example/c.png)"></div><a href="https://ok.example/">ok</a>',
        encoding="utf-8",
    )
    parsed = htmlscan.parse(page)
    assert htmlscan.is_other_host(parsed.find("link")[0].attrs["href"])
    assert [u for u in htmlscan.srcset_urls(parsed.find("img")[0].attrs["srcset"]) if htmlscan.is_other_host(u)] == ["https://x.example/b.png"]
    assert htmlscan.css_urls(parsed.find("div")[0].attrs["style"]) == ["https://x.example/c.png"]
    assert "a" not in htmlscan.RESOURCE_ATTRIBUTES
