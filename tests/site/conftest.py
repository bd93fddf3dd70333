"""Build fixtures: a site built from hostile content.

The example site itself comes from `built_site` in tests/conftest.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import hostile  # noqa: E402


def build(root: Path, project: Path, site: Path) -> subprocess.CompletedProcess:
    """Run the real command line, as a municipality would."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "inspiratiebox", "--root", str(project), "build", "--site-dir", str(site)],
        cwd=root, env=env, capture_output=True, text=True, timeout=600,
    )


@pytest.fixture(scope="session")
def hostile_site(root, tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("hostile")
    project = hostile.make_project(root, base / "project")
    site = base / "site"
    result = build(root, project, site)
    assert result.returncode == 0, f"hostile build failed:\n{result.stdout}\n{result.stderr}"
    return site
