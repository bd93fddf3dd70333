"""What is on offer: the widget data, read defensively into small records.

The build validates content before it writes the data, but the engine must
not crash on a half-edited or hand-made file either. A field that cannot be
read falls back to a neutral value: an unknown Dutch need counts as none and
unknown places as open, because a gate on data we cannot read would hide a
vacancy for no reason. Unknown capacity counts as full, because room for
extra support is a promise only the organisation itself can make.

A page reads the whole offer (up to 10,000 vacancies) while the engine
loads, and again on each call handed the raw data, so reading one vacancy
must stay cheap; what the gates and the score ask of every vacancy on every
call (its binding requirements) is worked out here, once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import vocab

_TRUE = {"ja", "true", "yes", "1", "waar"}


def flag(value) -> bool:
    """A janee field: True, or a string such as "ja" from a lenient loader."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value.strip().casefold() in _TRUE
    if isinstance(value, (int, float)):
        return value == 1
    return False


def number(value, default=None):
    """A whole number from an int, integral float or numeric string."""
    if isinstance(value, bool):
        return default
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        try:  # "²" passes isdigit() but not int(); so does a 5000-digit string
            return int(value.strip())
        except ValueError:
            return default
    return default


def text(value) -> str:
    return value.strip() if isinstance(value, str) else ""


def date(value):
    """An ISO date (a longer ISO timestamp is cut to its date), else None.
    A datetime counts as its day: compared with a date it would raise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


# The vocabularies as sets, for keys().
NONE = frozenset()
SECTOREN = frozenset(vocab.SECTOREN)
TAKEN = frozenset(vocab.TAKEN)
MOMENTEN = frozenset(vocab.MOMENTEN)
SETTINGS = frozenset(vocab.SETTINGS)
NODEN = frozenset(vocab.TOEGANKELIJKHEID)
MOTIEVEN = frozenset(vocab.MOTIEVEN)


def keys(value, allowed: frozenset) -> frozenset:
    """The known vocabulary values in a list (a lone string counts as a list of one)."""
    if isinstance(value, str):
        value = (value,)
    elif not value or not isinstance(value, (list, tuple)):
        return NONE
    try:
        # Only strings are in `allowed`, and no other JSON value equals a string.
        return allowed.intersection(value)
    except TypeError:  # an unhashable item, such as a list inside the list
        return frozenset(v for v in value if isinstance(v, str) and v in allowed)


def texts(value) -> tuple:
    if not value or not isinstance(value, (list, tuple)):
        return ()
    return tuple(t for t in (text(v) for v in value) if t)


@dataclass(frozen=True)
class Organisation:
    id: str
    naam: str
    telefoon: str
    email: str
    website: str
    adres: str
    deelgemeente: str
    maximum: int
    nu: int
    ervaring: frozenset  # the target groups it has experience with (draagkracht.ervaring_met)

    @property
    def vol(self) -> bool:
        """At capacity for volunteers who need extra support."""
        return self.nu >= self.maximum

    def public(self) -> dict:
        return {"id": self.id, "naam": self.naam, "telefoon": self.telefoon, "email": self.email,
                "website": self.website, "adres": self.adres}


UNKNOWN_ORGANISATION = Organisation("", "", "", "", "", "", "", 0, 0, NONE)


# Not frozen: a frozen dataclass of this size took six times as long to
# build, a third of the time to read a vacancy. Nothing changes one once read.
@dataclass(slots=True)
class Vacancy:
    id: str
    titel: str
    samenvatting: str
    organisatie: Organisation
    sectoren: frozenset
    taken: frozenset
    momenten: frozenset
    flexibel: bool
    uren: str | None
    eenmalig: bool
    deelgemeente: str  # its own, else its organisation's; "" when neither says
    van_thuis: bool
    setting: frozenset
    nederlands: str
    nederlands_oefenen: bool
    # The needs it says it meets ("ja") and cannot meet ("nee"); any other need is unknown.
    toegang_ja: frozenset
    toegang_nee: frozenset
    # The binding ("moet") requirements; a licence as "pluspunt" is only discussed.
    rijbewijs: bool
    rijbewijs_pluspunt: bool
    goed_gedrag: bool
    minimumleeftijd: int | None  # None: no binding minimum age, or one without an age
    begeleiding: int
    duo_mogelijk: bool
    deeltaken: tuple
    motieven: frozenset
    plaatsen: int | None
    geldig_tot: dt.date | None
    laatst_nagekeken: dt.date | None
    pagina: str  # the address of its own page, relative to the wijzer's page


def _requirements(value, nodig: str) -> dict:
    """Each kind of requirement marked `nodig` -> its age (or None); the first of a kind counts."""
    found = {}
    if not isinstance(value, (list, tuple)):
        return found
    for item in value:
        if isinstance(item, dict) and item.get("nodig") == nodig:
            soort = item.get("soort")
            if isinstance(soort, str) and soort in vocab.VEREISTEN and soort not in found:
                found[soort] = number(item.get("leeftijd"))
    return found


def access_facts(value) -> tuple:
    """(needs met, needs not met) from {need: "ja" | "nee" | ...}; an older
    file's plain list names the needs met. Anything else is unknown."""
    if isinstance(value, (list, tuple, str)):
        return keys(value, NODEN), NONE
    if not isinstance(value, dict):
        return NONE, NONE
    said = {need: text(fact).casefold() for need, fact in value.items() if need in NODEN and isinstance(fact, str)}
    return (frozenset(n for n, fact in said.items() if fact == vocab.JA),
            frozenset(n for n, fact in said.items() if fact == vocab.NEE))


def organisation(raw) -> Organisation:
    raw = raw if isinstance(raw, dict) else {}
    contact = raw.get("contact") if isinstance(raw.get("contact"), dict) else {}
    capacity = raw.get("draagkracht") if isinstance(raw.get("draagkracht"), dict) else {}
    return Organisation(
        id=text(raw.get("id")),
        naam=text(raw.get("naam")),
        telefoon=text(contact.get("telefoon")),
        email=text(contact.get("email")),
        website=text(raw.get("website")),
        adres=text(raw.get("adres")),
        deelgemeente=text(raw.get("deelgemeente")),
        # Unknown capacity reads as none free: extra support is a promise
        # the organisation itself must have made.
        maximum=max(0, number(capacity.get("maximum"), 0)),
        nu=max(0, number(capacity.get("nu"), 0)),
        ervaring=frozenset(texts(capacity.get("ervaring_met"))),
    )


def vacancy(raw, organisations: dict):
    """A Vacancy, or None when it has no id to show it by."""
    if not isinstance(raw, dict) or not text(raw.get("id")):
        return None
    nodig = raw.get("nederlands")
    uren = raw.get("uren")
    support = number(raw.get("begeleiding"), 0)
    places = number(raw.get("plaatsen"))
    binding = _requirements(raw.get("vereisten"), "moet")
    org = organisations.get(text(raw.get("organisatie")), UNKNOWN_ORGANISATION)
    met, not_met = access_facts(raw.get("toegankelijkheid"))
    home = flag(raw.get("van_thuis"))
    return Vacancy(
        id=text(raw["id"]),
        titel=text(raw.get("titel")) or text(raw["id"]),
        samenvatting=text(raw.get("samenvatting")),
        organisatie=org,
        sectoren=keys(raw.get("sectoren"), SECTOREN),
        taken=keys(raw.get("taken"), TAKEN),
        momenten=keys(raw.get("momenten"), MOMENTEN),
        flexibel=flag(raw.get("flexibel")),
        uren=uren if isinstance(uren, str) and uren in vocab.UREN else None,
        eenmalig=flag(raw.get("eenmalig")),
        # A role only from home has no place; any other works where its organisation is.
        deelgemeente=text(raw.get("deelgemeente")) or ("" if home else org.deelgemeente),
        van_thuis=home,
        setting=keys(raw.get("setting"), SETTINGS),
        nederlands=nodig if isinstance(nodig, str) and nodig in vocab.NEDERLANDS_NODIG else "geen",
        nederlands_oefenen=flag(raw.get("nederlands_oefenen")),
        toegang_ja=met,
        toegang_nee=not_met,
        rijbewijs="rijbewijs" in binding,
        rijbewijs_pluspunt="rijbewijs" in _requirements(raw.get("vereisten"), "pluspunt"),
        goed_gedrag="goed_gedrag" in binding,
        minimumleeftijd=binding.get("minimumleeftijd"),
        begeleiding=min(3, max(0, support)),
        duo_mogelijk=flag(raw.get("duo_mogelijk")),
        deeltaken=texts(raw.get("deeltaken")),
        motieven=keys(raw.get("motieven"), MOTIEVEN),
        plaatsen=None if places is None else max(0, places),
        geldig_tot=date(raw.get("geldig_tot")),
        laatst_nagekeken=date(raw.get("laatst_nagekeken")),
        pagina=text(raw.get("pagina")),
    )


@dataclass(frozen=True)
class Offer:
    gemeente: dict
    regio: str
    deelgemeenten: tuple
    dichtbij: dict  # area (casefolded) -> the areas declared nearby (casefolded)
    loket: dict
    vacatures: tuple
    gewichten: dict
    soorten: tuple


def _weights(raw) -> dict:
    """Each criterion's weight, 0..10; a missing or odd weight counts 1."""
    raw = raw if isinstance(raw, dict) else {}
    weights = {}
    for criterion in vocab.CRITERIA:
        value = raw.get(criterion)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
            value = number(value, 1)
        weights[criterion] = float(min(10, max(0, value)))  # clamp first: float(10**400) overflows
    return weights


def _kinds(raw) -> tuple:
    if not isinstance(raw, (list, tuple)):
        return ()
    kinds = []
    for item in raw:
        if isinstance(item, dict) and text(item.get("id")):
            kinds.append({
                "id": text(item["id"]),
                "naam": text(item.get("naam")) or text(item["id"]),
                "uitleg": text(item.get("uitleg")),
                "voorbeelden": list(texts(item.get("voorbeelden"))),
                "sectoren": keys(item.get("sectoren"), SECTOREN),
                "taken": keys(item.get("taken"), TAKEN),
                "motieven": keys(item.get("motieven"), MOTIEVEN),
            })
    return tuple(kinds)


def nearby(raw) -> dict:
    """Each area -> the areas declared near it. Nearness goes both ways:
    if Noord is near Centrum, Centrum is near Noord."""
    near: dict = {}
    for item in raw if isinstance(raw, (list, tuple)) else ():
        if not isinstance(item, dict):
            continue
        area = text(item.get("deelgemeente")).casefold()
        for other in texts(item.get("ook")):
            other = other.casefold()
            if area and other != area:
                near.setdefault(area, set()).add(other)
                near.setdefault(other, set()).add(area)
    return {area: frozenset(others) for area, others in near.items()}


def read_offer(data) -> Offer:
    data = data if isinstance(data, dict) else {}
    gemeente = data.get("gemeente") if isinstance(data.get("gemeente"), dict) else {}
    wijzer = data.get("wijzer") if isinstance(data.get("wijzer"), dict) else {}
    organisations = {}
    for raw in data.get("organisaties") if isinstance(data.get("organisaties"), list) else ():
        org = organisation(raw)
        if org.id:
            organisations[org.id] = org
    vacancies = []
    seen = set()
    for raw in data.get("vacatures") if isinstance(data.get("vacatures"), list) else ():
        vac = vacancy(raw, organisations)
        if vac is not None and vac.id not in seen:
            seen.add(vac.id)
            vacancies.append(vac)
    loket = gemeente.get("loket") if isinstance(gemeente.get("loket"), dict) else {}
    regio = gemeente.get("regio") if isinstance(gemeente.get("regio"), str) and gemeente["regio"] in vocab.REGIOS else ""
    return Offer(
        gemeente=gemeente,
        regio=regio,
        deelgemeenten=texts(gemeente.get("deelgemeenten")),
        dichtbij=nearby(gemeente.get("dichtbij")),
        loket=loket,
        vacatures=tuple(vacancies),
        gewichten=_weights(wijzer.get("gewichten")),
        soorten=_kinds(wijzer.get("soorten")),
    )
