"""Files in docs/ that would hang, crash or break the build: refused, never read."""

from __future__ import annotations

import os

import pytest


def test_a_page_not_saved_as_utf8_is_named_with_its_line_and_column(project):
    (project.docs / "over.md").write_bytes("# Over\n\nOns caf\xe9 is open.\n".encode("cp1252"))
    (problem,) = project.check()
    assert (problem.file, problem.line, problem.column) == ("docs/over.md", 3, 8)
    assert "UTF-8" in problem.message and "Opslaan als" in problem.message


def test_a_page_with_a_byte_order_mark_is_read(project):
    (project.docs / "over.md").write_bytes("\ufeff# Over\n".encode())
    assert project.messages() == []


def test_a_symlink_that_loops_is_refused_without_hanging(project):
    os.symlink("lus", project.docs / "lus")
    os.symlink("..", project.docs / "assets" / "omhoog")
    messages = project.messages()
    assert messages[0].startswith("docs/assets/omhoog:1:1: Deze snelkoppeling (symlink) verwijst naar een map erboven")
    assert messages[1].startswith("docs/lus:1:1: Deze snelkoppeling (symlink) verwijst naar zichzelf")


def test_a_symlink_that_leaves_docs_is_refused(project, tmp_path_factory):
    outside = tmp_path_factory.mktemp("elders") / "geheim.md"
    outside.write_text("# Geheim\n")
    os.symlink(outside, project.docs / "geheim.md")
    (message,) = project.messages()
    assert message.startswith("docs/geheim.md:1:1: Deze snelkoppeling (symlink) verwijst naar") and "buiten docs/" in message


def test_a_symlink_inside_docs_is_followed(project):
    os.symlink("over.md", project.docs / "ook-over.md")
    assert project.messages() == []


def test_a_fifo_is_refused_without_being_opened(project):
    os.mkfifo(project.docs / "wachtrij.md")
    (message,) = project.messages()
    assert message.startswith("docs/wachtrij.md:1:1: Dit is geen gewoon bestand")


@pytest.mark.parametrize("name", ['x"><script>.md', "mijn pagina.md", "café.md"])
def test_a_name_that_is_not_safe_in_a_web_address_is_refused(project, name):
    project.page(name, "# X\n")
    (message,) = project.messages()
    assert message.startswith(f"docs/{name}:1:1: De naam '{name}' bevat tekens die in een webadres niet veilig zijn.")


def test_a_page_with_a_capital_md_ending_is_reported_not_skipped(project):
    project.page("Nieuws.MD", "# Nieuws\n")
    (problem,) = project.check()
    assert problem.warning and "Noem het Nieuws.md" in problem.message


def test_a_page_too_large_is_refused_before_it_is_rendered(project):
    from inspiratiebox.docs.files import MAX_PAGE_BYTES

    project.page("groot.md", "# Groot\n\n" + "woord " * (MAX_PAGE_BYTES // 6 + 10))
    (message,) = project.messages()
    assert message.startswith("docs/groot.md:1:1: Deze pagina is 1.0 MB groot; een pagina mag hoogstens 1 MB zijn.")


def test_a_page_that_would_take_minutes_to_render_is_refused_at_its_paragraph(project):
    """Python-Markdown needs n² steps for n unclosed [ in one paragraph: the
    page is refused before anything renders it (60,000 would take hours)."""
    project.page("over.md", "# Over\n\nEen gewone alinea met [een link](index.md).\n\n" + "[" * 60_000 + "\n")
    (problem,) = project.check()
    assert (problem.file, problem.line) == ("docs/over.md", 5)
    assert "zou duren" in problem.message and "codeblok" in problem.message


def test_many_brackets_in_code_or_spread_over_paragraphs_are_fine(project):
    code = "```\n" + "[" * 60_000 + "\n```\n"
    spread = "".join(f"Punt {n}: [zie]({'index.md'}) of <{n}>.\n\n" for n in range(2_000))
    project.page("over.md", "# Over\n\n" + code + "\n" + spread)
    assert project.messages() == []
