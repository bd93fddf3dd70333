"""match(): the one call the browser makes, from answers to a JSON-ready result.

It only combines the parts: read the data and the answers, apply the gates,
score what passes, set the near misses apart, and add what is useful for
everyone (kinds of work, attention points, the desk). No I/O and no clock:
today's date comes in, so the same input always gives the same output.
"""

from __future__ import annotations

from . import attention, desk, discuss, gates, orientation, texts, vocab
from .answers import read_answers
from .offer import date, read_offer, text
from .score import score


def _entry(c, v, offer, today) -> dict:
    punten, bijdragen, redenen = score(c, v, offer.gewichten)
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


def match(answers, data, today) -> dict:
    """Match a candidate's answers against the widget data on the given day."""
    offer = read_offer(data)
    c = read_answers(answers, offer.deelgemeenten)
    day = date(today)
    results, near = [], []
    for v in offer.vacatures:
        failed = gates.check(c, v, day)
        if not failed:
            results.append(_entry(c, v, offer, day))
            continue
        gate = gates.near_miss(failed)
        if gate is not None:
            entry = _entry(c, v, offer, day)
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
        "loket": desk.advice(c, len(results), offer.loket),
        "samenvatting": texts.samenvatting(len(results), len(near), c.niets_gekozen),
        "antwoorden_genegeerd": list(c.genegeerd),
    }
