"""Hypothesis strategies for the engine's inputs: a candidate's answers and
the widget data (the contract of inspiratiebox/bundle/widgetdata.py).

Three grades, because each property needs a different one:
- valid: what a validated site ships. Generated from the content schema
  (inspiratiebox/content/schema.py) field by field, so a field or a vocabulary
  value added there is generated here without a change.
- odd: still readable as the engine promises (offer.py): "ja"/"nee" for a
  yes/no field, numbers as text, timestamps for dates, optional fields
  missing, unknown vocabulary values mixed in, an unknown organisation.
- garbage: anything at all, for "never raises".

Every run tests the same examples (derandomize), so CI cannot turn red by
luck; set WIJZER_PROPERTY_EXAMPLES to search deeper on a workstation.
"""

from __future__ import annotations

import copy
import datetime as dt
import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from inspiratiebox.content import schema

PROPERTY = settings(
    max_examples=int(os.environ.get("WIJZER_PROPERTY_EXAMPLES", "100")),
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)

DEELGEMEENTEN = ["Centrum", "Noord", "Zuid", "Sint-Ægidius"]
SLOTS = list(schema.MOMENTEN)
# A few slots that come up often, so candidates and vacancies overlap (or
# just miss) often enough for the moments gate to be exercised both ways.
HOT_SLOTS = ["ma_ochtend", "di_avond", "za_ochtend"]
FLEXIBEL = "flexibel"

# A narrow window of days, so "valid until" often falls on, just before or
# just after today: the expiry gate's edges.
FIRST_DAY = dt.date(2026, 1, 1)  # today and most dates fall in these 20 days
LAST_DAY = dt.date(2026, 1, 20)
DAYS = st.dates(FIRST_DAY, LAST_DAY)
TODAYS = DAYS.map(dt.date.isoformat)

# --- texts ------------------------------------------------------------------

UNICODE = st.text(st.characters(codec="utf-8"), max_size=24)
# Titles that collide after casefold ("ß" and "SS", "Ĳ" and "ĳ"), to test the tie-break.
TITLES = st.sampled_from(["Koffie", "koffie", "Straße", "STRASSE", "Ĳsbaan", "ĳsbaan", "Été", "été", "   ", ""]) | UNICODE
# Strings that look like numbers to str.isdigit but not to int(), or are too
# long for int(), or are numbers in another script.
TRICKY = st.sampled_from([
    "", " ", "\x00", "²", "٣", "１", "⑴", "-1", "1e3", "NaN", "Infinity", " 2 ", "3.0", "9" * 5000,
    "ja", "nee", "flexibel", "thuis", "THUIS", "\u202e", "💥", "a\u0301",
])
TEXT = UNICODE | TRICKY

EMAILS = st.sampled_from(["info@voorbeeld.be", "a.b@voorbeeld.nl", ""])
URLS = st.sampled_from(["https://www.voorbeeld.be", "https://voorbeeld.nl/pad?x=1", ""])
PHONES = st.sampled_from(["09 123 45 67", "+32 9 123 45 67", "(020) 555-1234"])

# --- garbage: any JSON-like value -----------------------------------------

SCALARS = (
    st.none() | st.booleans() | st.integers() | st.integers(-(10**400), 10**400)
    | st.floats() | TEXT
)
JSONISH = st.recursive(
    SCALARS,
    lambda kids: st.lists(kids, max_size=4) | st.tuples(kids, kids)
    | st.dictionaries(st.text(max_size=8) | st.sampled_from(["id", "soort", "nodig"]), kids, max_size=4),
    max_leaves=12,
)


def huge(values) -> st.SearchStrategy:
    """A very long list, cheap to generate: a few values repeated many times."""
    return st.tuples(st.lists(values, min_size=1, max_size=4), st.integers(200, 20_000)).map(lambda t: t[0] * t[1])


# --- the widget data, from the schema ----------------------------------------

def _fields(fields) -> dict:
    return {f.name: f for f in fields}


VACATURE = _fields(schema.VACATURE)
ORGANISATIE = _fields(f for f in schema.ORGANISATIE if f.name != "vacatures")
SOORT = _fields(schema.SOORT)


def _value(field, odd: bool) -> st.SearchStrategy:
    """A value for one schema field: valid, or (odd) in a form the engine still reads."""
    kind = field.kind
    if kind == "tekst":
        if field.ref == "deelgemeente":
            return st.sampled_from(DEELGEMEENTEN) | (TEXT if odd else st.nothing())
        return TEXT
    if kind == "markdown":
        return st.none() | TEXT
    if kind == "getal":
        low = field.minimum if field.minimum is not None else 0
        high = field.maximum if field.maximum is not None else 999
        number = st.integers(low, min(high, low + 3)) | st.integers(low, high)
        return number | number.map(str) | number.map(float) if odd else number
    if kind == "janee":
        return st.booleans() | st.sampled_from(["ja", "nee"]) if odd else st.booleans()
    if kind == "datum":
        iso = DAYS.map(dt.date.isoformat)
        return iso | DAYS.map(lambda d: f"{d.isoformat()}T23:59:00") if odd else iso
    if kind == "id":
        return st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True)  # replaced by a unique id
    if kind == "url":
        return URLS
    if kind == "email":
        return EMAILS
    if kind == "telefoon":
        return PHONES | TEXT if odd else PHONES
    if kind == "keuze":
        choice = st.sampled_from(list(field.choices))
        return choice | st.just("onbekend") if odd else choice
    if kind == "keuzes":
        choices = list(field.choices)
        if field.name == "momenten":
            choices = st.sampled_from(HOT_SLOTS) | st.sampled_from(choices)
        else:
            choices = st.sampled_from(choices)
        if odd:
            choices = choices | st.sampled_from(["onbekend", FLEXIBEL, ""])
        return st.lists(choices, unique=True, max_size=4)
    if kind == "lijst":
        return st.lists(TEXT, max_size=3)
    if kind == "object":
        return record(_fields(field.fields), odd)
    if kind == "feiten":
        # Each need ja, nee or left out; odd adds "onbekend", odd case and the older plain list.
        fact = st.sampled_from(["ja", "nee"]) | (st.sampled_from(["onbekend", "JA", " nee "]) if odd else st.nothing())
        facts = st.dictionaries(st.sampled_from(list(_fields(field.fields))), fact, max_size=4)
        older = st.lists(st.sampled_from(list(_fields(field.fields))), unique=True, max_size=3)
        return facts | older if odd else facts
    if kind == "objecten":
        return st.lists(record(_fields(field.fields), odd), max_size=3)
    raise AssertionError(f"no strategy for field kind {kind!r}: add one here")


def record(fields: dict, odd: bool, overrides: dict | None = None) -> st.SearchStrategy:
    """A dict with every field; when odd, optional fields may be missing."""
    overrides = overrides or {}
    required, optional = {}, {}
    for name, field in fields.items():
        strategy = overrides[name] if name in overrides else _value(field, odd)
        if field.required:
            required[name] = strategy
        elif odd:
            optional[name] = st.none() | strategy
        else:
            required[name] = strategy
    return st.fixed_dictionaries(required, optional=optional)


@st.composite
def requirements(draw, odd: bool):
    """vereisten as the content rules allow them: each kind at most once, an
    age only (and always) with minimumleeftijd."""
    kinds = draw(st.lists(st.sampled_from(list(schema.VEREISTEN)), unique=True, max_size=3))
    age_field = _fields(schema.VEREISTE)["leeftijd"]
    found = []
    for kind in kinds:
        item = {"soort": kind, "nodig": draw(st.sampled_from(list(schema.NODIG)))}
        if kind == "minimumleeftijd":
            # Ages around the band edges (16, 18, 21, 65) as well as any allowed one.
            item["leeftijd"] = draw(st.sampled_from([14, 16, 17, 18, 21, 64, 65, 66]) | _value(age_field, odd))
        else:
            item["leeftijd"] = None
        found.append(item)
    return found


def vacancy(odd: bool = False) -> st.SearchStrategy:
    # Biased so each gate is often the only one a vacancy fails: most
    # vacancies still run after today, and sub-tasks are often absent, so
    # a duo alone has to carry the Dutch near miss.
    later = st.dates(LAST_DAY, LAST_DAY + dt.timedelta(days=400)).map(dt.date.isoformat)
    overrides = {
        "vereisten": requirements(odd),
        "geldig_tot": st.one_of(later, later, _value(VACATURE["geldig_tot"], odd)),
        "deeltaken": st.just([]) | _value(VACATURE["deeltaken"], odd),
    }
    if not odd:
        # plaatsen 0 sometimes: the "no places" gate.
        overrides["plaatsen"] = st.sampled_from([0, 1, 1, 2, 3, 4, 5, 999])
    return record(VACATURE, odd, overrides)


def organisation(odd: bool = False) -> st.SearchStrategy:
    room = st.integers(0, 3)
    room = room | room.map(str) if odd else room
    capacity = st.fixed_dictionaries({
        "maximum": room,
        "nu": room,
        "ervaring_met": st.lists(st.sampled_from(list(schema.DOELGROEPEN)), unique=True, max_size=2),
    })
    return record(ORGANISATIE, odd, {"draagkracht": capacity})


def kind() -> st.SearchStrategy:
    return record(SOORT, False)


@st.composite
def offers(draw, odd: bool = False, max_vacancies: int = 8):
    """Widget data with unique organisation and vacancy ids (as the content
    rules demand), each vacancy belonging to one of the organisations."""
    orgs = draw(st.lists(organisation(odd), min_size=1, max_size=3))
    for index, org in enumerate(orgs):
        org["id"] = f"org-{index}"
    org_ids = [org["id"] for org in orgs] + (["geen-bekende-organisatie"] if odd else [])
    vacancies = draw(st.lists(vacancy(odd), max_size=max_vacancies))
    for index, vac in enumerate(vacancies):
        vac["id"] = f"vac-{index}"
        vac["organisatie"] = draw(st.sampled_from(org_ids))
    kinds = draw(st.lists(kind(), max_size=6))
    for index, item in enumerate(kinds):
        item["id"] = f"soort-{index}"
    weight = st.integers(0, 10)
    if odd:
        weight = weight | st.floats(0, 10) | weight.map(str)
    gewichten = draw(st.fixed_dictionaries({k: weight for k in schema.CRITERIA}))
    loket = draw(record(_fields(next(f for f in schema.GEMEENTE if f.name == "loket").fields), odd))
    return {
        "gemeente": {
            "naam": "Gemeente Eigenschap",
            "regio": draw(st.sampled_from(list(schema.REGIOS))),
            "deelgemeenten": list(DEELGEMEENTEN),
            "dichtbij": draw(NEARBY),
            "loket": loket,
        },
        "organisaties": orgs,
        "vacatures": vacancies,
        "wijzer": {"vragen": [], "gewichten": gewichten, "soorten": kinds},
    }


# Nearby areas: none, one pair, or a chain, so nearness in both directions is exercised.
NEARBY = st.sampled_from([
    [],
    [{"deelgemeente": "Centrum", "ook": ["Noord"]}],
    [{"deelgemeente": "Noord", "ook": ["Zuid", "Sint-Ægidius"]}, {"deelgemeente": "Centrum", "ook": ["Noord"]}],
])


def _paths(value, path=()):
    """Every place inside nested dicts and lists where a value sits."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield (*path, key)
            yield from _paths(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield (*path, index)
            yield from _paths(inner, (*path, index))


@st.composite
def corrupted(draw, base: st.SearchStrategy, garbage: st.SearchStrategy = JSONISH, most: int = 6):
    """`base` with a few values anywhere inside replaced by garbage."""
    value = copy.deepcopy(draw(base))
    for _ in range(draw(st.integers(0, most))):
        paths = list(_paths(value))
        if not paths:
            return draw(garbage)
        *parent, last = draw(st.sampled_from(paths))
        holder = value
        for step in parent:
            holder = holder[step]
        holder[last] = draw(garbage)
    return value


def garbage_offers() -> st.SearchStrategy:
    return corrupted(offers(odd=True)) | JSONISH


# --- the candidate's answers -------------------------------------------------

def _answer(question: str) -> st.SearchStrategy:
    """A valid answer to one question, as the form sends it."""
    kind, vocabulary = schema.VRAGEN[question]
    if kind == "meerdere":
        return st.lists(st.sampled_from(list(vocabulary)), unique=True, max_size=4)
    if kind == "momenten":
        slot = st.sampled_from(HOT_SLOTS) | st.sampled_from(SLOTS)
        return st.lists(slot | st.just(FLEXIBEL), unique=True, max_size=4)
    if kind == "plaats":
        return st.sampled_from([*DEELGEMEENTEN, "thuis", ""])
    if kind == "een":
        return st.sampled_from(list(vocabulary))
    raise AssertionError(f"no strategy for question kind {kind!r}: add one here")


VALID_ANSWER = {question: _answer(question) for question in schema.VRAGEN}


def valid_answers(always=()) -> st.SearchStrategy:
    """Answers the form can send: every question optional, except `always`."""
    return st.fixed_dictionaries(
        {q: VALID_ANSWER[q] for q in always},
        optional={q: s for q, s in VALID_ANSWER.items() if q not in always},
    )


# Wrong but simple values: the gate check in raw_gates.py reads each of them
# exactly as the engine's contract says (ignored, or a lone string as a list).
SIMPLE_GARBAGE = st.sampled_from([
    None, True, False, 0, 1, 2.0, 2.5, -1, 7, "", "onbekend", "twee", " 2 ", "03",
    [], {}, ["onbekend"], [1, None], [["sport"]],
])


def _messy(question: str) -> st.SearchStrategy:
    valid = VALID_ANSWER[question]
    kind, _ = schema.VRAGEN[question]
    lone = valid.filter(bool).map(lambda v: v[0]) if kind in ("meerdere", "momenten") else st.nothing()
    mixed = (
        st.tuples(valid, st.lists(SIMPLE_GARBAGE, max_size=2)).map(lambda t: [*t[0], *t[1]])
        if kind in ("meerdere", "momenten") else st.nothing()
    )
    as_text = valid.map(str) if question == "begeleiding" else st.nothing()
    return valid | lone | mixed | as_text | SIMPLE_GARBAGE


def messy_answers() -> st.SearchStrategy:
    """Answers a hand-made link may send: valid, wrong types, unknown keys."""
    return st.fixed_dictionaries(
        {}, optional={question: _messy(question) for question in schema.VRAGEN},
    ).flatmap(lambda known: st.dictionaries(
        st.sampled_from(["onbekend", "Motieven", "", "begeleiding "]), SIMPLE_GARBAGE, max_size=2,
    ).map(lambda extra: {**extra, **known}))


def garbage_answers() -> st.SearchStrategy:
    """Anything at all, from odd to absurd."""
    value = JSONISH | huge(TEXT | SIMPLE_GARBAGE | st.sampled_from(SLOTS)) | TRICKY
    per_key = st.dictionaries(st.sampled_from(list(schema.VRAGEN)) | st.text(max_size=6) | st.integers(), value, max_size=8)
    return messy_answers() | per_key | JSONISH
