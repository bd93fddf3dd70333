"""desk(): the match result as the coordinator needs it at the desk.

The candidate's card stays short; at the desk the coordinator weighs the
person against what an organisation can carry, so every result and near
miss also gets "voor_loket": the organisation's capacity for people who
need extra support, its experience, the support the vacancy offers, duo and
sub-tasks, when it was last checked and every gate that failed, each with
the reason in Dutch. It is built on top of match(), not beside it, so the
desk and the candidate always see the same list in the same order.
"""

from __future__ import annotations

from . import gates, texts, vocab
from .answers import Candidate, read_answers
from .match import collector_paused, match
from .offer import Offer, Vacancy, date, read_offer


def _gate_reason(code: str, c: Candidate, v: Vacancy) -> str:
    """Why one gate failed, for this candidate and this vacancy."""
    org = v.organisatie
    reasons = {
        "verlopen": lambda: texts.poort_verlopen(v.geldig_tot),
        "vol": texts.poort_vol,
        "leeftijd": lambda: texts.poort_leeftijd(v.minimumleeftijd),
        "rijbewijs": texts.poort_rijbewijs,
        "toegang": lambda: texts.poort_toegang(gates.needs_for(c, v) & v.toegang_nee),
        "toegang_onbekend": lambda: texts.poort_toegang_onbekend(gates.unknown_needs(c, v)),
        "plaats": lambda: texts.poort_plaats(v.deelgemeente, c.plaats),
        "ritme": lambda: texts.poort_ritme(c.alleen_eenmalig),
        "momenten": lambda: texts.poort_momenten(v.momenten),
        "draagkracht": lambda: texts.poort_draagkracht(org.naam, org.nu, org.maximum),
        "begeleiding": lambda: texts.poort_begeleiding(c.begeleiding, v.begeleiding),
        "nederlands": lambda: texts.poort_nederlands(v.nederlands, c.nederlands),
    }
    return reasons[code]()


def for_desk(c: Candidate, v: Vacancy, today, wanted) -> dict:
    """What the coordinator needs about one vacancy for this candidate."""
    org = v.organisatie
    return {
        "draagkracht": {"nu": org.nu, "maximum": org.maximum, "vrij": max(0, org.maximum - org.nu), "vol": org.vol},
        "ervaring": [label for group, label in vocab.DOELGROEPEN.items() if group in org.ervaring],
        "begeleiding": {"niveau": v.begeleiding, "tekst": vocab.BEGELEIDING_AANBOD[v.begeleiding]},
        "duo_mogelijk": v.duo_mogelijk,
        "deeltaken": list(v.deeltaken),
        "plaatsen": v.plaatsen,
        "laatst_nagekeken": v.laatst_nagekeken.isoformat() if v.laatst_nagekeken else None,
        "nagekeken": texts.nagekeken(v.laatst_nagekeken, today),
        "poorten": [{"code": code, "reden": _gate_reason(code, c, v)}
                    for code in gates.check(c, v, today, wanted)],
    }


@collector_paused
def desk(answers, data, today) -> dict:
    """match(), with "voor_loket" added to every result and near miss."""
    offer = data if isinstance(data, Offer) else read_offer(data)
    result = match(answers, offer, today)
    c = read_answers(answers, offer.deelgemeenten)
    day = date(today)
    wanted = gates.areas(c, offer.dichtbij)
    shown = {e["vacature"] for key in ("resultaten", "bijna") for e in result[key]}
    by_id = {v.id: v for v in offer.vacatures if v.id in shown}
    for key in ("resultaten", "bijna"):
        for entry in result[key]:
            entry["voor_loket"] = for_desk(c, by_id[entry["vacature"]], day, wanted)
    return result
