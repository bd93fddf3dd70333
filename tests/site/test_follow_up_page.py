"""The follow-up plan page as the build makes it: its moments come from
content/opvolging.yml (or the standard plan without it), escaped; it is a
page for staff, kept out of search; and only it loads the plan's script."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import hostile
from fixed_dates import BUILD_DATE

from inspiratiebox.cli import main

STAGED_PAGE = Path("docs/hulpmiddelen/opvolgplan.md")
BUILT_PAGE = "hulpmiddelen/opvolgplan/index.html"

OWN_PLAN = """\
momenten:
  - weken: 3
    titel: Na drie weken
    vragen:
      - "Gaat het <script>alert(1)</script> & goed?"
  - weken: 9
    titel: Twee maanden later
    met_wie: Met de begeleider.
    vragen: ["Wil je verder doen?"]
signalen:
  - De vrijwilliger belt niet meer terug.
"""


def staged_page(root: Path, base: Path, plan: str | None) -> str:
    """The plan page in a staging folder of a copy of the project whose
    opvolging.yml is `plan` (None: no such file)."""
    project = base / "project"
    for name in hostile.COPIED:
        source = root / name
        if source.is_dir():
            shutil.copytree(source, project / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, project / name)
    os.symlink(root / "node_modules", project / "node_modules")
    file = project / "content" / "opvolging.yml"
    if plan is None:
        file.unlink()
    else:
        file.write_text(plan, encoding="utf-8")
    assert main(["--root", str(project), "stage", str(base / "staged"), "--datum", BUILD_DATE.isoformat()]) == 0
    return (base / "staged" / STAGED_PAGE).read_text(encoding="utf-8")


def test_the_page_shows_the_moments_of_content_escaped(root, tmp_path):
    page = staged_page(root, tmp_path, OWN_PLAN)
    weeks = re.findall(r'data-opvolg-weken="(\d+)"', page)
    assert weeks == ["3", "9"]
    assert "Na week 9:</span> <span class=\"opvolg-titel\">Twee maanden later" in page
    assert "Gaat het &lt;script&gt;alert(1)&lt;/script&gt; &amp; goed?" in page and "<script>alert" not in page
    assert "Met de begeleider." in page and "De vrijwilliger belt niet meer terug." in page
    assert "De eerste week" not in page, "the example's moments are gone"
    assert page.startswith("---\nrobots: noindex\n")
    assert '<script type="module" src="../../assets/opvolgplan/opvolgplan.js"></script>' in page
    assert '<link rel="stylesheet" href="../../assets/opvolgplan/opvolgplan.css">' in page


def test_without_opvolging_yml_the_page_shows_the_standard_plan(root, tmp_path):
    page = staged_page(root, tmp_path, None)
    assert re.findall(r'data-opvolg-weken="(\d+)"', page) == ["1", "2", "6", "12"]
    assert "Signalen dat een plaatsing vastloopt" in page


def test_the_built_page_is_for_staff_only(built_site):
    html = (built_site / BUILT_PAGE).read_text(encoding="utf-8")
    assert '<meta name="robots" content="noindex, nofollow">' in html
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [d for d in index["docs"] if d["location"].startswith("hulpmiddelen/opvolgplan/")]
    assert "<!-- opvolgplan -->" not in html and 'data-opvolgplan' in html


def test_only_the_plan_page_loads_the_plan_script(built_site):
    loading = sorted(
        p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html")
        if "opvolgplan/opvolgplan.js" in p.read_text(encoding="utf-8")
    )
    assert loading == [BUILT_PAGE]
    assert {p.name for p in (built_site / "assets" / "opvolgplan").iterdir()} >= {
        "opvolgplan.js", "dates.js", "ics.js", "i18n.js", "opvolgplan.css"}
