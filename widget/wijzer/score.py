"""The score: a weighted sum of soft criteria, each part shown to the candidate.

Each criterion gives a fit from 0 to 1 and a reason when it fits. Only
questions the candidate answered take part, so a skipped question neither
helps nor hurts. The sum is scaled to 0..100 by the weights of the answered
criteria; those are the same for every vacancy, so the ranking is exactly
the weighted sum. The fits only grow when the candidate adds something a
vacancy offers, which keeps the score monotonic.

Which criteria take part depends on the answers alone, so a Scorer works it
out once per call and then scores up to 10,000 vacancies with it.
"""

from __future__ import annotations

from . import texts, vocab
from .answers import Candidate
from .gates import needs_for
from .offer import Vacancy

# Two shared items count as a full fit, so ticking many boxes is not punished.
SHARE_CAP = 2


def share(wanted, offered, cap: int = SHARE_CAP):
    """How much of what the candidate wants is offered; None when skipped."""
    if not wanted:
        return None
    return min(1.0, len(wanted & offered) / min(len(wanted), cap))


def _overlap(wanted, offered, sentence, cap=SHARE_CAP):
    """share() and its reason, for a criterion the candidate answered."""
    shared = wanted & offered
    if not shared:
        return 0.0, ""
    return min(1.0, len(shared) / min(len(wanted), cap)), sentence(shared)


# Each fit below is asked only for a criterion the candidate answered (see
# answered()): (fit 0..1, reason or "").

def _motieven(c: Candidate, v: Vacancy):
    return _overlap(c.motieven, v.motieven, texts.reden_motieven)


def _interesses(c: Candidate, v: Vacancy):
    return _overlap(c.interesses, v.sectoren, texts.reden_interesses)


def _taken(c: Candidate, v: Vacancy):
    return _overlap(c.taken, v.taken, texts.reden_taken)


def _momenten(c: Candidate, v: Vacancy):
    if v.flexibel or c.flexibel:
        return 1.0, texts.reden_momenten((), v.flexibel, c.flexibel)
    if not v.momenten:
        return 0.5, ""  # unknown: a point to discuss, not a verdict
    shared = c.momenten & v.momenten
    if not shared:
        return 0.0, ""
    return 0.5 + 0.5 * len(shared) / len(v.momenten), texts.reden_momenten(shared, False, False)


_BANDS = list(vocab.UREN)


def _band_fit(have: str, asked: str) -> float:
    """The same band fits best, asking more than you have worst."""
    have, asked = _BANDS.index(have), _BANDS.index(asked)
    if asked == have:
        return 1.0
    if asked < have:
        return 0.5
    return 0.25 if asked == have + 1 else 0.0


def tijd_fit(c: Candidate, v: Vacancy):
    """Fit of time: one-off work for who wants it, else the best of the
    chosen hour bands. One-off against regular is a gate when only one of
    them was chosen (gates._other_rhythm); this only orders what is left."""
    if not c.tijd:
        return None
    if v.eenmalig:
        return 1.0 if vocab.EENMALIG in c.tijd else 0.0
    if not c.uren:
        return 0.0
    if v.uren is None:
        return 0.5
    return max(_band_fit(have, v.uren) for have in c.uren)


def _tijd(c: Candidate, v: Vacancy):
    fit = tijd_fit(c, v)
    reason = texts.reden_tijd(v.uren, v.eenmalig, vocab.EENMALIG in c.tijd) if fit >= 0.5 else ""
    return fit, reason


def _plaats(c: Candidate, v: Vacancy, wanted):
    """The chosen area fits best, then one declared nearby, then from home."""
    if c.plaats == vocab.THUIS:
        return (1.0, texts.reden_plaats("", True)) if v.van_thuis else (0.0, "")
    there = v.deelgemeente.casefold()
    if there == c.plaats.casefold():
        return 1.0, texts.reden_plaats(v.deelgemeente, False)
    if there and there in wanted:
        return 0.75, texts.reden_plaats_dichtbij(v.deelgemeente, c.plaats)
    if v.van_thuis:
        return 0.5, texts.reden_plaats_ook_thuis()
    return 0.0, ""


def _setting(c: Candidate, v: Vacancy):
    return _overlap(c.setting, v.setting, texts.reden_setting, cap=1)


def _nederlands_oefenen(c: Candidate, v: Vacancy):
    return (1.0, texts.reden_nederlands_oefenen()) if v.nederlands_oefenen else (0.0, "")


def _toegankelijkheid(c: Candidate, v: Vacancy):
    wanted = needs_for(c, v)
    if not wanted:
        return 1.0, ""  # from home: the building does not matter
    met = wanted & v.toegang_ja
    return len(met) / len(wanted), texts.reden_toegankelijkheid(met) if met else ""


def _begeleiding(c: Candidate, v: Vacancy):
    if v.begeleiding >= c.begeleiding:
        return 1.0, texts.reden_begeleiding(v.begeleiding)
    return 0.0, ""


def experience_asked(c: Candidate) -> frozenset:
    """The target groups whose experience fits the candidate's own answers."""
    groups = set()
    for answer, group_of in vocab.ERVARING.items():
        given = getattr(c, answer)
        for value in given if isinstance(given, frozenset) else (given,):
            groups.update(group_of.get(value, ()))
    if c.noden:
        groups.add(vocab.ERVARING_NODEN)
    return frozenset(groups)


def _ervaring(c: Candidate, v: Vacancy, asked: frozenset):
    shared = asked & v.organisatie.ervaring
    return (1.0, texts.reden_ervaring(shared)) if shared else (0.0, "")


FITS = {
    "motieven": _motieven,
    "interesses": _interesses,
    "taken": _taken,
    "momenten": _momenten,
    "tijd": _tijd,
    "plaats": _plaats,
    "setting": _setting,
    "nederlands_oefenen": _nederlands_oefenen,
    "toegankelijkheid": _toegankelijkheid,
    "begeleiding": _begeleiding,
}  # plaats and ervaring need what the call works out once: see Scorer.fit_of


def answered(c: Candidate) -> dict:
    """criterion -> whether it takes part; a skipped question neither helps nor hurts."""
    return {
        "motieven": bool(c.motieven),
        "interesses": bool(c.interesses),
        "taken": bool(c.taken),
        "momenten": c.flexibel or bool(c.momenten),
        "tijd": bool(c.tijd),
        "plaats": c.plaats is not None,
        "setting": bool(c.setting),
        "nederlands_oefenen": c.nederlands in vocab.NEDERLANDS_OEFENT,
        "toegankelijkheid": bool(c.noden),
        "begeleiding": bool(c.begeleiding),  # no support asked: nothing to weigh
        "ervaring": bool(experience_asked(c)),
    }


class Scorer:
    """Scores vacancies for one candidate with the municipality's weights."""

    def __init__(self, c: Candidate, weights: dict, wanted=None):
        self.c = c
        asked = answered(c)
        # In vocab.CRITERIA order: the sum below adds the points in that order.
        self.parts = tuple(
            (k, self.fit_of(k, c, wanted), weights[k])
            for k in vocab.CRITERIA if asked[k] and weights.get(k, 0) > 0
        )
        self.total_weight = sum(weight for _, _, weight in self.parts)
        # A fit takes only a few values. Its points, and their rounding for
        # display (slow in the browser), are worked out once per value.
        self.known = {}

    def __call__(self, v: Vacancy):
        """(score 0..100, {criterion: points}, reasons strongest first)."""
        if not self.total_weight:
            return 0, {}, []
        points, reasons = {}, {}  # criterion -> (points, rounded); criterion -> reason
        for k, fit_of, weight in self.parts:
            fit, reasons[k] = fit_of(self.c, v)
            points[k] = self.known.get((k, fit)) or self._points(k, weight, fit)
        # Most points first; the sort is stable, so ties keep the vocab.CRITERIA order.
        order = sorted(points, key=points.__getitem__, reverse=True)
        return (round(sum(exact for exact, _ in points.values())), {k: points[k][1] for k in order},
                [reasons[k] for k in order if reasons[k]])

    @staticmethod
    def fit_of(k: str, c: Candidate, wanted):
        """The fit function of criterion `k`, with what it needs worked out once."""
        if k == "plaats":
            return lambda c, v: _plaats(c, v, wanted or frozenset())
        if k == "ervaring":
            groups = experience_asked(c)
            return lambda c, v: _ervaring(c, v, groups)
        return FITS[k]

    def _points(self, k: str, weight: float, fit: float) -> tuple:
        """(points, points rounded for display) of one criterion at one fit."""
        exact = 100.0 * weight * fit / self.total_weight
        self.known[k, fit] = exact, round(exact, 1)
        return self.known[k, fit]
