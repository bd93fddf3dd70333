"""Open data: the current vacancies as JSON and CSV, every key documented on
the open-data page, and linked from the pages that promise them."""

from __future__ import annotations

import copy
import csv
import datetime as dt
import io
import json
import re
from html import unescape

from inspiratiebox.content import schema
from inspiratiebox.content.model import Content
from inspiratiebox.kit import opendata


def _keys(value, prefix=""):
    """Every key path: nested objects and objects in lists joined with a dot."""
    found = set()
    if isinstance(value, dict):
        for key, sub in value.items():
            path = f"{prefix}{key}"
            found.add(path)
            found |= _keys(sub, f"{path}.")
    elif isinstance(value, list):
        for item in value:
            found |= _keys(item, prefix)
    return found


def _documented(page_html: str) -> set[str]:
    cells = re.findall(r"<tr>\s*<td><code>([^<]+)</code></td>", page_html)
    return {unescape(c) for c in cells}


def test_every_json_key_is_documented_and_every_documented_key_exists(built_site):
    data = json.loads((built_site / "open-data" / "vacatures.json").read_text(encoding="utf-8"))
    page = (built_site / "open-data" / "index.html").read_text(encoding="utf-8")
    assert data["opportunities"]  # the comparison below saw opportunity keys
    assert _keys(data) == _documented(page)


def test_csv_has_the_same_fields_flattened(built_site):
    data = json.loads((built_site / "open-data" / "vacatures.json").read_text(encoding="utf-8"))
    raw = (built_site / "open-data" / "vacatures.csv").read_bytes()
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"))))
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert [r["id"] for r in rows] == [o["id"] for o in data["opportunities"]]
    leaves = {k.removeprefix("opportunities.") for k in _keys(data) if k.startswith("opportunities.")}
    leaves -= {"organisation", "contact", "location", "availability", "time_commitment", "requirements"}
    assert set(rows[0]) == leaves
    first = data["opportunities"][0]
    assert rows[0]["title"] == first["title"] and rows[0]["organisation.name"] == first["organisation"]["name"]
    assert rows[0]["availability.slots"] == "; ".join(first["availability"]["slots"])


def test_expired_vacancies_are_left_out_by_build_date(example):
    today = dt.date(2026, 11, 23)
    data = opendata.dataset(example, today)
    ids = {o["id"] for o in data["opportunities"]}
    expired = {v["id"] for _, v in example.vacatures() if v["geldig_tot"] < today}
    current = {v["id"] for _, v in example.vacatures() if v["geldig_tot"] >= today}
    assert expired and ids == current
    later = opendata.dataset(example, dt.date(2027, 7, 1))
    assert len(later["opportunities"]) < len(data["opportunities"])
    assert data["generated"] == "2026-11-23"


def test_values_are_schema_codes_and_slots_follow_the_standard(example):
    data = opendata.dataset(example, dt.date(2026, 11, 23))
    standard_slots = {f"{d}_{p}" for d in opendata.DAYS.values() for p in opendata.PARTS.values()}
    assert len(standard_slots) == 21
    for item in data["opportunities"]:
        assert set(item["causes"]) <= set(schema.SECTOREN)
        assert set(item["activities"]) <= set(schema.TAKEN)
        assert set(item["motivations"]) <= set(schema.MOTIEVEN)
        assert item["time_commitment"]["hours_per_week"] in schema.UREN
        assert set(item["availability"]["slots"]) <= standard_slots
        assert not (item["availability"]["flexible"] and item["availability"]["slots"])
    assert opendata.slot("di_middag") == "tuesday_afternoon" and opendata.slot("xx_middag") is None


def test_open_data_is_cc0_and_links_each_vacancy_absolutely_or_relatively(example):
    data = opendata.dataset(example, dt.date(2026, 11, 23), site_url="https://example.org/vrijwilligers/")
    assert data["license"] == "CC0-1.0"
    first = data["opportunities"][0]
    assert first["url"] == f"https://example.org/vrijwilligers/vacatures/#{first['id']}"
    relative = opendata.dataset(example, dt.date(2026, 11, 23))["opportunities"][0]
    assert relative["url"] == f"../vacatures/#{first['id']}"


def test_open_data_lists_each_requirement_and_the_minimum_age(tmp_path):
    org = {"id": "o", "naam": "O", "vacatures": [{
        "id": "v", "geldig_tot": dt.date(2030, 1, 1),
        "vereisten": [{"soort": "minimumleeftijd", "nodig": "moet", "leeftijd": 18},
                      {"soort": "rijbewijs", "nodig": "pluspunt", "leeftijd": None}],
    }]}
    data = opendata.dataset(Content(root=tmp_path, gemeente={"naam": "G"}, organisaties=[org]), dt.date(2026, 1, 1))
    (item,) = data["opportunities"]
    assert item["minimum_age"] == 18
    assert item["requirements"][1] == {"type": "rijbewijs", "mandatory": False, "minimum_age": None}
    row = next(csv.DictReader(io.StringIO(opendata.to_csv(data))))
    assert row["requirements.type"] == "minimumleeftijd; rijbewijs"
    assert row["requirements.mandatory"] == "true; false"


def test_spreadsheet_formulas_are_defused_and_bad_input_does_not_crash(example, tmp_path):
    broken = copy.deepcopy(example)
    org, vacancy = next(broken.vacatures())
    vacancy["titel"] = '=HYPERLINK("http://x","klik")'
    org["contact"]["telefoon"] = "+32 9 123 45 67"
    rows = list(csv.DictReader(io.StringIO(opendata.to_csv(opendata.dataset(broken, dt.date(2026, 11, 23))))))
    first = next(r for r in rows if r["id"] == vacancy["id"])
    assert first["title"].startswith("'=") and first["contact.phone"] == "+32 9 123 45 67"
    junk = Content(root=tmp_path, gemeente=None, organisaties=[None, {"vacatures": [None, {"momenten": 5, "vereisten": "x"}]}])
    files = opendata.files(junk, dt.date(2026, 1, 1))
    assert json.loads(files[opendata.JSON_FILE])["opportunities"][0]["availability"]["slots"] == []


def test_open_data_is_linked_from_vacancies_and_open_data_pages(built_site):
    for page in ("vacatures", "open-data"):
        html = (built_site / page / "index.html").read_text(encoding="utf-8")
        prefix = "../open-data/" if page == "vacatures" else ""
        assert f'href="{prefix}vacatures.json"' in html and f'href="{prefix}vacatures.csv"' in html, page
    assert "CC0" in (built_site / "open-data" / "index.html").read_text(encoding="utf-8")


def test_published_data_holds_no_contact_name_and_the_privacy_page_says_what_is_published(built_site, example):
    names = {org["contact"]["naam"] for org in example.organisaties if org["contact"].get("naam")}
    assert names, "the example should have contact names to leave out"
    records = json.loads((built_site / "open-data" / "vacatures.json").read_text(encoding="utf-8"))
    shipped = (built_site / "assets" / "wijzer" / "data.json").read_text(encoding="utf-8")
    widget = json.loads(shipped)
    text = json.dumps(records, ensure_ascii=False) + (built_site / "open-data" / "vacatures.csv").read_text(encoding="utf-8")
    for name in names:
        assert name not in text and name not in shipped, name
    assert all("naam" not in org["contact"] for org in widget["organisaties"])
    assert all("name" not in item["contact"] for item in records["opportunities"])
    privacy = unescape((built_site / "privacyverklaring" / "index.html").read_text(encoding="utf-8"))
    assert "draagkracht" in privacy and "geen naam van een contactpersoon" in privacy
