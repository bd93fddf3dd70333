"""Shared fixtures: the project root and one built site per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The example site, built once with `mkdocs build --strict` semantics."""
    from inspiratiebox.cli import main

    site = tmp_path_factory.mktemp("build") / "site"
    assert main(["build", "--site-dir", str(site)]) == 0
    return site
