"""match(): the call the browser makes, from answers to a JSON-ready result.

It only combines the parts: read the data and the answers, apply the gates,
score what passes, set the near misses apart, and add what is useful for
everyone (kinds of work, attention points, the desk). No I/O and no clock:
today's date comes in, so the same input always gives the same output.
"""

from __future__ import annotations

import dataclasses
import functools
import gc

from . import advice, attention, discuss, gates, orientation, texts
from .answers import read_answers
from .offer import Offer, date, read_offer, text
from .score import Scorer

# The strongest reasons a card shows at once; the rest are behind "Meer redenen".
REASONS_FIRST = 2


def _where(v) -> str:
    """Where the work is, as the card shows it: the address, else the area."""
    if v.van_thuis and not v.deelgemeente:
        return texts.VAN_THUIS
    place = v.organisatie.adres or v.deelgemeente
    return f"{place} ({texts.OOK_VAN_THUIS})" if v.van_thuis and place else place


def _entry(c, v, offer, today, scorer, stap) -> dict:
    punten, bijdragen, redenen = scorer(v)
    return {
        "vacature": v.id,
        "titel": v.titel,
        "samenvatting": v.samenvatting,
        "organisatie": v.organisatie.public(),
        "deelgemeente": v.deelgemeente,
        "van_thuis": v.van_thuis,
        "waar": _where(v),
        "pagina": v.pagina,
        "score": punten,
        "bijdragen": bijdragen,
        "redenen": redenen[:REASONS_FIRST],
        "meer_redenen": redenen[REASONS_FIRST:],
        "bespreken": discuss.points(c, v, offer.regio, today),
        "volgende_stap": stap(v.organisatie),
    }


def _next_step(c, offer, first: bool, near: bool):
    """The next step on every card: to the desk or helper first, else to the organisation."""
    loket = text(offer.loket.get("naam"))
    if first:
        who = advice.helpers(c)
        return lambda org: texts.stap_eerst_loket(who, loket)
    if near:
        return lambda org: texts.stap_vraag_stellen(org.naam)
    return lambda org: texts.stap_contact(org.naam)


def _ranked(entries: list) -> list:
    return sorted(entries, key=lambda e: (-e["score"], e["titel"].casefold(), e["titel"], e["vacature"]))


def _passing(c, offer, day) -> int:
    wanted = gates.areas(c, offer.dichtbij)
    return sum(1 for v in offer.vacatures if not gates.check(c, v, day, wanted))


def relaxations(c, offer, day) -> list:
    """When nothing fits: which of the candidate's preferences (never a need)
    limit the result most, and how many vacancies each would open."""
    found = []
    for question, without in gates.RELAXABLE.items():
        loosened = dataclasses.replace(c, **without)
        if loosened == c:
            continue
        aantal = _passing(loosened, offer, day)
        if aantal:
            found.append({"vraag": question, "aantal": aantal, "tekst": texts.verruimen(question, c, aantal)})
    return sorted(found, key=lambda item: -item["aantal"])


def collector_paused(function):
    """Runs `function` with the cycle collector paused.

    A call makes tens of thousands of small dicts, lists and records but no
    cycles, so reference counting frees them all. Left running, the collector
    walked the whole offer again and again meanwhile: up to half of the time
    to read or rank 10,000 vacancies.
    """
    @functools.wraps(function)
    def paused(*args):
        collecting = gc.isenabled()
        gc.disable()
        try:
            return function(*args)
        finally:
            if collecting:
                gc.enable()
    return paused


@collector_paused
def prepare(data) -> Offer:
    """The widget data, read once for a page that asks again and again.

    Reading 10,000 vacancies takes longer than ranking them, and the data
    does not change while a page is open: the worker reads it while the
    engine loads and hands the result to every match(). Changes made to
    `data` afterwards may not be seen: prepare again after a change.
    """
    return read_offer(data)


@collector_paused
def match(answers, data, today) -> dict:
    """Match a candidate's answers against the widget data (raw, or from prepare()) on the given day."""
    offer = data if isinstance(data, Offer) else read_offer(data)
    c = read_answers(answers, offer.deelgemeenten)
    day = date(today)
    wanted = gates.areas(c, offer.dichtbij)
    scorer = Scorer(c, offer.gewichten, wanted)
    fits, near = [], []
    for v in offer.vacatures:
        failed = gates.check(c, v, day, wanted)
        if not failed:
            fits.append(v)
            continue
        gate = gates.near_miss(c, v, failed)
        if gate is not None:
            near.append((v, gate))
    first = advice.desk_first(c, len(fits))
    step, near_step = _next_step(c, offer, first, False), _next_step(c, offer, first, True)
    results = [_entry(c, v, offer, day, scorer, step) for v in fits]
    near = [{**_entry(c, v, offer, day, scorer, near_step), "reden": g.reden, "vraag": g.vraag} for v, g in near]
    return {
        "lijst": "alle" if c.niets_gekozen else "passend",
        "resultaten": _ranked(results),
        "bijna": _ranked(near),
        "verruimen": [] if results else relaxations(c, offer, day),
        "soorten": orientation.kinds(c, offer.soorten, offer.gewichten),
        "aandachtspunten": attention.attention_points(c),
        "loket": advice.advice(c, len(results)),
        "samenvatting": texts.samenvatting(len(results), len(near), c.niets_gekozen),
        "antwoorden_genegeerd": list(c.genegeerd),
    }
