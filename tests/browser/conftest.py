"""Browser fixtures for the widget: contexts that record every request, so a
test can prove the page talked to nobody else. The site and Chromium
themselves come from tests/conftest.py."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from fixed_dates import BUILD_DATE, on_build_date


class Recorder:
    """Every URL the browser context asked for, workers included."""

    def __init__(self):
        self.urls: list[str] = []

    def __call__(self, request):
        self.urls.append(request.url)

    def foreign(self, base: str) -> list[str]:
        origin = "{0.scheme}://{0.netloc}/".format(urlsplit(base))
        return [u for u in self.urls if not u.startswith(origin) and not u.startswith(("data:", "blob:", "about:"))]


@pytest.fixture
def requests_seen():
    return Recorder()


def _new_context(browser, recorder, **options):
    context = on_build_date(browser.new_context(service_workers="block", **options))
    context.on("request", recorder)
    return context


@pytest.fixture
def context(browser, requests_seen):
    context = _new_context(browser, requests_seen, viewport={"width": 1200, "height": 900})
    yield context
    context.close()


@pytest.fixture
def new_context(browser, requests_seen):
    """For tests that need their own viewport or scripting settings."""
    made = []

    def make(**options):
        made.append(_new_context(browser, requests_seen, **options))
        return made[-1]

    yield make
    for context in made:
        context.close()


@pytest.fixture(scope="session")
def example_loket(example):
    return example.gemeente["loket"]


@pytest.fixture(scope="session")
def example_titles(example):
    today = BUILD_DATE
    return [v["titel"] for _, v in example.vacatures() if v["geldig_tot"] >= today]
