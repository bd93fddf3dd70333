"""The engine on the real example content: no exact lists (content changes), but
no result may ever break a gate, checked here independently of the engine.

Under CPython the data is built from content/ with the build code; inside
Pyodide the runner passes the same JSON in through WIJZER_EXAMPLE_DATA.
"""

import json
import os
from pathlib import Path

from wijzer_fixtures import TODAY

import wijzer
from wijzer import vocab

_CACHE = {}

PROFILES = [
    {},
    {"nederlands": "weinig", "begeleiding": 2, "motieven": ["sociaal"], "momenten": ["di_ochtend", "do_ochtend"]},
    {"nederlands": "basis", "begeleiding": "1", "rekening": ["rolstoel", "zittend"], "leeftijd": "65_plus"},
    {"plaats": "Centrum", "tijd": ["2_tot_4"], "rekening": ["weinig_lezen", "geen_rijbewijs"], "hulp": ["jobcoach"]},
    {"plaats": "Zuid", "tijd": ["eenmalig"], "rekening": ["korte_blokken"], "situatie": "weet_niet"},
    {"leeftijd": "16_17", "momenten": [vocab.FLEXIBEL], "interesses": ["sport", "cultuur"], "rekening": ["geen_rijbewijs"]},
    {"begeleiding": 3, "nederlands": "goed", "plaats": vocab.THUIS, "tijd": "minder_dan_2", "situatie": "werkloosheid"},
    {"momenten": ["za_ochtend"], "tijd": "eenmalig", "taken": ["buiten", "praktisch"], "setting": ["grote_groep"]},
]

RANK_KAN = {"weinig": 0, "basis": 1, "goed": 2}
RANK_NODIG = {"geen": 0, "basis": 1, "goed": 2}
BAND_HIGHEST = {"onder_16": 15, "16_17": 17, "18_20": 20, "21_64": 64, "65_plus": 200}


def example():
    if "data" not in _CACHE:
        path = os.environ.get("WIJZER_EXAMPLE_DATA")
        if path:
            with open(path, encoding="utf-8") as handle:
                _CACHE["data"] = json.load(handle)
        else:
            import datetime as dt

            from inspiratiebox.bundle.widgetdata import widget_data
            from inspiratiebox.content.load import load_content

            root = Path(__file__).resolve().parents[2]
            content, _ = load_content(root / "content", root / "docs", today=dt.date.fromisoformat(TODAY))
            _CACHE["data"] = json.loads(json.dumps(widget_data(content)))
    return _CACHE["data"]


def _yes(value):
    return value is True or value == "ja"


PLACE_NEEDS = {"rolstoel", "rustig"}


def _as_set(value):
    return {value} if isinstance(value, str) else set(value or [])


def _access(answers, vac):
    """(needs the vacancy says no to, needs it says nothing about) for these answers."""
    needs = _as_set(answers.get("rekening")) - {"geen_rijbewijs"}
    if _yes(vac["van_thuis"]):
        needs -= PLACE_NEEDS
    facts = vac["toegankelijkheid"] or {}
    return {n for n in needs if facts.get(n) == "nee"}, {n for n in needs if facts.get(n) not in ("ja", "nee")}


def _elsewhere(answers, vac, org, data):
    plaats = answers.get("plaats")
    if plaats is None or plaats == "" or _yes(vac["van_thuis"]):
        return False
    if plaats == vocab.THUIS:
        return True
    near = {plaats}
    for item in data["gemeente"].get("dichtbij") or []:
        if item["deelgemeente"] == plaats:
            near.update(item["ook"])
        if plaats in item["ook"]:
            near.add(item["deelgemeente"])
    return (vac["deelgemeente"] or org["deelgemeente"]) not in near


def _other_rhythm(answers, vac):
    tijd = _as_set(answers.get("tijd"))
    only_once = tijd == {"eenmalig"}
    only_regular = bool(tijd) and "eenmalig" not in tijd
    return (only_once and not _yes(vac["eenmalig"])) or (only_regular and _yes(vac["eenmalig"]))


def _broken_gates(answers, vac, org, data):
    """The gates this vacancy breaks for these answers, worked out from the raw data."""
    broken = []
    refused, unknown = _access(answers, vac)
    if refused:
        broken.append("toegang")
    if unknown:
        broken.append("toegang_onbekend")
    if _elsewhere(answers, vac, org, data):
        broken.append("plaats")
    if _other_rhythm(answers, vac):
        broken.append("ritme")
    if (vac["geldig_tot"] or "9999-12-31") < TODAY:
        broken.append("verlopen")
    if vac["plaatsen"] == 0:
        broken.append("vol")
    need = int(answers["begeleiding"]) if "begeleiding" in answers else None
    if need is not None and need > vac["begeleiding"]:
        broken.append("begeleiding")
    capacity = org["draagkracht"]
    if need is not None and need >= 2 and capacity["nu"] >= capacity["maximum"]:
        broken.append("draagkracht")
    if "nederlands" in answers and RANK_KAN[answers["nederlands"]] < RANK_NODIG[vac["nederlands"]]:
        broken.append("nederlands")
    moments = [m for m in answers.get("momenten", []) if m != vocab.FLEXIBEL]
    if moments and vocab.FLEXIBEL not in answers["momenten"] and not _yes(vac["flexibel"]) and vac["momenten"]:
        if not set(moments) & set(vac["momenten"]):
            broken.append("momenten")
    for req in vac["vereisten"] or []:
        if req["nodig"] != "moet":
            continue
        if req["soort"] == "rijbewijs" and "geen_rijbewijs" in answers.get("rekening", []):
            broken.append("rijbewijs")
        if (req["soort"] == "minimumleeftijd" and "leeftijd" in answers and req.get("leeftijd") is not None
                and req["leeftijd"] > BAND_HIGHEST[answers["leeftijd"]]):
            broken.append("leeftijd")
    return broken


def test_example_data_has_vacancies_to_test_with():
    data = example()
    assert len(data["vacatures"]) >= 3
    assert data["wijzer"]["soorten"]


def test_no_result_breaks_a_gate_and_near_misses_break_exactly_one():
    data = example()
    vacancies = {vac["id"]: vac for vac in data["vacatures"]}
    organisations = {org["id"]: org for org in data["organisaties"]}
    checked = 0
    for answers in PROFILES:
        result = wijzer.match(answers, data, TODAY)
        checked += len(result["resultaten"]) + len(result["bijna"])
        for found in result["resultaten"]:
            vac = vacancies[found["vacature"]]
            assert _broken_gates(answers, vac, organisations[vac["organisatie"]], data) == [], (answers, vac["id"])
        for found in result["bijna"]:
            vac = vacancies[found["vacature"]]
            broken = _broken_gates(answers, vac, organisations[vac["organisatie"]], data)
            assert broken in (["nederlands"], ["begeleiding"], ["toegang_onbekend"]), (answers, vac["id"], broken)
            assert found["reden"] and found["vraag"]
    assert checked > len(PROFILES), "the profiles should reach results and near misses"


def test_every_open_vacancy_shows_when_nothing_is_answered():
    data = example()
    open_ids = {v["id"] for v in data["vacatures"] if (v["geldig_tot"] or "9999-12-31") >= TODAY and v["plaatsen"] != 0}
    result = wijzer.match({}, data, TODAY)
    assert {found["vacature"] for found in result["resultaten"]} == open_ids


def test_example_results_are_deterministic_and_json_ready():
    data = example()
    for answers in PROFILES:
        first = wijzer.match(answers, data, TODAY)
        assert first == wijzer.match(answers, json.loads(json.dumps(data)), TODAY)
        assert json.loads(json.dumps(first)) == first
        scores = [found["score"] for found in first["resultaten"]]
        assert scores == sorted(scores, reverse=True)
        assert all(0 <= s <= 100 for s in scores)
        assert len(first["soorten"]) == min(3, len(data["wijzer"]["soorten"]))


def test_far_future_hides_every_expired_vacancy_and_sends_to_the_desk():
    result = wijzer.match({"motieven": ["sociaal"]}, example(), "2999-01-01")
    assert result["resultaten"] == [] and result["bijna"] == []
    assert result["loket"]["aanbevolen"] is True
    assert result["soorten"]
