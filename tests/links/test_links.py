"""Offline link check of the built example site, and proof that the checker
itself catches a broken file, a broken anchor and a root-absolute link."""

from __future__ import annotations

import shutil

from .linkcheck import check


def test_every_internal_link_and_anchor_resolves(built_site):
    report = check(built_site)
    assert report.pages > 10 and report.checked > 100, "the checker saw too little to prove anything"
    assert report.broken == [], f"{len(report.broken)} broken link(s):\n" + "\n".join(report.broken)


def test_external_links_are_collected_not_fetched(built_site):
    report = check(built_site)
    assert report.external, "the example site cites its sources: there should be external links"
    odd = [url for url in report.external if not url.startswith(("https://", "http://"))]
    assert odd == [], f"external links with an unexpected scheme: {odd}"


def test_the_checker_finds_what_is_broken(tmp_path):
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    (site / "a" / "index.html").write_text('<h2 id="hier">x</h2><a name="oud"></a>', encoding="utf-8")
    (site / "index.html").write_text(
        '<a href="a/">ok</a> <a href="a/#hier">ok</a> <a href="a/#oud">ok</a> <a href="#top" id="top">ok</a>'
        '<a href="weg/">file</a> <a href="a/#nergens">anchor</a> <a href="/a/">absolute</a>'
        '<a href="../buiten.html">outside</a> <a href="https://example.org/">external</a>'
        '<a href="mailto:x@example.org">mail</a> <img src="a/plaatje.png">',
        encoding="utf-8",
    )
    report = check(site)
    broken = "\n".join(report.broken)
    assert len(report.broken) == 5, broken
    for needle in ("weg/ -> no file", "no id 'nergens'", "/a/ -> root-absolute", "outside the site", "a/plaatje.png -> no file"):
        assert needle in broken
    assert list(report.external) == ["https://example.org/"]
    shutil.rmtree(site)
