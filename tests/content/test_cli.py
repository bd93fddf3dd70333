"""`python -m inspiratiebox check|build`: exit codes, messages, and a broken
content file that must leave the previous site alone."""

from __future__ import annotations

import os
import subprocess
import sys

from inspiratiebox.cli import main

ORG = "content/organisaties/buurthuis.yml"


def _run(root, *args, cwd=None):
    env = {**os.environ, "PYTHONPATH": str(root), "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=120)


def test_check_exit_0_when_all_is_well(tree, capsys):
    assert main(["--root", str(tree.base), "check"]) == 0
    assert "De inhoud is in orde: 1 organisaties, 1 vacatures" in capsys.readouterr().out


def test_check_exit_1_and_every_error_printed(tree, capsys):
    tree.replace(ORG, "    titel: Onthaal", "    titel: yes")
    tree.replace(ORG, "    uren: 2_tot_4", "    uren: veel")
    assert main(["--root", str(tree.base), "check"]) == 1
    captured = capsys.readouterr()
    lines = [line for line in captured.out.splitlines() if line.startswith("content/")]
    where = [tree.position_of(ORG, "yes"), tree.position_of(ORG, "uren: ‸veel")]
    assert [line.split(": ")[0] for line in lines] == [f"{ORG}:{line}:{column}" for line, column in where]
    assert "2 fout(en)" in captured.err


def test_check_warnings_do_not_fail(tree, capsys):
    tree.replace(ORG, "    laatst_nagekeken: 2026-10-15", "    laatst_nagekeken: 2020-01-01")
    assert main(["--root", str(tree.base), "check"]) == 0
    out = capsys.readouterr().out
    assert "{}:{}:{}: waarschuwing:".format(ORG, *tree.position_of(ORG, "2020-01-01")) in out and "1 waarschuwing(en)" in out


def test_wrong_usage_exits_2(tree):
    result = _run(tree.base, "-m", "inspiratiebox", "bestaat-niet")
    assert result.returncode == 2


def test_broken_content_stops_build_and_keeps_the_old_site(tree, root):
    tree.replace(ORG, "    titel: Onthaal", "    titel: \"Onthaal")
    site = tree.base / "site"
    site.mkdir()
    (site / "index.html").write_text("vorige versie", encoding="utf-8")
    result = _run(root, "-m", "inspiratiebox", "--root", str(tree.base), "build", "--site-dir", str(site))
    output = result.stdout + result.stderr
    assert result.returncode == 1
    assert "{}:{}:{}: ".format(ORG, *tree.position_of(ORG, '"Onthaal')) in result.stdout
    assert "Traceback" not in output
    assert (site / "index.html").read_text(encoding="utf-8") == "vorige versie"
    assert sorted(p.name for p in tree.base.iterdir()) == ["content", "docs", "site"]


def test_stage_with_broken_content_explains_and_writes_nothing(tree, root):
    """`stage` is the content step alone, for another site generator: with a
    content error it stops with the same messages before writing anything."""
    tree.replace(ORG, "    uren: 2_tot_4", "    uren: veel")
    result = _run(root, "-m", "inspiratiebox", "--root", str(tree.base), "stage", str(tree.base / "bron"), cwd=tree.base)
    output = result.stdout + result.stderr
    assert result.returncode == 1
    assert "{}:{}:{}: ".format(ORG, *tree.position_of(ORG, "uren: ‸veel")) in output
    assert "Traceback" not in output
    assert not (tree.base / "bron").exists()

