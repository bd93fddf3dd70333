"""match(): the call the browser makes, from answers to a JSON-ready result.

It only combines the parts: read the data and the answers, apply the gates,
score what passes, set the near misses apart, and add what is useful for
everyone (kinds of work, attention points, the desk). No I/O and no clock:
today's date comes in, so the same input always gives the same output.
"""

from __future__ import annotations

import functools
import gc

from . import attention, desk, discuss, gates, orientation, texts, vocab
from .answers import read_answers
from .offer import Offer, date, read_offer, text
from .score import Scorer


def _entry(c, v, offer, today, scorer) -> dict:
    punten, bijdragen, redenen = scorer(v)
    org = v.organisatie
    if c.begeleiding == vocab.INTENSIEVE_BEGELEIDING:
        stap = texts.stap_eerst_loket(text(offer.loket.get("naam")), org.naam)
    else:
        stap = texts.stap_contact(org.naam, org.telefoon, org.email)
    return {
        "vacature": v.id,
        "titel": v.titel,
        "samenvatting": v.samenvatting,
        "organisatie": org.public(),
        "deelgemeente": v.deelgemeente,
        "van_thuis": v.van_thuis,
        "score": punten,
        "bijdragen": bijdragen,
        "redenen": redenen,
        "bespreken": discuss.points(c, v, offer.regio, today),
        "volgende_stap": stap,
    }


def _ranked(entries: list) -> list:
    return sorted(entries, key=lambda e: (-e["score"], e["titel"].casefold(), e["titel"], e["vacature"]))


def _collector_paused(function):
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


@_collector_paused
def prepare(data) -> Offer:
    """The widget data, read once for a page that asks again and again.

    Reading 10,000 vacancies takes longer than ranking them, and the data
    does not change while a page is open: the worker reads it while the
    engine loads and hands the result to every match(). Changes made to
    `data` afterwards may not be seen: prepare again after a change.
    """
    return read_offer(data)


@_collector_paused
def match(answers, data, today) -> dict:
    """Match a candidate's answers against the widget data (raw, or from prepare()) on the given day."""
    offer = data if isinstance(data, Offer) else read_offer(data)
    c = read_answers(answers, offer.deelgemeenten)
    day = date(today)
    scorer = Scorer(c, offer.gewichten)
    results, near = [], []
    for v in offer.vacatures:
        failed = gates.check(c, v, day)
        if not failed:
            results.append(_entry(c, v, offer, day, scorer))
            continue
        gate = gates.near_miss(c, v, failed)
        if gate is not None:
            entry = _entry(c, v, offer, day, scorer)
            if c.begeleiding != vocab.INTENSIEVE_BEGELEIDING:
                org = v.organisatie
                entry["volgende_stap"] = texts.stap_vraag_stellen(org.naam, org.telefoon, org.email)
            near.append({**entry, "reden": gate.reden, "vraag": gate.vraag})
    results, near = _ranked(results), _ranked(near)
    return {
        "resultaten": results,
        "bijna": near,
        "soorten": orientation.kinds(c, offer.soorten, offer.gewichten),
        "aandachtspunten": attention.attention_points(c),
        "loket": desk.advice(c, len(results)),
        "samenvatting": texts.samenvatting(len(results), len(near), c.niets_gekozen),
        "antwoorden_genegeerd": list(c.genegeerd),
    }
