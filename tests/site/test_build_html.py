"""The generic escaping and sanitising helpers in inspiratiebox/pages/html.py."""

from __future__ import annotations

import htmlscan
import markdown
import pytest

from inspiratiebox.pages import html


@pytest.mark.parametrize("url, expected", [
    ("https://www.voorbeeld.be/a?b=c#d", "https://www.voorbeeld.be/a?b=c#d"),
    ("  http://voorbeeld.nl  ", "http://voorbeeld.nl"),
    ("javascript:alert(1)", None),
    ("JaVaScRiPt:alert(1)", None),
    ("java\tscript:alert(1)", None),
    ("data:text/html,<script>x</script>", None),
    ("//evil.example/x", None),
    ("/relatief/pad", None),
    ("https:evil.example", None),
    ("https://", None),
    ("https://user@evil.example", None),
    ("mailto:a@b.be", None),
    (None, None),
    (42, None),
])
def test_safe_url_only_lets_absolute_http_through(url, expected):
    assert html.safe_url(url) == expected


def test_email_and_phone_links_are_made_only_from_valid_values():
    assert html.email_href("a.b@voorbeeld.be") == "mailto:a.b@voorbeeld.be"
    assert html.email_href('a"@x.be') is None and html.email_href("geen adres") is None
    assert html.tel_href("+32 9 123 45 67") == "tel:+3291234567"
    assert html.tel_href("bel ons") is None


def test_text_escapes_markup_and_quotes_and_drops_controls():
    assert html.text('<a href="x">\'&\x02') == "&lt;a href=&quot;x&quot;&gt;&#x27;&amp;"
    assert html.text(None) == "" and html.text(3) == "3"


def test_markdown_text_cannot_make_markdown_or_html():
    source = '<b>x</b> *y* [l](javascript:z) {: onclick="w" } #\nnieuwe regel'
    rendered = markdown.markdown("# " + html.markdown_text(source), extensions=["attr_list"])
    page = htmlscan.parse_fragment(rendered)
    assert [e.tag for e in page.elements] == ["h1"]
    assert page.elements[0].attrs == {}
    assert page.text == source.replace("\n", " ")


def test_render_markdown_keeps_harmless_markup_only():
    source = (
        "# Kop\n\nTekst met **vet**, een [link](https://x.example/) en [pagina](../a.md).\n\n"
        '<script>alert(1)</script><img src=x onerror=alert(1)><iframe src="https://x.example"></iframe>\n\n'
        '<a href="javascript:alert(1)" onclick="x" style="color:red" class="c">a</a> [b](vbscript:x) [m](mailto:a@b.be)'
    )
    rewritten = []
    result = html.render_markdown(source, rewrite_href=lambda h: rewritten.append(h) or "NIEUW")
    page = htmlscan.parse_fragment(result)
    tags = {e.tag for e in page.elements}
    assert tags <= html.ALLOWED_TAGS and "h3" in tags and "strong" in tags  # headings moved below the page's own
    assert all(set(e.attrs) <= {"href", "title", "rel", "start"} for e in page.elements)
    hrefs = [(a.attrs.get("href"), a.attrs.get("rel")) for a in page.find("a")]
    assert hrefs == [("https://x.example/", "noopener"), ("NIEUW", None), (None, None), (None, None), ("mailto:a@b.be", None)]
    assert rewritten == ["../a.md"]
    assert "alert" not in page.text


@pytest.mark.parametrize("source, target, directory, flat", [
    ("tips.md", "leidraden/matchen.md", "../leidraden/matchen/", "leidraden/matchen.html"),
    ("praktijkvoorbeelden/index.md", "praktijkvoorbeelden/a.md", "a/", "a.html"),
    ("praktijkvoorbeelden/a.md", "praktijkvoorbeelden/index.md", "../", "index.html"),
    ("praktijkvoorbeelden/a.md", "tips.md#matching", "../../tips/#matching", "../tips.html#matching"),
    ("index.md", "tips.md", "tips/", "tips.html"),
])
def test_relative_url_matches_mkdocs_layout(source, target, directory, flat):
    assert html.relative_url(source, target) == directory
    assert html.relative_url(source, target, directory_urls=False) == flat


def test_link_marks_external_links():
    assert html.link("https://x.example/", "<x>") == '<a href="https://x.example/" rel="noopener">&lt;x&gt;</a>'
    assert html.link("../a/", "a") == '<a href="../a/">a</a>'
    assert html.link(None, "<b>") == "&lt;b&gt;"
