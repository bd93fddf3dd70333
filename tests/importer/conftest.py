"""A private copy of content/ per test (docs/ linked, it is only read), and
helpers to write a vacancy sheet from rows of {column: text}."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from inspiratiebox.kit import template as sheet_template
from inspiratiebox.kit.columns import COLUMNS

HEADER = [c.name for c in COLUMNS]


@pytest.fixture
def site_root(tmp_path, root) -> Path:
    target = tmp_path / "repo"
    target.mkdir()
    shutil.copytree(root / "content", target / "content")
    (target / "docs").symlink_to(root / "docs")
    return target


def example_row(**changes) -> dict:
    """The template's first example row, with changes."""
    header, first, _ = sheet_template.rows()
    row = dict(zip(header, first, strict=True))
    row.update(changes)
    return row


def write_csv(path: Path, rows: list[dict], *, header=None, delimiter=",", bom=False) -> Path:
    header = header or HEADER
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        for row in rows:
            writer.writerow([row.get(name, "") for name in header])
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
