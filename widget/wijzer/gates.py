"""Gates: the few things that rule a vacancy out, because they are binding.

Only what is binding may hide a vacancy; everything else is scored or
becomes a point to discuss. Some gates a conversation can lift (the
organisation may offer sub-tasks or a duo): such a gate carries the reason
and the question to ask, and a vacancy that fails only that one gate is
shown apart as a near miss instead of disappearing.

A Dutch gap is lifted by sub-tasks, whatever its size: a part of the work
can need less Dutch than the whole. A duo lifts only a gap of one level
(weinig to basis, basis to goed): an experienced volunteer at your side
helps you through a conversation you can almost hold, but cannot lead a
Dutch conversation table for someone who hardly speaks Dutch yet.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import texts, vocab
from .answers import Candidate
from .offer import Vacancy


@dataclass(frozen=True)
class Gate:
    code: str
    reden: str = ""
    vraag: str = ""  # what to ask; empty when no conversation can lift it


def age_unsure(c: Candidate, v: Vacancy):
    """The minimum age when the answers cannot settle it, else None.

    A band only tells a range: a minimum inside the band (or a skipped age
    question) is for the conversation, only a minimum above the whole band
    is a gate. Hiding a vacancy from a 40-year-old because the band starts
    at 21 would be wrong.
    """
    req = v.requirement("minimumleeftijd")
    if req is None or req.leeftijd is None:
        return None
    if c.leeftijd is None:
        return req.leeftijd
    lowest, _ = vocab.LEEFTIJD[c.leeftijd]
    return req.leeftijd if req.leeftijd > lowest else None


def _too_young(c: Candidate, v: Vacancy) -> bool:
    req = v.requirement("minimumleeftijd")
    if req is None or req.leeftijd is None or c.leeftijd is None:
        return False
    _, highest = vocab.LEEFTIJD[c.leeftijd]
    return req.leeftijd > highest


# A duo bridges at most this many levels of Dutch.
DUO_BRIDGES = 1


def dutch_gap(c: Candidate, v: Vacancy) -> int:
    """How many levels of Dutch the candidate lacks for this vacancy (0: none)."""
    if c.nederlands is None:
        return 0
    return max(0, vocab.NEDERLANDS_NODIG[v.nederlands] - vocab.NEDERLANDS_KAN[c.nederlands])


def check(c: Candidate, v: Vacancy, today) -> list:
    """Every gate the vacancy fails for this candidate, in a fixed order."""
    failed = []
    if today is not None and v.geldig_tot is not None and v.geldig_tot < today:
        failed.append(Gate("verlopen"))
    if v.plaatsen == 0:
        failed.append(Gate("vol"))
    if _too_young(c, v):
        failed.append(Gate("leeftijd"))
    if v.requirement("rijbewijs") is not None and vocab.GEEN_RIJBEWIJS in c.rekening:
        failed.append(Gate("rijbewijs"))
    if c.gaf_momenten and not v.flexibel and v.momenten and not (c.momenten & v.momenten):
        failed.append(Gate("momenten"))
    capacity_blocks = c.extra_begeleiding and v.organisatie.vol
    if capacity_blocks:
        failed.append(Gate("draagkracht"))
    if c.begeleiding is not None and c.begeleiding > v.begeleiding:
        liftable = v.duo_mogelijk and not capacity_blocks
        failed.append(Gate(
            "begeleiding",
            texts.bijna_begeleiding_reden() if liftable else "",
            texts.bijna_begeleiding_vraag() if liftable else "",
        ))
    gap = dutch_gap(c, v)
    if gap:
        duo_helps = v.duo_mogelijk and gap <= DUO_BRIDGES
        liftable = bool(v.deeltaken) or duo_helps
        failed.append(Gate(
            "nederlands",
            texts.bijna_nederlands_reden(v.nederlands) if liftable else "",
            texts.bijna_nederlands_vraag(v.deeltaken, duo_helps) if liftable else "",
        ))
    return failed


def near_miss(failed: list):
    """The one gate a conversation could lift, if that is all that failed."""
    if len(failed) == 1 and failed[0].vraag:
        return failed[0]
    return None
