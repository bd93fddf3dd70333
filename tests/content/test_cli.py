"""`python -m inspiratiebox check|build`: exit codes, messages, and a broken
content file that must leave the previous site alone."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import yaml
from positions import location

from inspiratiebox.cli import main

ORG = "content/organisaties/buurthuis.yml"


def _run(root, *args, cwd=None):
    env = {**os.environ, "PYTHONPATH": str(root), "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=120)


def test_check_exits_0_when_all_is_well(tree, capsys):
    assert main(["--root", str(tree.base), "check"]) == 0
    assert "De inhoud is in orde: 1 organisaties, 1 vacatures" in capsys.readouterr().out


def test_check_exits_1_and_prints_every_error(tree, capsys):
    tree.replace(ORG, "    titel: Onthaal", "    titel: yes")
    tree.replace(ORG, "    uren: 2_tot_4", "    uren: veel")
    assert main(["--root", str(tree.base), "check"]) == 1
    captured = capsys.readouterr()
    lines = [line for line in captured.out.splitlines() if line.startswith("content/")]
    assert [line.split(": ")[0] for line in lines] == [location(tree.base, ORG, "yes"), location(tree.base, ORG, "veel")]
    assert "2 fout(en)" in captured.err


def test_check_warnings_do_not_fail(tree, capsys):
    tree.replace(ORG, "    laatst_nagekeken: 2026-10-15", "    laatst_nagekeken: 2020-01-01")
    assert main(["--root", str(tree.base), "check"]) == 0
    out = capsys.readouterr().out
    assert location(tree.base, ORG, "2020-01-01") + ": waarschuwing:" in out and "1 waarschuwing(en)" in out


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
    assert location(tree.base, ORG, '"Onthaal') + ": " in result.stdout
    assert "Traceback" not in output
    assert (site / "index.html").read_text(encoding="utf-8") == "vorige versie"
    assert sorted(p.name for p in tree.base.iterdir()) == ["content", "docs", "site"]


def test_plain_mkdocs_build_with_broken_content_explains_without_traceback(tree, root):
    """Someone may run `mkdocs build` directly: the hook must stop it with the
    same messages before anything is written."""
    for name in ("mkdocs.yml", "hooks", "overrides"):
        source = root / name
        if source.is_dir():
            shutil.copytree(source, tree.base / name)
        elif source.exists():
            shutil.copy(source, tree.base / name)
    for folder in yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8")).get("watch", []):
        (tree.base / folder).mkdir(exist_ok=True)  # MkDocs refuses a config whose watch paths are missing
    tree.replace(ORG, "    uren: 2_tot_4", "    uren: veel")
    result = _run(root, "-m", "mkdocs", "build", "--site-dir", str(tree.base / "uit"), cwd=tree.base)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert location(tree.base, ORG, "veel") + ": " in output
    assert "Traceback" not in output
    assert not (tree.base / "uit").exists()
