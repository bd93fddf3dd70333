"""The desk mode's page as the build makes it: a staff page kept out of
search and the candidate's path, the wijzer's own questions, and a referral
sheet whose agreements come from the referrer-agreement tool."""

from __future__ import annotations

import dataclasses
import json
import re
import shutil

from fixed_dates import BUILD_DATE

from inspiratiebox.bundle.contract import DESK, IDS
from inspiratiebox.pages import deskmode
from inspiratiebox.site.stage import fill_placeholders

DESK_HTML = "hulpmiddelen/loketmodus/index.html"
QUESTION = re.compile(r'<fieldset class="wijzer-vraag" id="(wijzer-vraag-[\w-]+)"')


def _page(built_site, path=DESK_HTML) -> str:
    return (built_site / path).read_text(encoding="utf-8")


def test_the_desk_page_is_for_staff_noindex_out_of_search_and_not_on_the_candidates_path(built_site):
    html = _page(built_site)
    assert '<meta name="robots" content="noindex, nofollow">' in html
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [doc["location"] for doc in index["docs"] if doc["location"].startswith("hulpmiddelen/loketmodus")]
    # In the menu (Leidraden > Hulpmiddelen) like every staff tool, never in the wijzer itself.
    wijzer = _page(built_site, "vrijwilligerswijzer/index.html")
    article = wijzer[wijzer.index('<article class="md-content__inner'):wijzer.index("</article>")]
    assert "loketmodus" not in article and "loketmodus" in wijzer
    assert 'href="loketmodus/"' in _page(built_site, "hulpmiddelen/index.html")


def test_the_desk_asks_exactly_the_wijzers_questions_and_loads_its_own_script(built_site):
    desk, wijzer = _page(built_site), _page(built_site, "vrijwilligerswijzer/index.html")
    assert QUESTION.findall(desk) == QUESTION.findall(wijzer) and len(QUESTION.findall(desk)) >= 10
    assert re.findall(r'<script type="module" async src="([^"]+)">', desk) == ["../../assets/wijzer/desk.js"]
    assert 'src="../../assets/wijzer/wijzer.js"' not in desk
    assert "Bewaar op dit toestel" in desk and "localStorage" in desk and ">Wis alles<" in desk


def test_the_sheet_has_a_consent_box_per_item_none_ticked(built_site):
    template = _page(built_site).split(f'id="{DESK["sheetTemplate"]}"')[1].split("</template>")[0]
    boxes = re.findall(r'<input type="checkbox" id="loketmodus-fiche-deel-\d+"[^>]*>', template)
    assert len(boxes) == len(deskmode.CONSENT) and not [b for b in boxes if "checked" in b]
    for _, item in deskmode.CONSENT:
        assert item in template


def test_a_consent_item_for_a_question_the_form_does_not_ask_is_left_out(example):
    wijzer = {**example.wijzer, "vragen": [v for v in example.wijzer["vragen"] if v["id"] != "situatie"]}
    fewer = dataclasses.replace(example, wijzer=wijzer)
    html = deskmode.sheet_template(fewer, example.root.parent / "docs")
    assert "uitkering" not in html and "Hoe goed ik Nederlands spreek." in html


def test_the_sheets_agreements_follow_the_referrer_agreement_page(example, tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(example.root.parent / "docs" / "hulpmiddelen", docs / "hulpmiddelen")
    page = docs / deskmode.AGREEMENTS_PAGE
    original = deskmode.sheet_template(example, docs)
    assert "1. Vrijwilligheid" in original and "5. Als het niet lukt" in original
    assert "De kandidaat kiest zelf voor vrijwilligerswerk." in original
    assert "Doorverwijzer (dienst)" not in original, "the fill-in tables stay on the tool's own page"
    page.write_text(
        page.read_text(encoding="utf-8")
        .replace("## 3. Contactpersonen", "## 3. Wie je belt")
        .replace("- De kandidaat weet wie zijn of haar aanspreekpunten zijn.", "- Elke **maandag** bellen we even."),
        encoding="utf-8",
    )
    changed = deskmode.sheet_template(example, docs)
    assert "3. Wie je belt" in changed and "3. Contactpersonen" not in changed
    assert "Elke <strong>maandag</strong> bellen we even." in changed
    assert "aanspreekpunten zijn" not in changed


def test_a_missing_agreement_page_leaves_a_link_to_it_not_a_crash(example, tmp_path):
    html = deskmode.sheet_template(example, tmp_path)
    assert 'href="../afspraken-doorverwijzers/"' in html and "fiche-afspraak" not in html


def test_links_in_the_agreements_work_from_the_desk_page():
    found = deskmode.agreements("## 1. Een\n\n- Zie [de leidraad](../leidraden/matchen.md#start) en\n  [elders](https://example.org).\n")
    assert found == [("1. Een", ["Zie [de leidraad](../leidraden/matchen.md#start) en [elders](https://example.org)."])]
    html = deskmode._inline(found[0][1][0])
    assert 'href="../../leidraden/matchen/#start"' in html and 'href="https://example.org"' in html


def test_the_placeholder_becomes_the_desk_widget_with_the_vacancy_base(example):
    html = fill_placeholders(f"# Loket\n\n{deskmode.PLACEHOLDER}\n", example, BUILD_DATE, deskmode.PAGE)
    assert f'id="{DESK["root"]}"' in html and f'id="{IDS["form"]}"' in html
    assert f'{DESK["vacancyBase"]}="../../vrijwilligerswijzer/"' in html
    assert 'href="../../assets/wijzer/desk-sheet.js"' in html
