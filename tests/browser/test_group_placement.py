"""The group placement page in Chromium, as a coordinator uses it: candidates
added by their answer link and by filling in the questions, a damaged link
that costs nothing, the engine's proposal shown as the engine made it (the
same call on CPython, with the same data and day, is the expected result), a
proposal marked out of date after a change, nothing stored, nobody else
asked, and a printout of a group of twelve on at most two A4 sheets.
"""

from __future__ import annotations

import io
import json

import pytest
from accessibility.group_flow import (
    GROUP_ANSWERS,
    PAGE,
    add_by_form,
    add_by_link,
    allocator,
    link_for,
    open_ready,
    propose,
    shown_proposal,
    state,
    twelve,
)
from pypdf import PdfReader

from inspiratiebox.bundle.contract import GROUP

ROOT = f"#{GROUP['root']}"
# Records what the page sends to its worker, to prove the labels stay in the page.
RECORD_WORKER_MESSAGES = """
  window.__sentToWorker = [];
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    window.__sentToWorker.push(JSON.stringify(message));
    return post.call(this, message, ...rest);
  };
"""


@pytest.fixture
def page(context, site_url):
    context.add_init_script(RECORD_WORKER_MESSAGES)
    return open_ready(context, site_url)


@pytest.fixture(scope="module")
def allocate(root, built_site):
    return allocator(root, built_site)


@pytest.fixture(scope="module")
def vacancy_names(example):
    return {vacancy["id"]: (vacancy["titel"], org["naam"]) for org, vacancy in example.vacatures()}


def names_in_list(page) -> list[str]:
    return page.eval_on_selector_all(f"#{GROUP['list']} > li h3", "els => els.map(e => e.textContent)")


def test_candidates_added_by_link_and_by_the_form_join_the_group_numbered_with_their_labels(page):
    add_by_link(page, GROUP_ANSWERS[0], "AB")
    add_by_form(page, {"nederlands": "weinig", "begeleiding": 2, "momenten": ["za_ochtend"]})
    assert names_in_list(page) == ["Kandidaat 1 (AB)", "Kandidaat 2"]
    assert "2 kandidaten" in page.inner_text(f"#{GROUP['count']}")
    assert page.eval_on_selector_all(f"#{GROUP['form']} input:checked", "els => els.length") == 0, "the form empties"
    assert page.input_value(f"#{GROUP['label']}") == "" and page.input_value(f"#{GROUP['link']}") == ""
    second = page.inner_text(f"#{GROUP['list']} > li:nth-child(2) .groep-kort")
    assert "Weinig" in second or "weinig" in second, f"the summary shows the answers: {second}"
    assert "Kandidaat 2 staat in de groep." in page.inner_text(f"#{GROUP['status']}")


@pytest.mark.parametrize(
    ("pasted", "says"),
    [
        ("https://example.org/gemeente/vrijwilligerswijzer/#antwoorden=@@kapot@@", "beschadigd"),
        ("https://example.org/gemeente/vacatures/", "geen link met antwoorden"),
        (link_for({"vraag": "van een andere site"}), "passen niet"),
        ("", "Plak eerst"),
    ],
)
def test_a_damaged_or_foreign_link_gets_a_message_next_to_the_field_and_the_group_stays(page, pasted, says):
    add_by_link(page, GROUP_ANSWERS[0])
    page.fill(f"#{GROUP['link']}", pasted)
    page.fill(f"#{GROUP['linkLabel']}", "CD")
    page.click(f"#{GROUP['linkForm']} button[type=submit]")
    message = page.inner_text(f"#{GROUP['linkMessage']}")
    assert says in message
    assert page.get_attribute(f"#{GROUP['link']}", "aria-invalid") == "true"
    assert GROUP["linkMessage"] in page.get_attribute(f"#{GROUP['link']}", "aria-describedby")
    assert page.evaluate("() => document.activeElement.id") == GROUP["link"]
    assert names_in_list(page) == ["Kandidaat 1"], "the group is as it was"
    assert page.input_value(f"#{GROUP['link']}") == pasted and page.input_value(f"#{GROUP['linkLabel']}") == "CD"
    add_by_link(page, GROUP_ANSWERS[1], "CD")
    assert page.inner_text(f"#{GROUP['linkMessage']}") == "" and page.get_attribute(f"#{GROUP['link']}", "aria-invalid") is None
    assert names_in_list(page) == ["Kandidaat 1", "Kandidaat 2 (CD)"]


def _expected(result, labels, vacancy_names) -> list[dict]:
    shown = []
    for entry, label in zip(result["toewijzing"], labels, strict=True):
        name = f"Kandidaat {entry['kandidaat'] + 1}" + (f" ({label})" if label else "")
        if entry["vacature"] is None:
            shown.append({"naam": name, "plaats": None, "redenen": [], "waarom_niet": f"Geen plaats: {entry['waarom_niet']}"})
            continue
        title, org = vacancy_names[entry["vacature"]]
        plaats = f"{title} · {org} · score {entry['score']}"
        shown.append({"naam": name, "plaats": plaats, "redenen": entry["redenen"], "waarom_niet": None})
    return shown


def test_the_proposal_shows_what_the_engine_allocates_for_the_same_answers(page, allocate, vacancy_names):
    labels = ["AB", "", "CD", "", "EF", ""]
    for answers, label in zip(GROUP_ANSWERS, labels, strict=True):
        add_by_link(page, answers, label)
    propose(page)
    result = allocate(GROUP_ANSWERS)
    assert any(e["vacature"] for e in result["toewijzing"]) and any(e["vacature"] is None for e in result["toewijzing"]), (
        "the example group should hold both a placed and an unplaced candidate"
    )
    assert page.inner_text(f"#{GROUP['proposal']} .groep-samenvatting") == result["samenvatting"]
    shown = shown_proposal(page)
    compared = [{k: s[k] for k in ("naam", "plaats", "redenen", "waarom_niet")} for s in shown]
    assert compared == _expected(result, labels, vacancy_names)
    for entry, seen in zip(result["toewijzing"], shown, strict=True):
        if entry["vacature"]:
            assert seen["link"] == f"../../vacatures/{entry['vacature']}/"
        assert seen["loketmodus"].startswith("../loketmodus/#antwoorden=")
    assert page.evaluate("() => document.activeElement.id") == "groep-voorstel-titel"
    assert page.inner_text(f"#{GROUP['status']}") == "Het voorstel staat hieronder."
    assert page.get_attribute(f"#{GROUP['status']}", "role") == "status"


def test_the_desk_mode_link_carries_the_candidates_own_answers(page):
    add_by_link(page, GROUP_ANSWERS[3])
    propose(page)
    href = shown_proposal(page)[0]["loketmodus"]
    carried = page.evaluate(
        "href => import(new URL('../../assets/wijzer/link.js', location.href).href).then(m => m.decodeAnswers(href.split('#antwoorden=')[1]))",
        href,
    )
    assert carried == GROUP_ANSWERS[3]


def test_a_change_to_the_group_marks_the_proposal_out_of_date_until_it_is_made_again(page):
    add_by_link(page, GROUP_ANSWERS[0])
    add_by_link(page, GROUP_ANSWERS[1])
    propose(page)
    notice = f"#{GROUP['proposal']} .groep-verouderd"
    assert page.is_hidden(notice)
    page.click(f"#{GROUP['list']} > li:nth-child(1) button[data-actie=verwijder]")
    assert state(page) == "outdated" and page.is_visible(notice)
    assert "klopt niet meer" in page.inner_text(f"#{GROUP['status']}")
    assert names_in_list(page) == ["Kandidaat 2"], "numbers stay with the person"
    propose(page)
    assert page.is_hidden(notice) and [s["naam"] for s in shown_proposal(page)] == ["Kandidaat 2"]
    add_by_form(page, {"nederlands": "goed"})
    assert state(page) == "outdated" and page.is_visible(notice)


def test_changing_a_candidate_opens_their_answers_in_the_form_and_keeps_their_number(page):
    add_by_link(page, GROUP_ANSWERS[1], "AB")
    add_by_link(page, GROUP_ANSWERS[0])
    page.click(f"#{GROUP['list']} > li:nth-child(1) button[data-actie=wijzig]")
    assert page.is_checked(f"#{GROUP['form']} input[name=nederlands][value=weinig]")
    assert page.is_checked(f"#{GROUP['form']} input[name=momenten][value=za_ochtend]")
    assert page.input_value(f"#{GROUP['label']}") == "AB"
    assert page.inner_text(f"#{GROUP['add']}") == "Bewaar de wijzigingen"
    page.check(f"#{GROUP['form']} input[name=nederlands][value=goed]")
    page.click(f"#{GROUP['add']}")
    assert names_in_list(page) == ["Kandidaat 1 (AB)", "Kandidaat 2"]
    assert "goed Nederlands" in page.inner_text(f"#{GROUP['list']} > li:nth-child(1) .groep-kort")
    assert page.inner_text(f"#{GROUP['add']}") == "Voeg toe" and page.is_hidden(f"#{GROUP['cancel']}")
    assert page.evaluate("() => document.activeElement.id") == "groep-kandidaat-1"


def test_the_group_stops_at_the_most_the_engine_places_at_once(page):
    most = int(page.get_attribute(ROOT, GROUP["maximum"]))
    page.evaluate(
        """([most, link]) => { const field = document.getElementById('groep-link');
             for (let i = 0; i < most; i++) { field.value = link; field.form.requestSubmit(); } }""",
        [most, link_for(GROUP_ANSWERS[0])],
    )
    assert len(names_in_list(page)) == most
    add_by_link(page, GROUP_ANSWERS[1])
    assert f"hoogstens {most}" in page.inner_text(f"#{GROUP['linkMessage']}")
    assert len(names_in_list(page)) == most
    add_by_form(page, {"nederlands": "goed"})
    assert len(names_in_list(page)) == most and "vol" in page.inner_text(f"#{GROUP['status']}")


def test_nothing_is_stored_no_label_is_sent_and_no_other_host_is_asked(page, context, site_url, requests_seen):
    add_by_link(page, GROUP_ANSWERS[0], "Geheim")
    add_by_form(page, {"nederlands": "basis"}, "Stil")
    propose(page)
    stored = page.evaluate("() => [localStorage.length, sessionStorage.length, document.cookie]")
    assert stored == [0, 0, ""]
    assert context.cookies() == []
    sent = page.evaluate("() => window.__sentToWorker")
    assert any('"allocate"' in message for message in sent)
    assert not [m for m in sent if "Geheim" in m or "Stil" in m], "a label left the page"
    assert requests_seen.foreign(site_url) == []


def test_reloading_the_page_empties_the_group(page):
    add_by_link(page, GROUP_ANSWERS[0])
    page.reload()
    assert names_in_list(page) == []


def test_the_printout_of_a_group_of_twelve_holds_only_the_proposal_on_two_sheets_at_most(page):
    for answers in twelve():
        add_by_link(page, answers)
    propose(page)
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=False)))
    assert 1 <= len(pdf.pages) <= 2, f"{len(pdf.pages)} sheets"
    text = " ".join(" ".join(sheet.extract_text().split()) for sheet in pdf.pages)
    assert "Voorstel voor de groep" in text and "Kandidaat 12" in text
    for absent in ("Voeg een kandidaat toe", "Stel een plaatsing voor", "Druk het voorstel af", "loketmodus"):
        assert absent not in text, f"{absent!r} is printed"


def test_the_page_is_for_staff_kept_out_of_search_engines_and_the_sites_search(built_site):
    html = (built_site / PAGE / "index.html").read_text(encoding="utf-8")
    assert '<meta name="robots" content="noindex, nofollow">' in html
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [d for d in index["docs"] if d["location"].startswith(PAGE)]
    assert 'href="groepsplaatsing/"' in (built_site / "hulpmiddelen" / "index.html").read_text(encoding="utf-8")
