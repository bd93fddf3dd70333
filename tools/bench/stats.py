"""Small, pure helpers for the benchmark's numbers: medians, ratios, verdicts."""

from __future__ import annotations

import statistics


def median(values) -> float | None:
    """The median of the values that were measured; None when none were
    (a run that timed out gives None, and must not count as zero)."""
    measured = [v for v in values if v is not None]
    return statistics.median(measured) if measured else None


def ratio(ours, theirs) -> float | None:
    if ours is None or not theirs:
        return None
    return ours / theirs


def verdict(value, limit) -> str:
    """'gehaald', 'niet gehaald' or 'niet gemeten': a missed target is shown, never hidden."""
    if value is None:
        return "niet gemeten"
    return "gehaald" if value <= limit else "niet gehaald"
