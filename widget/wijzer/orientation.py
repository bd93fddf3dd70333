"""Orientation: kinds of volunteer work that fit, even when no vacancy does.

A candidate with no match (or who skipped every question) should still
leave with an idea of what to look for. Kinds are ranked by the same
overlap as the score, on motives, interests and kinds of task; ties keep
the municipality's own order, which is also the default when nothing was
answered.
"""

from __future__ import annotations

from . import texts
from .answers import Candidate
from .score import share

TOP = 3
_PARTS = (
    ("motieven", "motieven", texts.soort_motieven),
    ("interesses", "sectoren", texts.soort_interesses),
    ("taken", "taken", texts.soort_taken),
)


def _weights(weights: dict) -> dict:
    """The score's weights; if a municipality zeroed all three, count them equally."""
    chosen = {k: weights.get(k, 0) for k, _, _ in _PARTS}
    return chosen if any(chosen.values()) else {k: 1 for k in chosen}


def kinds(c: Candidate, soorten, weights: dict) -> list:
    weights = _weights(weights)
    ranked = []
    for index, kind in enumerate(soorten):
        points, reasons = 0.0, []
        for answer, field, sentence in _PARTS:
            wanted = getattr(c, answer)
            fit = share(wanted, kind[field])
            if fit and weights[answer] > 0:
                points += weights[answer] * fit
                reasons.append(sentence(wanted & kind[field]))
        ranked.append((-points, index, kind, reasons))
    ranked.sort(key=lambda item: (item[0], item[1]))
    return [
        {
            "id": kind["id"],
            "naam": kind["naam"],
            "uitleg": kind["uitleg"],
            "voorbeelden": list(kind["voorbeelden"]),
            "redenen": reasons or [texts.SOORT_ALGEMEEN],
        }
        for _, _, kind, reasons in ranked[:TOP]
    ]
