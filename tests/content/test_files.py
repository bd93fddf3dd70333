"""Whole-file problems: YAML syntax, tabs, duplicate keys, empty or
missing files. None may end in a traceback; each names file, line, column."""

from __future__ import annotations

import pytest
from fixed_dates import BUILD_DATE

from inspiratiebox.content.load import load_content

ORG = "content/organisaties/buurthuis.yml"
GEM = "content/gemeente.yml"
WIJ = "content/wijzer.yml"
TIP = "content/tips.yml"


def test_the_minimal_tree_is_valid(tree):
    content, problems = tree.load()
    assert problems == []
    assert content is not None


SYNTAX = [
    pytest.param(ORG, "    samenvatting: Je schenkt koffie.", "    samenvatting: Let op: koffie.", ': koffie.',
                 ["dubbele punt", "aanhalingstekens"], id="colon-in-text"),
    pytest.param(ORG, "    titel: Onthaal", "    titel: \"Onthaal", '"Onthaal', ["nergens wordt afgesloten"], id="unclosed-quote"),
    pytest.param(ORG, "    titel: Onthaal", "    titel: 'l'eau'", "eau'", ["apostrof", "('')"], id="apostrophe"),
    pytest.param(ORG, "    sectoren: [buurt]", "    sectoren: [buurt", '[buurt', ["[ en ]"], id="unclosed-list"),
    pytest.param(ORG, "    titel: Onthaal", "   titel: Onthaal", 'titel: Onthaal', ["springt niet goed in", "even ver"], id="indent"),
    pytest.param(ORG, "    titel: Onthaal", "    titel Onthaal", 'titel Onthaal', ["dubbele punt"], id="missing-colon"),
    pytest.param(ORG, "    titel: Onthaal", "    titel: @Onthaal", '@Onthaal', ["aanhalingstekens"], id="at-sign"),
    pytest.param(ORG, "    titel: Onthaal", "    titel: *Onthaal", '*Onthaal', ["verwijzing", "aanhalingstekens"], id="alias"),
    pytest.param(GEM, "regio: BE\n", "regio: BE\n---\n", '---', ["---"], id="two-documents"),
]


@pytest.mark.parametrize(("name", "old", "new", "at", "fragments"), SYNTAX)
def test_syntax_errors_become_dutch_messages(tree, name, old, new, at, fragments):
    tree.replace(name, old, new)
    problem = tree.one_error()
    assert (problem.file, problem.line, problem.column) == (name, *tree.position_of(name, at)), str(problem)
    for fragment in fragments:
        assert fragment in problem.message, str(problem)
    assert "expected" not in problem.message and "found" not in problem.message  # no PyYAML English


def test_every_tab_indented_line_is_reported(tree):
    tree.replace(ORG, "  maximum: 2\n  nu: 1", "\tmaximum: 2\n \tnu: 1")
    errors = tree.errors()
    assert [(p.line, p.column) for p in errors] == [tree.position_of(ORG, "\tmaximum"), tree.position_of(ORG, "\tnu")]
    assert all("tab" in p.message and "spaties" in p.message for p in errors)


def test_a_tab_after_a_colon_is_explained(tree):
    tree.replace(GEM, "regio: BE", "regio:\tBE")
    problem = tree.one_error()
    assert (problem.line, problem.column) == tree.position_of(GEM, "\tBE")
    assert "tab" in problem.message


def test_duplicate_key_says_where_the_first_is(tree):
    tree.replace(ORG, "    titel: Onthaal\n", "    titel: Onthaal\n    titel: Koffie\n")
    problem = tree.one_error()
    assert (problem.line, problem.column) == tree.position_of(ORG, "titel: Koffie")
    assert "'titel' staat hier twee keer" in problem.message
    assert "regel {}, kolom {}".format(*tree.position_of(ORG, "titel: Onthaal")) in problem.message


def test_duplicate_top_level_key_keeps_the_first_value(tree):
    tree.replace(GEM, "naam: Gemeente Test", "naam: Gemeente Test\nnaam: Andere")
    content, problems = tree.load()
    assert [p.line for p in problems] == [2]
    assert content.gemeente["naam"] == "Gemeente Test"


def test_a_syntax_error_in_one_file_does_not_hide_errors_elsewhere(tree):
    tree.replace(ORG, "    titel: Onthaal", "    titel: \"Onthaal")
    tree.replace(GEM, "regio: BE", "regio: FR")
    assert sorted((p.file, p.line) for p in tree.errors()) == [(GEM, 2), (ORG, 13)]


def test_an_empty_file_is_an_error_that_lists_the_fields_it_needs(tree):
    tree.write(ORG, "# nog in te vullen\n")
    problem = tree.one_error()
    assert (problem.file, problem.line, problem.column) == (ORG, *tree.position_of(ORG, "# nog in te vullen"))
    assert "buurthuis.yml is leeg" in problem.message
    assert "naam, beschrijving, deelgemeente, contact, draagkracht, vacatures" in problem.message


def test_a_list_instead_of_fields(tree):
    tree.write(TIP, "- tekst: Een tip.\n  thema: loket\n  zie: leidraden/matchen\n")
    problem = tree.one_error()
    assert (problem.file, problem.line) == (TIP, 1)
    assert "een lijst" in problem.message
    assert "Zet 'tips:' op de eerste regel" in problem.message


def test_a_single_value_instead_of_fields(tree):
    tree.write(ORG, "Buurthuis\n")
    problem = tree.one_error()
    assert "één losse waarde" in problem.message


@pytest.mark.parametrize("name", ["gemeente.yml", "wijzer.yml"])
def test_a_missing_required_file_is_named(tree, name):
    (tree.base / "content" / name).unlink()
    content, problems = tree.load()
    assert content is None
    assert [(p.file, p.line, p.column) for p in problems] == [(f"content/{name}", 1, 1)]
    assert f"Het bestand {name} ontbreekt" in problems[0].message


def test_tips_file_is_optional(tree):
    (tree.base / "content" / "tips.yml").unlink()
    content, problems = tree.load()
    assert problems == []
    assert content.tips == []


def test_a_missing_content_folder_gives_no_content_and_says_so(tmp_path):
    content, problems = load_content(tmp_path / "content", None, today=BUILD_DATE)
    assert content is None
    assert "bestaat niet" in problems[0].message


def test_a_file_that_is_not_utf8(tree):
    tree.write(ORG, "naam: Caf\xe9\n".encode("latin-1"))
    problem = tree.one_error()
    assert (problem.line, problem.column) == (1, len("naam: Caf") + 1)  # at the byte that is not UTF-8
    assert "UTF-8" in problem.message


def test_a_control_character_is_reported_with_its_code_and_position(tree):
    tree.replace(GEM, "naam: Gemeente Test", "naam: Gemeente\x07Test")
    problem = tree.one_error()
    assert (problem.line, problem.column) == tree.position_of(GEM, "\x07Test")
    assert "U+0007" in problem.message


def test_a_byte_order_mark_is_fine(tree):
    text = (tree.base / GEM).read_text(encoding="utf-8")
    tree.write(GEM, "\ufeff".encode() + text.encode())
    assert tree.problems() == []


def test_yaml_file_extension_is_not_silently_skipped(tree):
    (tree.base / ORG).rename(tree.base / "content/organisaties/buurthuis.yaml")
    problem = tree.one_error()
    assert problem.file == "content/organisaties/buurthuis.yaml"
    assert "buurthuis.yml" in problem.message


def test_unknown_yml_in_content_root_is_a_warning(tree):
    tree.write("content/notities.yml", "a: 1\n")
    (problem,) = tree.problems()
    assert problem.warning and "wordt niet gelezen" in problem.message


def test_bad_file_name_for_an_organisation(tree):
    (tree.base / ORG).rename(tree.base / "content/organisaties/Buurthuis Test.yml")
    problem = tree.one_error()
    assert problem.file == "content/organisaties/Buurthuis Test.yml"
    assert "buurthuis-test.yml" in problem.message


def test_recursive_aliases_do_not_hang_or_crash(tree):
    tree.write(TIP, "tips: &a [*a]\n")
    problem = tree.one_error()
    assert problem.file == TIP


def test_many_aliases_stay_cheap(tree):
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 12):
        lines.append(f"a{i}: &a{i} [{', '.join(['*a' if i == 1 else f'*a{i-1}'] * 9)}]")
    tree.write("content/voorbeelden/bom.yml", "\n".join(lines) + "\n")
    errors = [p for p in tree.errors() if p.file.endswith("bom.yml")]
    assert len(errors) == 1 and "verwijzingen (*naam)" in errors[0].message
