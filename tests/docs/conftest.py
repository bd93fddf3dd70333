"""A small project with hand-written pages, to break one thing at a time."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from inspiratiebox import docs

MKDOCS = """\
site_name: Test
markdown_extensions:
  - attr_list
  - md_in_html
  - toc:
      permalink: "#"
nav:
  - Home: index.md
  - Over: over.md
  - Tips: tips.md
"""

LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><circle cx="2" cy="2" r="2"/></svg>'

# What the build adds: a generated page (with a heading to link to) and a file.
GENERATED = {"tips.md": "# Tips\n\n## Samenwerking\n\nSamen gaat het beter.\n", "open-data/vacatures.csv": ""}


class Project:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.docs = root / "docs"

    def page(self, name: str, text: str) -> Path:
        path = self.docs / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    def check(self, generated=GENERATED):
        return docs.check(self.root, generated)

    def messages(self, generated=GENERATED) -> list[str]:
        return [str(problem) for problem in self.check(generated)]


@pytest.fixture
def project(tmp_path) -> Project:
    made = Project(tmp_path)
    (tmp_path / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    made.page("index.md", "# Home\n\nWelkom. Lees [over ons](over.md).\n")
    made.page("over.md", "# Over ons\n\n## Wie we zijn\n\nEen gemeente.\n")
    made.page("assets/logo.svg", LOGO)
    return made
