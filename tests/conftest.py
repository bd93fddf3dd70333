"""Shared fixtures: the project root, the example content, one built site per
test session, that site served under a subpath, and one Chromium.

The site is served under /gemeente/ so every URL it uses must be relative;
anything outside that prefix is a 404, as on a shared host.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest
from fixed_dates import BUILD_DATE

from inspiratiebox.site import server

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def example(root):
    """The example content of Gemeente Voorbeeld, loaded and validated."""
    from inspiratiebox.content.load import load_content

    content, problems = load_content(root / "content", root / "docs", today=BUILD_DATE)
    assert content is not None, problems
    return content


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The example site, built once with `mkdocs build --strict` semantics,
    on the tests' fixed date."""
    from inspiratiebox.cli import main

    site = tmp_path_factory.mktemp("build") / "site"
    assert main(["build", "--site-dir", str(site), "--datum", BUILD_DATE.isoformat()]) == 0
    return site


@pytest.fixture(scope="session")
def build_date():
    """The day the example site was built for, and the day its browser sees."""
    return BUILD_DATE


PREFIX = "/gemeente/"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@contextlib.contextmanager
def serve(site_dir: Path):
    """The site under PREFIX, with the list of every path the browser asked for."""
    seen: list = []
    with server.serve(site_dir, prefix=PREFIX, seen=seen) as url:
        yield url, seen


@pytest.fixture(scope="session")
def site_url(built_site):
    with serve(built_site) as (url, _seen):
        yield url


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists() or not shutil.which(CHROMIUM):
        pytest.skip("Chromium ontbreekt: voer make chromium uit")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
