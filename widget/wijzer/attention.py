"""Attention points: what to arrange before starting, never a reason to stop.

Benefits come with rules (tell the RVA, the ziekenfonds, the OCMW, UWV or
the gemeente first). Candidates who skip this step can lose money, so the
wijzer names the step in plain words. The reminder that volunteering is a
free choice is always there, because people are sometimes pushed into it.
"""

from __future__ import annotations

from . import texts
from .answers import Candidate


def attention_points(c: Candidate) -> list:
    """The situation's point (it names its own country's office), then the reminder.

    The region policy (vocab.offered_situations): the form offers the
    municipality's own region's situations plus "geen", but the point follows
    the situation, not the municipality: someone who lives in one country may
    get a benefit from the other.
    """
    found = []
    if c.situatie in texts.AANDACHT:
        found.append(texts.AANDACHT[c.situatie])
    found.append(texts.VRIJWILLIG)
    return found
