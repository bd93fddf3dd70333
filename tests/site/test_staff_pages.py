"""Pages for staff stay out of a candidate's way: search engines are told not
to index them (front matter `robots: noindex`, turned into a meta tag by
overrides/main.html) and the site's own search leaves them out (front matter
`search: exclude: true`). Add each new staff page to STAFF_PAGES."""

from __future__ import annotations

import json

import htmlscan

STAFF_PAGES = (
    "hulpmiddelen/draagkracht/index.html",
    "hulpmiddelen/opvolgplan/index.html",
    "hulpmiddelen/groepsplaatsing/index.html",
    "hulpmiddelen/loketmodus/index.html",
)
CANDIDATE_PAGES = ("index.html", "vrijwilligerswijzer/index.html", "vacatures/index.html", "hulpmiddelen/index.html")
NOINDEX = "noindex, nofollow"


def robots(site, path: str) -> list[str]:
    return [m.attrs.get("content", "") for m in htmlscan.parse(site / path).find("meta") if m.attrs.get("name") == "robots"]


def search_locations(site) -> set[str]:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    return {doc["location"].split("#")[0] for doc in index["docs"]}


def page_location(path: str) -> str:
    return path[: -len("index.html")]


def test_staff_pages_tell_search_engines_not_to_index_them(built_site):
    for path in STAFF_PAGES:
        assert robots(built_site, path) == [NOINDEX], path


def test_staff_pages_are_left_out_of_the_site_search(built_site):
    locations = search_locations(built_site)
    assert "vacatures/" in locations  # the index holds the candidates' pages
    for path in STAFF_PAGES:
        assert page_location(path) not in locations, path


def test_every_page_kept_from_search_engines_is_also_left_out_of_the_site_search(built_site):
    locations = search_locations(built_site)
    hidden = [p.relative_to(built_site).as_posix() for p in sorted(built_site.rglob("index.html"))
              if NOINDEX in robots(built_site, p.relative_to(built_site).as_posix())]
    assert set(STAFF_PAGES) <= set(hidden)
    assert [p for p in hidden if page_location(p) in locations] == []


def test_pages_for_candidates_stay_findable(built_site):
    locations = search_locations(built_site)
    for path in CANDIDATE_PAGES:
        assert robots(built_site, path) == [], path
        assert page_location(path) in locations, path
