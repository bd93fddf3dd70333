"""`mkdocs build --strict` passes on the example content.

The project's own command builds with strict=True (the `built_site` fixture
fails on any MkDocs warning); plain `mkdocs build --strict` is run here too,
as a municipality's CI might.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from fixed_dates import BUILD_DATE
from links.linkcheck import check


def test_project_build_is_strict_and_complete(built_site):
    """`built_site` used strict=True: reaching here means no warning."""
    for page in ("praktijkvoorbeelden/index.html", "tips/index.html", "vacatures/index.html"):
        assert (built_site / page).is_file(), page


@pytest.fixture(scope="module")
def staged(tmp_path_factory):
    """The content step alone: the staging folder, as another generator gets it."""
    from inspiratiebox.cli import main

    folder = tmp_path_factory.mktemp("staged") / "bron"
    assert main(["stage", str(folder), "--datum", BUILD_DATE.isoformat()]) == 0
    return folder


def _generated_pages_are_there(site):
    for page in ("praktijkvoorbeelden/index.html", "tips/index.html", "vacatures/index.html", "inhoud-beheren/index.html"):
        assert (site / page).is_file(), page


def test_plain_mkdocs_build_strict_passes_on_the_staged_folder(staged):
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(staged / "mkdocs.yml"), "--site-dir", str(staged / "mkdocs-site")],
        cwd=staged, env=env, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "WARNING" not in result.stderr
    _generated_pages_are_there(staged / "mkdocs-site")


def test_zensical_builds_the_staged_folder_with_every_page(staged):
    """Zensical reads mkdocs.yml but runs no hooks or plugins: the content
    step writes everything before the generator runs, so it needs none.

    One known difference: Zensical also rewrites relative links inside raw
    HTML, as if they were relative to the Markdown file, so the generated
    pages' links (computed for MkDocs, which leaves raw HTML alone) get one
    `../` too many. Every broken link must be exactly that case."""
    zensical = Path(sys.executable).with_name("zensical")
    result = subprocess.run([str(zensical), "build", "-f", str(staged / "mkdocs.yml")], cwd=staged,
                            capture_output=True, text=True, timeout=600)
    said = result.stdout + result.stderr
    assert result.returncode == 0, said[-3000:]
    assert "does not exist" not in said and "not found" not in said, said[-3000:]
    built = staged / "site"
    _generated_pages_are_there(built)
    report = check(built)
    assert report.pages > 40 and report.checked > 100
    not_rewritten = [line for line in report.broken if not _resolves_without_one_step_up(built, line)]
    assert not_rewritten == [], "\n".join(not_rewritten)


def _resolves_without_one_step_up(site: Path, broken: str) -> bool:
    page, _, rest = broken.partition(": ")
    url = rest.split(" -> ")[0]
    if not url.startswith("../"):
        return False
    path = url[3:].split("#")[0]
    target = (site / page).parent / path
    return (target / "index.html").is_file() if path.endswith("/") or not path else target.is_file()


def test_every_example_has_a_page(built_site, root):
    ids = sorted(p.stem for p in (root / "content" / "voorbeelden").glob("*.yml"))
    built = sorted(p.parent.name for p in (built_site / "praktijkvoorbeelden").glob("*/index.html"))
    assert built == ids
