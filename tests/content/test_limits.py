"""Every value and every file has a size it may not pass, and passing it is a
message with the place, how long it is, how long it may be and what to do;
never a check or a build that crawls. Big inputs are built here, not kept."""

from __future__ import annotations

import time

from inspiratiebox.content import kinds, yamlnodes

ORG = "content/organisaties/buurthuis.yml"
EXAMPLE = "content/voorbeelden/een-voorbeeld.yml"


def _error_at(tree, name, marker):
    problem = tree.one_error()
    assert (problem.file, problem.line, problem.column) == (name, *tree.position_of(name, marker))
    return problem.message


def test_a_name_over_the_default_of_its_kind_is_refused_at_its_place(tree):
    limit = kinds.KINDS["tekst"].max_length
    tree.replace(ORG, "naam: Buurthuis Test", f"naam: {'a' * (limit + 1)}")
    message = _error_at(tree, ORG, "naam: ‸a")
    assert f"{limit + 1} tekens lang" in message and f"hoogstens {limit} tekens" in message
    assert "Maak hem 1 teken korter" in message


def test_the_schema_may_give_a_field_its_own_length(tree):
    tree.replace(ORG, "beschrijving: Een buurthuis.", f"beschrijving: {'b' * 400}")
    assert tree.errors() == []
    tree.replace(ORG, "b" * 400, "b" * 401)
    assert "hoogstens 400 tekens" in _error_at(tree, ORG, "beschrijving: ‸b")


def test_a_markdown_text_over_its_limit_says_where_the_rest_can_go(tree):
    limit = kinds.KINDS["markdown"].max_length
    tree.replace(EXAMPLE, "wat: Wat er gebeurt.", "wat: |\n" + "  Een zin.\n" * (limit // 9 + 1))
    message = _error_at(tree, EXAMPLE, "|\n  Een")
    assert "hoogstens 20.000 tekens" in message and "aparte pagina in docs/" in message
    assert len(message) < 400


def test_a_list_item_a_choice_an_id_and_an_address_have_their_limits(tree):
    tree.replace(EXAMPLE, 'leerpunten: ["Begin klein."]', f'leerpunten: ["{"c" * 201}"]')
    assert "Dit punt in 'leerpunten' is 201 tekens lang" in tree.one_error().message
    tree.replace(EXAMPLE, "c" * 201, "Begin klein.")
    tree.replace(ORG, "uren: 2_tot_4", f"uren: {'x' * 5000}")
    message = tree.one_error().message
    assert "5.000 tekens lang" in message and "x" * 50 not in message and len(message) < 400
    tree.replace(ORG, "x" * 5000, "2_tot_4")
    tree.replace(ORG, "- id: onthaal", f"- id: {'o' * 101}")
    assert "hoogstens 100 tekens" in tree.one_error().message
    tree.replace(ORG, "o" * 101, "onthaal")
    tree.replace(ORG, "deelgemeente: Noord", f"deelgemeente: Noord\nwebsite: https://x.be/{'p' * 2000}")
    assert "hoogstens 2.000 tekens" in tree.one_error().message


def test_a_long_value_is_refused_before_yaml_reads_it_as_a_time(tree):
    """`1:2:3:...` is a number in base 60 for YAML; building it took minutes."""
    sixties = ":".join(["1"] * 40_000)
    tree.replace(ORG, "naam: Buurthuis Test", f"naam: {sixties}")
    tree.replace(ORG, "    begeleiding: 1\n", f"    begeleiding: {sixties}\n")
    start = time.perf_counter()
    errors = tree.errors()
    assert time.perf_counter() - start < 5
    assert len(errors) == 2 and all(len(p.message) < 400 for p in errors)
    assert "hoort een geheel getal" in errors[1].message


def test_a_file_over_the_limit_is_refused_before_parsing(tree):
    size = yamlnodes.MAX_FILE_BYTES + 200_000
    tree.write(EXAMPLE, "titel: [niet afgesloten\n" + "#" * size + "\n")
    problem = tree.one_error()
    assert (problem.file, problem.line, problem.column) == (EXAMPLE, 1, 1)
    assert "1,2 MB groot" in problem.message and "hoogstens 1 MB" in problem.message
    assert "aparte pagina" in problem.message


def test_aliases_that_multiply_a_list_of_vacancies_are_refused(tree):
    """Each alias of a vacancy is a whole vacancy to check: a few kB of
    aliases were millions of checks."""
    text = (tree.base / ORG).read_text(encoding="utf-8")
    vacancy = text[text.index("  - id: onthaal"):]
    head = text[:text.index("vacatures:")]
    anchored = vacancy.replace("  - id: onthaal", "  - &v\n    id: onthaal", 1)
    tree.write(ORG, head + "vacatures:\n" + anchored + "  - *v\n" * 20_000)
    start = time.perf_counter()
    problem = tree.one_error()
    assert time.perf_counter() - start < 10
    assert problem.file == ORG and "verwijzingen (*naam)" in problem.message
