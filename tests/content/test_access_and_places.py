"""Access facts are ja, nee or unknown per need; areas can be declared nearby.

Older files wrote the facts that hold as a list: they still build, with a
warning that writes out the new way for the items they gave.
"""

from __future__ import annotations

ORG = "content/organisaties/buurthuis.yml"
GEM = "content/gemeente.yml"
AFTER = "    setting: [kleine_groep]\n"


def _facts(tree, line: str):
    tree.replace(ORG, AFTER, AFTER + line)
    content, problems = tree.load()
    return content.organisaties[0]["vacatures"][0]["toegankelijkheid"], problems


def test_facts_are_read_per_need_and_what_is_left_out_is_unknown(tree):
    facts, problems = _facts(tree, "    toegankelijkheid: {rolstoel: ja, zittend: nee}\n")
    assert problems == []
    assert facts["rolstoel"] == "ja" and facts["zittend"] == "nee"
    assert facts["rustig"] is None and facts["gehoor"] is None


def test_an_older_list_builds_with_a_warning_that_writes_out_the_new_way(tree):
    facts, problems = _facts(tree, "    toegankelijkheid: [rolstoel, zittend]\n")
    assert facts["rolstoel"] == facts["zittend"] == "ja" and facts["rustig"] is None
    (warning,) = problems
    assert warning.warning and warning.file.endswith("buurthuis.yml") and warning.line == 20
    assert "toegankelijkheid: {rolstoel: ja, zittend: ja}" in warning.message
    assert "nee" in warning.message


def test_an_unknown_need_in_an_older_list_is_an_error_that_names_it(tree):
    tree.replace(ORG, AFTER, AFTER + "    toegankelijkheid: [rolstoel, lift]\n")
    message = tree.one_error().message
    assert "lift" in message and "toegankelijkheid: {rolstoel: ja}" in message


def test_a_fact_that_is_not_ja_nee_or_onbekend_names_the_allowed_values(tree):
    tree.replace(ORG, AFTER, AFTER + "    toegankelijkheid: {rolstoel: misschien}\n")
    message = tree.one_error().message
    assert "'misschien'" in message and "ja" in message and "nee" in message and "onbekend" in message


def test_a_nearby_area_must_be_one_of_the_areas(tree):
    tree.replace(GEM, "deelgemeenten: [Centrum, Noord]\n",
                 "deelgemeenten: [Centrum, Noord]\ndichtbij:\n  - deelgemeente: Centrum\n    ook: [Nord]\n")
    error = tree.one_error()
    assert error.file.endswith("gemeente.yml") and error.line == 8
    assert "'Nord' is geen deelgemeente" in error.message and "Noord" in error.message


def test_nearby_areas_are_kept_for_the_wijzer(tree):
    tree.replace(GEM, "deelgemeenten: [Centrum, Noord]\n",
                 "deelgemeenten: [Centrum, Noord]\ndichtbij:\n  - deelgemeente: Centrum\n    ook: [Noord]\n")
    content, problems = tree.load()
    assert problems == []
    assert content.gemeente["dichtbij"] == [{"deelgemeente": "Centrum", "ook": ["Noord"]}]
