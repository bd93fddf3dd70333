"""Gates: the few things that rule a vacancy out, because they are binding.

Only what is binding may hide a vacancy; everything else is scored or
becomes a point to discuss. Some gates a conversation can lift (the
organisation may offer sub-tasks or a duo): a vacancy that fails only such
a gate is shown apart as a near miss, with the reason and the question to
ask, instead of disappearing. Most vacancies fail a gate, so the check
names the failed gates only and the sentences are written for near misses.

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
    reden: str
    vraag: str  # what to ask the organisation


def age_unsure(c: Candidate, v: Vacancy):
    """The minimum age when the answers cannot settle it, else None.

    A band only tells a range: a minimum inside the band (or a skipped age
    question) is for the conversation, only a minimum above the whole band
    is a gate. Hiding a vacancy from a 40-year-old because the band starts
    at 21 would be wrong.
    """
    age = v.minimumleeftijd
    if age is None:
        return None
    if c.leeftijd is None:
        return age
    lowest, _ = vocab.LEEFTIJD[c.leeftijd]
    return age if age > lowest else None


def _too_young(c: Candidate, v: Vacancy) -> bool:
    if v.minimumleeftijd is None or c.leeftijd is None:
        return False
    _, highest = vocab.LEEFTIJD[c.leeftijd]
    return v.minimumleeftijd > highest


# A duo bridges at most this many levels of Dutch.
DUO_BRIDGES = 1


def dutch_gap(c: Candidate, v: Vacancy) -> int:
    """How many levels of Dutch the candidate lacks for this vacancy (0: none)."""
    if c.nederlands is None:
        return 0
    return max(0, vocab.NEDERLANDS_NODIG[v.nederlands] - vocab.NEDERLANDS_KAN[c.nederlands])


def _capacity_blocks(c: Candidate, v: Vacancy) -> bool:
    return c.extra_begeleiding and v.organisatie.vol


def needs_for(c: Candidate, v: Vacancy) -> frozenset:
    """The candidate's needs this vacancy must meet: a role done from home
    is not judged on the building."""
    return c.noden - vocab.PLEK_NODEN if v.van_thuis else c.noden


def unknown_needs(c: Candidate, v: Vacancy) -> frozenset:
    """Needs the vacancy says nothing about: a question to ask, never a yes."""
    return needs_for(c, v) - v.toegang_ja - v.toegang_nee


def areas(c: Candidate, dichtbij: dict):
    """Where the candidate wants to work, casefolded: None for anywhere, an
    empty set for only from home, else the area and those declared nearby."""
    if c.plaats is None:
        return None
    if c.plaats == vocab.THUIS:
        return frozenset()
    here = c.plaats.casefold()
    return frozenset({here}) | dichtbij.get(here, frozenset())


def _elsewhere(v: Vacancy, wanted) -> bool:
    """Outside the areas the candidate chose. A role that can be done from
    home is never elsewhere; one whose place nobody gave is discussed."""
    if wanted is None or v.van_thuis:
        return False
    if not wanted:
        return True  # only from home, and this role cannot be
    return bool(v.deelgemeente) and v.deelgemeente.casefold() not in wanted


def _other_rhythm(c: Candidate, v: Vacancy) -> bool:
    """One-off against regular, when the candidate chose only one of them."""
    return (c.alleen_eenmalig and not v.eenmalig) or (c.alleen_geregeld and v.eenmalig)


def check(c: Candidate, v: Vacancy, today, wanted=None) -> list:
    """The code of every gate the vacancy fails for this candidate, in a fixed
    order; `wanted` is areas(c, ...), worked out once per call."""
    failed = []
    if today is not None and v.geldig_tot is not None and v.geldig_tot < today:
        failed.append("verlopen")
    if v.plaatsen == 0:
        failed.append("vol")
    if _too_young(c, v):
        failed.append("leeftijd")
    if v.rijbewijs and vocab.GEEN_RIJBEWIJS in c.rekening:
        failed.append("rijbewijs")
    if needs_for(c, v) & v.toegang_nee:
        failed.append("toegang")
    if _elsewhere(v, wanted):
        failed.append("plaats")
    if _other_rhythm(c, v):
        failed.append("ritme")
    if c.gaf_momenten and not v.flexibel and v.momenten and not (c.momenten & v.momenten):
        failed.append("momenten")
    if _capacity_blocks(c, v):
        failed.append("draagkracht")
    if c.begeleiding is not None and c.begeleiding > v.begeleiding:
        failed.append("begeleiding")
    if dutch_gap(c, v):
        failed.append("nederlands")
    if unknown_needs(c, v):
        failed.append("toegang_onbekend")
    return failed


# The answers a candidate may loosen when nothing fits, with what the
# candidate looks like without them: preferences only. A need, an age or a
# level of Dutch is a fact about the person, never something to give up for
# a longer list.
RELAXABLE = {
    "plaats": {"plaats": None},
    "tijd": {"tijd": frozenset()},
    "momenten": {"momenten": frozenset(), "flexibel": False},
}


def near_miss(c: Candidate, v: Vacancy, failed: list):
    """The gate a conversation could lift, if it is the only one that failed."""
    if len(failed) != 1:
        return None
    gate = failed[0]
    if gate == "toegang_onbekend":
        unknown = unknown_needs(c, v)
        return Gate(gate, texts.bijna_toegang_reden(unknown), texts.bijna_toegang_vraag(unknown))
    if gate == "begeleiding" and v.duo_mogelijk and not _capacity_blocks(c, v):
        return Gate(gate, texts.bijna_begeleiding_reden(), texts.bijna_begeleiding_vraag())
    if gate == "nederlands":
        duo_helps = v.duo_mogelijk and dutch_gap(c, v) <= DUO_BRIDGES
        if v.deeltaken or duo_helps:
            return Gate(gate, texts.bijna_nederlands_reden(v.nederlands),
                        texts.bijna_nederlands_vraag(v.deeltaken, duo_helps))
    return None
