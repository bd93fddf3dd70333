"""Keeping vacancies current: both dates are required, expired vacancies are
left out of the Vacatures page and the open data at build time, while the
widget data keeps them and the engine hides them by the visitor's date, and
make check warns about vacancies not checked for six months."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import sys

import pytest
from fixed_dates import BUILD_DATE

from inspiratiebox.content import schema
from inspiratiebox.content.load import load_content


def test_both_dates_are_required_fields_of_a_vacancy():
    fields = {f.name: f for f in schema.VACATURE}
    for name in ("geldig_tot", "laatst_nagekeken"):
        assert fields[name].kind == "datum" and fields[name].required


@pytest.fixture
def example_tree(root, tmp_path):
    shutil.copytree(root / "content", tmp_path / "content")
    return tmp_path / "content"


def test_a_vacancy_without_laatst_nagekeken_is_an_error(example_tree):
    org = sorted((example_tree / "organisaties").glob("*.yml"))[0]
    text = org.read_text(encoding="utf-8")
    assert "laatst_nagekeken:" in text
    org.write_text(re.sub(r"\n *laatst_nagekeken: [^\n]*", "", text, count=1), encoding="utf-8")
    _, problems = load_content(example_tree, None, today=dt.date(2026, 11, 23))
    errors = [p for p in problems if not p.warning]
    assert len(errors) == 1 and errors[0].file.endswith(org.name) and "laatst_nagekeken" in errors[0].message


def test_stale_vacancies_of_the_example_are_warned_at_their_line(example_tree):
    today = dt.date(2026, 11, 23)
    content, problems = load_content(example_tree, None, today=today)
    stale = [p for p in problems if "meer dan 6 maanden" in p.message]
    expected = [v for _, v in content.vacatures() if v["laatst_nagekeken"] < dt.date(2026, 5, 23)]
    assert stale and len(stale) == len(expected) and all(p.warning for p in stale)
    for problem in stale:
        line = (example_tree.parent / problem.file).read_text(encoding="utf-8").splitlines()[problem.line - 1]
        assert "laatst_nagekeken:" in line


def _expired_and_current(example, today):
    expired = {v["id"] for _, v in example.vacatures() if v["geldig_tot"] < today}
    current = {v["id"] for _, v in example.vacatures() if v["geldig_tot"] >= today}
    return expired, current


def test_the_built_vacancies_page_leaves_expired_ones_out(built_site, example):
    expired, current = _expired_and_current(example, BUILD_DATE)
    assert expired, "the example content should hold an expired vacancy"
    page = (built_site / "vacatures" / "index.html").read_text(encoding="utf-8")
    shown = set(re.findall(r'<article class="ib-vacature" id="([^"]+)"', page))
    assert shown == current


def test_widget_data_keeps_expired_ones_and_the_engine_hides_them(built_site, example, root):
    data = json.loads((built_site / "assets" / "wijzer" / "data.json").read_text(encoding="utf-8"))
    today = BUILD_DATE
    expired, current = _expired_and_current(example, today)
    assert expired <= {v["id"] for v in data["vacatures"]}  # the visit may be later than the build
    sys.path.insert(0, str(root / "widget"))
    try:
        import wijzer
    finally:
        sys.path.remove(str(root / "widget"))
    result = wijzer.match({}, data, today.isoformat())
    listed = json.dumps(result)
    assert any(f'"{vid}"' in listed for vid in current)  # ids do show up in a result
    assert not any(f'"{vid}"' in listed for vid in expired)
