"""Points to discuss with the organisation: what matters but may not hide a vacancy.

A requirement the answers cannot settle (a certificate of good conduct, an
age inside the candidate's band), a licence that is only a plus for someone
without one, a place nobody gave, or data that may be stale: the candidate
should know, and a conversation settles it. Phrased as a friendly next
question, never a no. (A need the vacancy says nothing about is not here:
it makes the vacancy a near miss, see gates.)
"""

from __future__ import annotations

from . import texts, vocab
from .answers import Candidate
from .gates import age_unsure
from .offer import Vacancy
from .score import tijd_fit


def points(c: Candidate, v: Vacancy, regio: str, today) -> list:
    found = []
    if v.goed_gedrag:
        found.append(texts.goed_gedrag(regio))
    if v.rijbewijs:
        found.append(texts.rijbewijs())
    elif v.rijbewijs_pluspunt and vocab.GEEN_RIJBEWIJS in c.rekening:
        found.append(texts.rijbewijs_pluspunt())
    age = age_unsure(c, v)
    if age is not None:
        found.append(texts.minimumleeftijd(age))
    if c.nederlands is None and v.nederlands == "goed":
        found.append(texts.nederlands_goed_nodig())
    if c.plaats is not None and not v.van_thuis and not v.deelgemeente:
        found.append(texts.waar())
    if c.gaf_momenten and not v.flexibel and not v.momenten:
        found.append(texts.wanneer())
    fit = tijd_fit(c, v)
    if fit is not None and fit < 0.5 and not v.eenmalig:
        found.append(texts.andere_uren(v.uren))
    if c.extra_begeleiding:
        found.append(texts.extra_begeleiding())
    if v.plaatsen is None:
        found.append(texts.plaatsen_onbekend())
    if today is not None and v.laatst_nagekeken is not None and vocab.stale(v.laatst_nagekeken, today):
        found.append(texts.lang_niet_nagekeken())
    return found
