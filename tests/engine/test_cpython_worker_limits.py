"""The group page and the worker check a group's size before Python sees it; both must
agree with the engine's own limit. CPython only (it reads widget/web)."""

import re
from pathlib import Path

from inspiratiebox.pages import group
from wijzer import placement

WORKER = Path(__file__).resolve().parents[2] / "widget" / "web" / "worker.js"


def test_the_worker_refuses_exactly_the_groups_the_engine_would_not_place_whole():
    found = re.search(r"const MAX_CANDIDATES = (\d+);", WORKER.read_text(encoding="utf-8"))
    assert found and int(found[1]) == placement.MAX_CANDIDATES


def test_the_group_page_stops_a_group_where_the_engine_stops():
    assert group.MAXIMUM == placement.MAX_CANDIDATES
