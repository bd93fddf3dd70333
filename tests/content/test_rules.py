"""Rules across fields and files: references, uniqueness, capacity,
vacancy timing and the date warnings."""

from __future__ import annotations

import datetime as dt

import pytest

from inspiratiebox.content import schema
from inspiratiebox.content.model import Content
from inspiratiebox.content.rules import _references, months_before
from inspiratiebox.content.validate import Ref

ORG = "content/organisaties/buurthuis.yml"
GEM = "content/gemeente.yml"
WIJ = "content/wijzer.yml"
TIP = "content/tips.yml"

SECOND_ORG = """\
naam: Tweede
beschrijving: Nog een organisatie.
deelgemeente: Centrum
contact: {email: tweede@voorbeeld.be}
draagkracht: {maximum: 0, nu: 0}
vacatures:
  - id: onthaal
    titel: Onthaal
    samenvatting: Je verwelkomt mensen.
    sectoren: [buurt]
    taken: [met_mensen]
    flexibel: ja
    uren: minder_dan_2
    setting: [alleen]
    nederlands: geen
    begeleiding: 0
    motieven: [sociaal]
    plaatsen: 1
    geldig_tot: 2027-06-30
    laatst_nagekeken: 2026-11-01
"""


def test_deelgemeente_of_an_organisation_must_exist(tree):
    tree.replace(ORG, "deelgemeente: Noord", "deelgemeente: noord")
    problem = tree.one_error()
    assert (problem.file, problem.line, problem.column) == (ORG, *tree.position_of(ORG, "noord"))
    assert "geen deelgemeente uit content/gemeente.yml" in problem.message
    assert "Bedoelde je 'Noord'?" in problem.message
    assert "Centrum, Noord" in problem.message


def test_deelgemeente_of_a_vacancy_must_exist(tree):
    tree.replace(ORG, "    uren: 2_tot_4", "    uren: 2_tot_4\n    deelgemeente: Oost")
    problem = tree.one_error()
    assert (problem.line, problem.column) == tree.position_of(ORG, "Oost")
    assert "'Oost' is geen deelgemeente" in problem.message


def test_vacancy_ids_are_unique_across_organisations(tree):
    tree.write("content/organisaties/tweede.yml", SECOND_ORG)
    problem = tree.one_error()
    second = "content/organisaties/tweede.yml"
    assert (problem.file, problem.line, problem.column) == (second, *tree.position_of(second, "id: ‸onthaal"))
    assert "'onthaal' is al gebruikt" in problem.message
    assert "{}:{}:{}".format(ORG, *tree.position_of(ORG, "id: ‸onthaal")) in problem.message


def test_flexible_vacancy_without_moments_is_valid(tree):
    tree.write("content/organisaties/tweede.yml", SECOND_ORG.replace("id: onthaal", "id: onthaal-2"))
    assert tree.problems() == []


def test_vacancy_needs_moments_or_flexible(tree):
    tree.replace(ORG, "    momenten: [di_ochtend]\n", "")
    problem = tree.one_error()
    assert (problem.line, problem.column) == tree.position_of(ORG, "id: onthaal")
    assert "momenten" in problem.message and "flexibel: ja" in problem.message


def test_vacancy_with_moments_and_flexible_must_choose(tree):
    tree.replace(ORG, "    momenten: [di_ochtend]", "    momenten: [di_ochtend]\n    flexibel: ja")
    problem = tree.one_error()
    assert (problem.line, problem.column) == tree.position_of(ORG, "flexibel: ‸ja")
    assert "Kies één van beide" in problem.message


def test_invalid_moments_are_not_reported_twice(tree):
    tree.replace(ORG, "    momenten: [di_ochtend]", "    momenten: [dinsdag]")
    problem = tree.one_error()
    assert "'dinsdag'" in problem.message


def test_capacity_now_above_maximum_is_an_error_that_says_to_raise_the_maximum(tree):
    tree.replace(ORG, "  nu: 1", "  nu: 3")
    problem = tree.one_error()
    assert (problem.line, problem.column) == tree.position_of(ORG, "nu: ‸3")
    assert "nu: 3, maar maximum: 2" in problem.message
    assert "Verhoog maximum" in problem.message


VEREISTEN = "    vereisten:\n{}\n"


@pytest.mark.parametrize(("items", "line", "fragment"), [
    ("      - {soort: minimumleeftijd, nodig: moet}", 23, "hoort de leeftijd in jaren"),
    ("      - {soort: rijbewijs, nodig: moet, leeftijd: 18}", 23, "Een leeftijd hoort alleen bij"),
    ("      - {soort: rijbewijs, nodig: moet}\n      - {soort: rijbewijs, nodig: pluspunt}", 24, "staat twee keer"),
    ("      - {soort: minimumleeftijd, nodig: moet, leeftijd: 10}", 23, "van 12 tot en met 99"),
    ("      - {soort: strafblad, nodig: moet}", 23, "goed_gedrag, rijbewijs, minimumleeftijd"),
])
def test_a_wrong_requirement_is_reported_at_its_line(tree, items, line, fragment):
    tree.replace(ORG, "    begeleiding: 1\n", "    begeleiding: 1\n" + VEREISTEN.format(items))
    problem = tree.one_error()
    assert problem.line == line, str(problem)
    assert fragment in problem.message


def test_a_valid_minimum_age_is_read_without_a_problem(tree):
    tree.replace(ORG, "    begeleiding: 1\n", "    begeleiding: 1\n" + VEREISTEN.format(
        "      - soort: minimumleeftijd\n        nodig: moet\n        leeftijd: 18"))
    content, problems = tree.load()
    assert problems == []
    assert content.organisaties[0]["vacatures"][0]["vereisten"] == [
        {"soort": "minimumleeftijd", "nodig": "moet", "leeftijd": 18}]


@pytest.mark.parametrize(("zie", "fragment"), [
    ("leidraden/matching", "Bedoelde je 'matchen'?"),
    ("voorbeelden/onbekend", "content/voorbeelden/onbekend.yml"),
    ("leidraden/matchen.md", "zie: leidraden/matchen"),
    ("https://www.voorbeeld.be", "leidraden/<naam>"),
    ("hulpmiddelen/intake", "voorbeelden/<id>"),
])
def test_a_wrong_tip_link_is_reported_at_its_value(tree, zie, fragment):
    tree.replace(TIP, "zie: leidraden/matchen", f"zie: {zie}")
    problem = tree.one_error()
    assert (problem.file, problem.line, problem.column) == (TIP, *tree.position_of(TIP, zie))
    assert fragment in problem.message


def test_guideline_links_need_docs_but_example_links_do_not(tree):
    tree.replace(TIP, "zie: leidraden/matchen", "zie: leidraden/bestaat-niet")
    tree.replace(TIP, "zie: voorbeelden/een-voorbeeld", "zie: voorbeelden/bestaat-niet")
    assert [p.line for p in tree.problems(docs=False)] == [7]


def test_a_tip_may_link_to_an_example_with_errors_of_its_own(tree):
    tree.replace("content/voorbeelden/een-voorbeeld.yml", "land: BE", "land: FR")
    assert [p.file for p in tree.errors()] == ["content/voorbeelden/een-voorbeeld.yml"]


@pytest.mark.parametrize(("logo", "fragment"), [
    ("assets/ontbreekt.svg", "docs/assets/ontbreekt.svg bestaat niet"),
    ("../geheim.svg", "binnen docs/"),
    ("/etc/passwd", "binnen docs/"),
])
def test_logo_must_be_a_file_in_docs(tree, logo, fragment):
    tree.replace(GEM, "logo: assets/logo.svg", f"logo: {logo}")
    problem = tree.one_error()
    assert (problem.file, problem.line, problem.column) == (GEM, *tree.position_of(GEM, logo))
    assert fragment in problem.message


def test_a_deelgemeente_listed_twice_is_an_error(tree):
    tree.replace(GEM, "deelgemeenten: [Centrum, Noord]", "deelgemeenten: [Centrum, Noord, Centrum]")
    assert "'Centrum' staat twee keer" in tree.one_error().message


def test_question_ids_are_unique(tree):
    tree.replace(WIJ, "  - id: momenten", "  - id: motieven")
    problem = tree.one_error()
    assert (problem.line, problem.column) == tree.position_of(WIJ, "id: ‸motieven", occurrence=2)
    assert "'motieven' staat twee keer" in problem.message
    assert "{}:{}:{}".format(WIJ, *tree.position_of(WIJ, "id: ‸motieven", occurrence=1)) in problem.message


def test_more_than_twelve_questions_is_an_error(tree):
    vragen = "".join(f"  - id: {qid}\n    vraag: Vraag?\n" for qid in schema.VRAGEN)
    vragen += "  - id: motieven\n    vraag: Nog eens?\n"
    tree.replace(WIJ, "  - id: motieven\n    vraag: Waarom wil je vrijwilligerswerk doen?\n"
                      "  - id: momenten\n    vraag: Wanneer heb je tijd?\n", vragen)
    messages = [p.message for p in tree.errors()]
    assert any(f"hoogstens {schema.MAX_VRAGEN}" in m for m in messages)
    assert any("staat twee keer" in m for m in messages)


def test_question_id_must_be_known(tree):
    tree.replace(WIJ, "  - id: momenten", "  - id: hobby")
    assert "motieven, interesses, taken" in tree.one_error().message


def test_a_wijzer_without_questions_is_an_error(tree):
    tree.replace(WIJ, "  - id: motieven\n    vraag: Waarom wil je vrijwilligerswerk doen?\n"
                      "  - id: momenten\n    vraag: Wanneer heb je tijd?\n", "")
    tree.replace(WIJ, "vragen:\n", "vragen: []\n")
    assert "geen enkele vraag" in tree.one_error().message


def test_sort_ids_are_unique(tree):
    tree.replace(WIJ, "soorten:\n", "soorten:\n  - id: buurthulp\n    naam: Ander\n    uitleg: Uitleg.\n    voorbeelden: [iets]\n")
    problem = tree.one_error()
    assert (problem.line, problem.column) == tree.position_of(WIJ, "id: ‸buurthulp", occurrence=2)
    assert "'buurthulp' staat twee keer" in problem.message


def test_stale_vacancy_is_a_warning_not_an_error(tree):
    tree.replace(ORG, "    laatst_nagekeken: 2026-10-15", "    laatst_nagekeken: 2026-05-22")
    (problem,) = tree.problems()
    assert problem.warning
    assert (problem.line, problem.column) == tree.position_of(ORG, "2026-05-22")
    assert "meer dan 6 maanden" in problem.message
    assert str(problem).startswith("{}:{}:{}: waarschuwing: ".format(ORG, *tree.position_of(ORG, "2026-05-22")))


def test_checked_exactly_six_months_ago_is_not_stale(tree):
    tree.replace(ORG, "    laatst_nagekeken: 2026-10-15", "    laatst_nagekeken: 2026-05-23")
    assert tree.problems() == []


def test_expired_vacancy_is_a_warning(tree):
    tree.replace(ORG, "    geldig_tot: 2027-06-30", "    geldig_tot: 2026-09-30")
    (problem,) = tree.problems()
    assert problem.warning and "liep af op 2026-09-30" in problem.message


def test_months_before_clamps_to_the_end_of_the_month():
    assert months_before(dt.date(2026, 8, 31), 6) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2026, 3, 15), 6) == dt.date(2025, 9, 15)


def test_every_ref_kind_in_the_schema_has_a_rule(tmp_path):
    def refs(fields):
        for f in fields:
            if f.ref:
                yield f.ref
            yield from refs(f.fields)

    kinds = {kind for file_kind in schema.FILES.values() for kind in refs(file_kind.fields)}
    kinds |= {"organisatie", "vacature", "voorbeeld"}  # named in schema.Field's docstring
    assert {"deelgemeente", "pagina", "afbeelding"} <= kinds
    content = Content(root=tmp_path, gemeente={"deelgemeenten": ["A"]})
    for kind in kinds:  # an unknown kind would raise; each known one finds "x" wrong
        problems = _references([Ref(kind, "x", "f.yml", 1, 1)], content, tmp_path, tmp_path, lambda p: p.as_posix())
        assert len(problems) == 1 and problems[0].file == "f.yml", kind
