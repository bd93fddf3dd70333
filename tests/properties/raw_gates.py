"""The gates, worked out again from the raw answers and the raw widget data,
without the engine's code: the yardstick the properties hold the engine to.

It reads the answers as the engine's contract (wijzer/__init__.py) says
and the data as widgetdata.py writes it, including the odd forms a lenient
loader may produce (see wijzer_strategies.py). Vocabularies come from the
content schema, not from the engine's copy.
"""

from __future__ import annotations

import datetime as dt

from inspiratiebox.content import schema

RANK_KAN = {level: rank for rank, level in enumerate(schema.NEDERLANDS_KAN)}  # weinig, basis, goed
RANK_NODIG = {level: rank for rank, level in enumerate(schema.NEDERLANDS_NODIG)}  # geen, basis, goed
_BANDS = sorted(schema.LEEFTIJD_VANAF.items(), key=lambda item: item[1])
# The highest age in each band: one below where the next band starts.
HIGHEST = {band: (_BANDS[i + 1][1] - 1 if i + 1 < len(_BANDS) else float("inf")) for i, (band, _) in enumerate(_BANDS)}
FLEXIBEL = "flexibel"
GEEN_RIJBEWIJS = "geen_rijbewijs"
LIFTABLE = ("nederlands", "begeleiding", "toegang_onbekend")
PLACE_NEEDS = {"rolstoel", "rustig"}  # about the building: not asked of a role from home


# --- the answers, as the contract reads them ---------------------------------

def as_list(value) -> list:
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, (list, tuple)):
        return list(value)
    return []


def chosen(answers: dict, key: str, vocabulary) -> set:
    return {v for v in as_list(answers.get(key)) if isinstance(v, str) and v in vocabulary}


def one(answers: dict, key: str, vocabulary):
    value = answers.get(key)
    return value if isinstance(value, str) and value in vocabulary else None


def support_need(answers: dict):
    """0..3 from an int, an integral float or a string of ASCII digits."""
    value = answers.get("begeleiding")
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        value = int(value.strip())
    return value if isinstance(value, int) and 0 <= value <= 3 else None


# --- the data, as widgetdata.py writes it ------------------------------------

def yes(value) -> bool:
    return value is True or value == "ja"


def whole(value):
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        return int(value)
    return value if isinstance(value, int) else None


def day(value):
    return dt.date.fromisoformat(value[:10]) if isinstance(value, str) else None


def organisation_full(org) -> bool:
    """No room for one more volunteer who needs extra support. Unknown counts as full."""
    capacity = (org or {}).get("draagkracht") or {}
    return (whole(capacity.get("nu")) or 0) >= (whole(capacity.get("maximum")) or 0)


def _must(vac, kind):
    return [r for r in vac.get("vereisten") or [] if r.get("soort") == kind and r.get("nodig") == "moet"]


def facts(vac: dict) -> dict:
    """need -> "ja" | "nee" from the data; an older plain list names the needs met."""
    raw = vac.get("toegankelijkheid")
    if isinstance(raw, str):
        raw = [raw]
    if isinstance(raw, list):
        return {n: "ja" for n in raw if isinstance(n, str) and n in schema.TOEGANKELIJKHEID}
    if not isinstance(raw, dict):
        return {}
    return {n: f.strip().casefold() for n, f in raw.items()
            if n in schema.TOEGANKELIJKHEID and isinstance(f, str) and f.strip().casefold() in ("ja", "nee")}


def needs(answers, vac: dict) -> set:
    wanted = chosen(answers, "rekening", schema.REKENING) - {GEEN_RIJBEWIJS}
    return wanted - PLACE_NEEDS if yes(vac.get("van_thuis")) else wanted


def near(answers, gemeente: dict):
    """The areas a chosen area stands for, casefolded; None for anywhere, empty for only from home."""
    plaats = answers.get("plaats")
    if not isinstance(plaats, str) or not plaats.strip():
        return None
    wanted = plaats.strip().casefold()
    if wanted == "thuis":
        return set()
    areas = [a for a in gemeente.get("deelgemeenten") or [] if isinstance(a, str)]
    if wanted not in {a.strip().casefold() for a in areas}:
        return None  # not understood: ignored
    found = {wanted}
    for item in gemeente.get("dichtbij") or []:
        area, others = item["deelgemeente"].casefold(), {o.casefold() for o in item["ook"]}
        if wanted == area:
            found |= others
        if wanted in others:
            found.add(area)
    return found


def elsewhere(answers, vac: dict, organisations: dict, gemeente: dict) -> bool:
    wanted = near(answers, gemeente)
    if wanted is None or yes(vac.get("van_thuis")):
        return False
    if not wanted:
        return True
    org = organisations.get(vac.get("organisatie")) or {}
    place = vac.get("deelgemeente") if isinstance(vac.get("deelgemeente"), str) else ""
    place = place.strip() or (org.get("deelgemeente") if isinstance(org.get("deelgemeente"), str) else "").strip()
    return bool(place) and place.casefold() not in wanted


def other_rhythm(answers, vac: dict) -> bool:
    tijd = chosen(answers, "tijd", schema.TIJD)
    once = "eenmalig" in tijd
    return (tijd == {"eenmalig"} and not yes(vac.get("eenmalig"))) or (bool(tijd) and not once and yes(vac.get("eenmalig")))


def broken_gates(answers, vac: dict, organisations: dict, today: str, gemeente: dict | None = None) -> list:
    """Every gate this vacancy breaks for these answers, by name."""
    answers = answers if isinstance(answers, dict) else {}
    broken = []
    said = facts(vac)
    wanted = needs(answers, vac)
    if any(said.get(n) == "nee" for n in wanted):
        broken.append("toegang")
    if any(n not in said for n in wanted):
        broken.append("toegang_onbekend")
    if elsewhere(answers, vac, organisations, gemeente or {}):
        broken.append("plaats")
    if other_rhythm(answers, vac):
        broken.append("ritme")
    until = day(vac.get("geldig_tot"))
    if until is not None and until < dt.date.fromisoformat(today):
        broken.append("verlopen")
    if whole(vac.get("plaatsen")) == 0:
        broken.append("vol")
    band = one(answers, "leeftijd", schema.LEEFTIJD)
    if band and any((whole(r.get("leeftijd")) or 0) > HIGHEST[band] for r in _must(vac, "minimumleeftijd")):
        broken.append("leeftijd")
    if _must(vac, "rijbewijs") and GEEN_RIJBEWIJS in chosen(answers, "rekening", schema.REKENING):
        broken.append("rijbewijs")
    slots = chosen(answers, "momenten", schema.MOMENTEN)
    flexible = FLEXIBEL in as_list(answers.get("momenten"))
    offered = {m for m in vac.get("momenten") or [] if m in schema.MOMENTEN}
    if slots and not flexible and not yes(vac.get("flexibel")) and offered and not slots & offered:
        broken.append("momenten")
    need = support_need(answers)
    if need is not None and need >= schema.EXTRA_BEGELEIDING_VANAF and organisation_full(organisations.get(vac.get("organisatie"))):
        broken.append("draagkracht")
    if need is not None and need > min(3, max(0, whole(vac.get("begeleiding")) or 0)):
        broken.append("begeleiding")
    if dutch_gap(answers, vac) > 0:
        broken.append("nederlands")
    return broken


def dutch_gap(answers, vac: dict) -> int:
    level = one(answers, "nederlands", schema.NEDERLANDS_KAN)
    if level is None:
        return 0
    need = vac.get("nederlands")
    return RANK_NODIG.get(need if isinstance(need, str) else "", 0) - RANK_KAN[level]


def liftable(gate: str, answers, vac: dict) -> bool:
    """Whether a conversation could lift this gate: sub-tasks lift any Dutch
    gap, a duo lifts a Dutch gap of one level or a support gap."""
    duo = yes(vac.get("duo_mogelijk"))
    if gate == "nederlands":
        subtasks = any(isinstance(t, str) and t.strip() for t in vac.get("deeltaken") or [])
        return subtasks or (duo and dutch_gap(answers, vac) == 1)
    if gate == "begeleiding":
        return duo
    return gate == "toegang_onbekend"


def expected_place(answers, vac: dict, organisations: dict, today: str, gemeente: dict | None = None) -> str:
    """Where the vacancy belongs: "resultaten", "bijna" or "" (hidden)."""
    broken = broken_gates(answers, vac, organisations, today, gemeente)
    if not broken:
        return "resultaten"
    if len(broken) == 1 and liftable(broken[0], answers, vac):
        return "bijna"
    return ""
