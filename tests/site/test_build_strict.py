"""`mkdocs build --strict` passes on the example content.

The project's own command builds with strict=True (the `built_site` fixture
fails on any MkDocs warning); plain `mkdocs build --strict` is run here too,
as a municipality's CI might.
"""

from __future__ import annotations

import os
import subprocess
import sys


def test_project_build_is_strict_and_complete(built_site):
    """`built_site` used strict=True: reaching here means no warning."""
    for page in ("praktijkvoorbeelden/index.html", "tips/index.html", "vacatures/index.html"):
        assert (built_site / page).is_file(), page


def test_plain_mkdocs_build_strict_passes(root, tmp_path):
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=root, env=env, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "WARNING" not in result.stderr
    for page in ("praktijkvoorbeelden/index.html", "tips/index.html", "vacatures/index.html"):
        assert (tmp_path / "site" / page).is_file(), page


def test_every_example_has_a_page(built_site, root):
    ids = sorted(p.stem for p in (root / "content" / "voorbeelden").glob("*.yml"))
    built = sorted(p.parent.name for p in (built_site / "praktijkvoorbeelden").glob("*/index.html"))
    assert built == ids
