"""The score: a weighted sum of soft criteria, each part shown to the candidate.

Each criterion gives a fit from 0 to 1 and a reason when it fits. Only
questions the candidate answered take part, so a skipped question neither
helps nor hurts. The sum is scaled to 0..100 by the weights of the answered
criteria; those are the same for every vacancy, so the ranking is exactly
the weighted sum. The fits only grow when the candidate adds something a
vacancy offers, which keeps the score monotonic.
"""

from __future__ import annotations

from . import texts, vocab
from .answers import THUIS, Candidate
from .offer import Vacancy

# Two shared items count as a full fit, so ticking many boxes is not punished.
SHARE_CAP = 2


def share(wanted, offered, cap: int = SHARE_CAP):
    """How much of what the candidate wants is offered; None when skipped."""
    if not wanted:
        return None
    return min(1.0, len(wanted & offered) / min(len(wanted), cap))


def _overlap(wanted, offered, sentence, cap=SHARE_CAP):
    fit = share(wanted, offered, cap)
    if fit is None:
        return None
    return fit, sentence(wanted & offered) if fit else ""


def _momenten(c: Candidate, v: Vacancy):
    if not c.flexibel and not c.momenten:
        return None
    if v.flexibel or c.flexibel:
        return 1.0, texts.reden_momenten((), v.flexibel, c.flexibel)
    if not v.momenten:
        return 0.5, ""  # unknown: a point to discuss, not a verdict
    shared = c.momenten & v.momenten
    if not shared:
        return 0.0, ""
    return 0.5 + 0.5 * len(shared) / len(v.momenten), texts.reden_momenten(shared, False, False)


_BANDS = list(vocab.UREN)


def tijd_fit(c: Candidate, v: Vacancy):
    """Fit of hours: the same band fits best, asking more than you have worst."""
    if c.tijd is None:
        return None
    if c.tijd == vocab.EENMALIG:
        if v.eenmalig:
            return 1.0
        return 0.5 if v.uren == _BANDS[0] else 0.0
    if v.eenmalig or v.uren is None:
        return 0.5
    have, asked = _BANDS.index(c.tijd), _BANDS.index(v.uren)
    if asked == have:
        return 1.0
    if asked < have:
        return 0.5
    return 0.25 if asked == have + 1 else 0.0


def _tijd(c: Candidate, v: Vacancy):
    fit = tijd_fit(c, v)
    if fit is None:
        return None
    reason = texts.reden_tijd(v.uren, v.eenmalig, c.tijd == vocab.EENMALIG) if fit >= 0.5 else ""
    return fit, reason


def _plaats(c: Candidate, v: Vacancy):
    if c.plaats is None:
        return None
    if c.plaats == THUIS:
        return (1.0, texts.reden_plaats("", True)) if v.van_thuis else (0.0, "")
    if v.deelgemeente.casefold() == c.plaats.casefold():
        return 1.0, texts.reden_plaats(v.deelgemeente, False)
    if v.van_thuis:
        return 0.5, texts.reden_plaats_ook_thuis()
    return 0.0, ""


def _nederlands_oefenen(c: Candidate, v: Vacancy):
    if c.nederlands not in vocab.NEDERLANDS_OEFENT:
        return None
    return (1.0, texts.reden_nederlands_oefenen()) if v.nederlands_oefenen else (0.0, "")


def needs(c: Candidate) -> frozenset:
    """The candidate's accessibility needs a vacancy can answer with facts."""
    return c.rekening & frozenset(vocab.TOEGANKELIJKHEID)


def _toegankelijkheid(c: Candidate, v: Vacancy):
    wanted = needs(c)
    if not wanted:
        return None
    met = wanted & v.toegankelijkheid
    return len(met) / len(wanted), texts.reden_toegankelijkheid(met) if met else ""


def _begeleiding(c: Candidate, v: Vacancy):
    if not c.begeleiding:
        return None  # no support asked: nothing to weigh
    if v.begeleiding >= c.begeleiding:
        return 1.0, texts.reden_begeleiding(v.begeleiding)
    return 0.0, ""


def fits(c: Candidate, v: Vacancy) -> dict:
    """criterion -> (fit 0..1, reason or "") for each answered criterion."""
    found = {
        "motieven": _overlap(c.motieven, v.motieven, texts.reden_motieven),
        "interesses": _overlap(c.interesses, v.sectoren, texts.reden_interesses),
        "taken": _overlap(c.taken, v.taken, texts.reden_taken),
        "momenten": _momenten(c, v),
        "tijd": _tijd(c, v),
        "plaats": _plaats(c, v),
        "setting": _overlap(c.setting, v.setting, texts.reden_setting, cap=1),
        "nederlands_oefenen": _nederlands_oefenen(c, v),
        "toegankelijkheid": _toegankelijkheid(c, v),
        "begeleiding": _begeleiding(c, v),
    }
    return {k: found[k] for k in vocab.CRITERIA if found[k] is not None}


def score(c: Candidate, v: Vacancy, weights: dict):
    """(score 0..100, {criterion: points}, reasons strongest first)."""
    found = {k: f for k, f in fits(c, v).items() if weights.get(k, 0) > 0}
    total_weight = sum(weights[k] for k in found)
    if not total_weight:
        return 0, {}, []
    points = {k: 100.0 * weights[k] * fit / total_weight for k, (fit, _) in found.items()}
    order = sorted(found, key=lambda k: (-points[k], vocab.CRITERIA.index(k)))
    reasons = [found[k][1] for k in order if found[k][1]]
    return round(sum(points.values())), {k: round(points[k], 1) for k in order}, reasons
