"""content/opvolging.yml, the follow-up plan: optional, and when it is there
checked like every other file, each problem with file, line, column, the
field and what to do, in Dutch."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from inspiratiebox.content import schema
from inspiratiebox.content.load import DEFAULT_FOLLOW_UP
from inspiratiebox.pages import reference

PLAN = "content/opvolging.yml"

VALID = """\
momenten:
  - weken: 1
    titel: De eerste week
    met_wie: Met de vrijwilliger.
    vragen:
      - Hoe was je eerste week?
  - weken: 3
    titel: Loopt het?
    vragen: ["Komen je verwachtingen uit?", "Is de begeleiding genoeg?"]
signalen:
  - De vrijwilliger komt niet meer opdagen.
"""


def moments(count: int) -> str:
    return "momenten:\n" + "".join(
        f"  - weken: {week}\n    titel: Gesprek {week}\n    vragen: [\"Hoe gaat het?\"]\n" for week in range(1, count + 1)
    ) + "signalen: [De organisatie meldt zich niet.]\n"


def test_without_the_file_the_standard_plan_is_used_and_nothing_is_reported(tree):
    content, problems = tree.load()
    assert problems == []
    assert [m["weken"] for m in content.opvolging["momenten"]] == [1, 2, 6, 12]
    assert all(m["vragen"] for m in content.opvolging["momenten"]) and content.opvolging["signalen"]


def test_the_standard_plan_passes_its_own_check(tree):
    tree.write(PLAN, DEFAULT_FOLLOW_UP.read_text(encoding="utf-8"))
    content, problems = tree.load()
    assert problems == []
    assert len(content.opvolging["momenten"]) == 4


def test_a_valid_file_is_read_as_written(tree):
    tree.write(PLAN, VALID)
    content, problems = tree.load()
    assert problems == []
    first, second = content.opvolging["momenten"]
    assert first == {"weken": 1, "titel": "De eerste week", "met_wie": "Met de vrijwilliger.", "vragen": ["Hoe was je eerste week?"]}
    assert second["met_wie"] is None and second["vragen"] == ["Komen je verwachtingen uit?", "Is de begeleiding genoeg?"]
    assert content.opvolging["signalen"] == ["De vrijwilliger komt niet meer opdagen."]


def test_twelve_moments_are_allowed(tree):
    tree.write(PLAN, moments(schema.MAX_OPVOLGMOMENTEN))
    assert tree.errors() == []


# (what to change, the text the message points at, words the message must hold)
ERRORS = [
    pytest.param("weken: 3", "weken: 0", "0\n    titel: Loopt", ["'weken'", "van 1 tot en met 104"], id="zero-weeks"),
    pytest.param("weken: 3", "weken: 105", "105", ["'weken'", "van 1 tot en met 104"], id="too-many-weeks"),
    pytest.param("weken: 3", "weken: 2.5", "2.5", ["'weken'", "geheel getal", "komma"], id="half-a-week"),
    pytest.param("weken: 3", "weken: drie", "drie", ["'weken'", "geen getal"], id="weeks-in-words"),
    pytest.param("weken: 3", "weken: 1", "1\n    titel: Loopt", ["na 1 week", "regel 2", "van vroeg naar laat"], id="same-week"),
    pytest.param("titel: Loopt het?", "titel: " + "x" * 81, "x" * 81, ["'titel'", "hoogstens 80 tekens"], id="long-title"),
    pytest.param('"Is de begeleiding genoeg?"', '""', '""', ["'vragen'", "leeg", "Vul het in of haal het weg"], id="empty-question"),
    pytest.param('"Is de begeleiding genoeg?"', '"' + "x" * 201 + '"', '"xxx', ["'vragen'", "hoogstens 200 tekens"], id="long-question"),
    pytest.param('vragen: ["Komen je verwachtingen uit?", "Is de begeleiding genoeg?"]', "vragen: []", "[]",
                 ["'vragen'", "minstens één"], id="no-questions"),
    pytest.param("    vragen: [", "    vraagen: [", "vraagen", ["'vraagen'", "Bedoelde je 'vragen'?"], id="misspelt-field"),
    pytest.param("signalen:\n  - De vrijwilliger komt niet meer opdagen.\n", "", "momenten:", ["'signalen'"], id="no-signs"),
    pytest.param("signalen:\n  - De", "signalen: De", "De vrij", ["'signalen'", "een lijst"], id="signs-not-a-list"),
]


@pytest.mark.parametrize(("old", "new", "at", "fragments"), ERRORS)
def test_each_error_names_file_line_field_and_fix(tree, old, new, at, fragments):
    tree.write(PLAN, VALID)
    tree.replace(PLAN, old, new)
    problem = tree.one_error()
    assert (problem.file, problem.line, problem.column) == (PLAN, *tree.position_of(PLAN, at)), str(problem)
    for fragment in fragments:
        assert fragment in problem.message, str(problem)


def test_moments_out_of_order_point_at_the_later_one_and_at_the_one_above(tree):
    tree.write(PLAN, VALID.replace("weken: 1", "weken: 6"))
    problem = tree.one_error()
    assert (problem.line, problem.column) == tree.position_of(PLAN, "3\n    titel: Loopt")
    line_above = tree.position_of(PLAN, "6")[0]
    assert "na 3 weken" in problem.message and f"(regel {line_above}) al na 6 weken" in problem.message


def test_an_empty_list_of_moments_is_an_error_that_offers_the_standard_plan(tree):
    tree.write(PLAN, "momenten: []\nsignalen: [Een signaal.]\n")
    problem = tree.one_error()
    assert (problem.file, problem.line) == (PLAN, 1)
    assert "geen enkel moment" in problem.message and "standaardmomenten" in problem.message


def test_more_than_twelve_moments_is_an_error_at_the_first_one_too_many(tree):
    tree.write(PLAN, moments(schema.MAX_OPVOLGMOMENTEN + 2))
    problem = tree.one_error()
    assert (problem.line, problem.column) == tree.position_of(PLAN, f"weken: {schema.MAX_OPVOLGMOMENTEN + 1}")
    assert "14 momenten" in problem.message and "hoogstens 12" in problem.message and "Haal er 2 weg" in problem.message


def test_an_empty_file_says_which_fields_it_needs(tree):
    tree.write(PLAN, "# nog leeg\n")
    problem = tree.one_error()
    assert problem.file == PLAN and "leeg" in problem.message and "momenten, signalen" in problem.message


def test_a_file_named_yaml_is_not_read_and_says_how_to_rename_it(tree):
    tree.write("content/opvolging.yaml", VALID)
    problem = tree.one_error()
    assert problem.file == "content/opvolging.yaml" and "hernoem het naar opvolging.yml" in problem.message


def test_the_field_reference_shows_every_field_of_the_plan():
    page = reference.render()
    assert "(#bestand-opvolging)" in page
    for names in (["momenten"], ["momenten", "weken"], ["momenten", "titel"], ["momenten", "met-wie"],
                  ["momenten", "vragen"], ["signalen"]):
        assert f'id="veld-opvolging-{"-".join(names)}"' in page, names


def test_the_example_plan_is_the_standard_plan_so_the_two_copies_cannot_drift():
    """The standard copy exists for content folders made before the plan
    existed; the example in content/ shows an editor the same moments."""
    example = Path(__file__).resolve().parents[2] / "content" / "opvolging.yml"
    assert yaml.safe_load(example.read_text(encoding="utf-8")) == yaml.safe_load(DEFAULT_FOLLOW_UP.read_text(encoding="utf-8"))
