"""Only the wijzer page loads widget/web/wijzer.js, as an async module right
after the widget: it wires the form as soon as the form is parsed, without
waiting for Material's scripts, and before the long list of vacancies
below it (form.page_script)."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from inspiratiebox.bundle.contract import IDS

WIJZER_PAGE = "vrijwilligerswijzer/index.html"
SCRIPT = re.compile(r'<script type="module" async src="([^"]+)"></script>')


def test_the_wijzer_page_loads_its_script_right_after_the_widget(built_site):
    html = (built_site / WIJZER_PAGE).read_text(encoding="utf-8")
    found = SCRIPT.findall(html)
    assert len(found) == 1
    url = urljoin("https://example.org/gemeente/vrijwilligerswijzer/", found[0])
    assert url == "https://example.org/gemeente/assets/wijzer/wijzer.js"
    position = html.index(found[0])
    assert html.index(f'id="{IDS["form"]}"') < position < html.index(f'id="{IDS["self"]}"')
    assert position < html.index("assets/javascripts/bundle."), "it must not wait for Material's scripts"


def test_no_other_page_loads_the_wijzer(built_site):
    pages = [p for p in built_site.rglob("*.html") if p.relative_to(built_site).as_posix() != WIJZER_PAGE]
    assert len(pages) > 10
    assert [p for p in pages if re.search(r'<script[^>]+src="[^"]*wijzer\.js"', p.read_text(encoding="utf-8"))] == []


def _imported(folder, entry: str) -> set[str]:
    """Every module `entry` imports, directly or not, as the browser would find them."""
    found, todo = set(), [entry]
    while todo:
        for name in re.findall(r'(?:from|import)\s*"\./([\w.-]+\.js)"', (folder / todo.pop()).read_text(encoding="utf-8")):
            if name not in found:
                found.add(name)
                todo.append(name)
    return found


def test_every_module_the_entry_imports_is_preloaded_beside_it_and_no_other(built_site):
    """Without preloading, the browser finds the imports one level at a time
    and the form waits for each round trip; the modules of other pages
    (group placement, desk mode) are not the wijzer's to fetch."""
    html = (built_site / WIJZER_PAGE).read_text(encoding="utf-8")
    preloaded = set(re.findall(r'<link rel="modulepreload" href="\.\./assets/wijzer/([^"]+)">', html))
    imported = _imported(built_site / "assets" / "wijzer", "wijzer.js")
    assert {"render.js", "contract.js"} <= imported and preloaded == imported
    assert not {name for name in preloaded if name.startswith(("group", "desk"))}
    assert html.index("modulepreload") < html.index('src="../assets/wijzer/wijzer.js"')
