"""Odd files in content/ are reported, never skipped in silence and never a
hang or a traceback: a pipe, a link, a link that loops, a name in capitals,
a file where a folder belongs."""

from __future__ import annotations

import os

ORGS = "content/organisaties"


def _messages(tree):
    content, problems = tree.load()
    return content, [(p.file, p.message, p.warning) for p in problems]


def test_a_pipe_is_refused_without_waiting_for_it(tree):
    os.mkfifo(tree.base / ORGS / "pijp.yml")
    _, messages = _messages(tree)
    assert [(f, w) for f, m, w in messages if "pijp.yml" in f] == [(f"{ORGS}/pijp.yml", False)]
    assert any("geen gewoon bestand" in m for f, m, _ in messages if "pijp.yml" in f)


def test_a_link_and_a_link_that_loops_are_refused(tree):
    os.symlink(tree.base / ORGS / "buurthuis.yml", tree.base / ORGS / "kopie.yml")
    os.symlink(tree.base / ORGS / "lus.yml", tree.base / ORGS / "lus.yml")
    content, messages = _messages(tree)
    refused = {f.rsplit("/", 1)[1] for f, m, w in messages if "symbolische link" in m and not w}
    assert refused == {"kopie.yml", "lus.yml"}
    assert [org["id"] for org in content.organisaties] == ["buurthuis"]


def test_a_name_in_capitals_or_yaml_is_reported_with_the_new_name(tree):
    (tree.base / ORGS / "buurthuis.yml").rename(tree.base / ORGS / "buurthuis.YML")
    (tree.base / ORGS / "notities.txt").write_text("iets", encoding="utf-8")
    _, messages = _messages(tree)
    capitals = [m for f, m, w in messages if f.endswith("buurthuis.YML") and not w]
    assert capitals and "Hernoem het naar buurthuis.yml" in capitals[0]
    assert any(w for f, m, w in messages if f.endswith("notities.txt"))


def test_a_file_where_the_folder_belongs_is_reported(tree):
    folder = tree.base / ORGS
    for child in folder.iterdir():
        child.unlink()
    folder.rmdir()
    folder.write_text("naam: Buurthuis\n", encoding="utf-8")
    _, messages = _messages(tree)
    assert any(f == ORGS and "moet een map zijn" in m and not w for f, m, w in messages)


def test_a_number_with_absurd_digits_is_refused_with_a_message(tree):
    tree.replace("content/organisaties/buurthuis.yml", "    begeleiding: 1\n", f"    begeleiding: {'9' * 5000}\n")
    message = tree.one_error().message
    assert "5000 cijfers is te lang" in message and len(message) < 400
