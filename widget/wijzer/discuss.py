"""Points to discuss with the organisation: what matters but may not hide a vacancy.

A requirement the answers cannot settle (a certificate of good conduct, an
age inside the candidate's band), an accessibility need the vacancy does
not mention, or data that may be stale: the candidate should know, and a
conversation settles it. Phrased as a friendly next question, never a no.
"""

from __future__ import annotations

from . import texts, vocab
from .answers import Candidate
from .gates import age_unsure
from .offer import Vacancy
from .score import needs, tijd_fit


def points(c: Candidate, v: Vacancy, regio: str, today) -> list:
    found = []
    missing = needs(c) - v.toegankelijkheid
    if missing:
        found += [texts.vraag_toegankelijkheid(need) for need in vocab.TOEGANKELIJKHEID if need in missing]
    if v.goed_gedrag:
        found.append(texts.goed_gedrag(regio))
    if v.rijbewijs:
        found.append(texts.rijbewijs())
    age = age_unsure(c, v)
    if age is not None:
        found.append(texts.minimumleeftijd(age))
    if c.nederlands is None and v.nederlands == "goed":
        found.append(texts.nederlands_goed_nodig())
    if c.gaf_momenten and not v.flexibel and not v.momenten:
        found.append(texts.wanneer())
    fit = tijd_fit(c, v)
    if fit is not None and fit < 0.5:
        found.append(texts.niet_eenmalig() if c.tijd == vocab.EENMALIG else texts.andere_uren(v.uren))
    if c.extra_begeleiding:
        found.append(texts.extra_begeleiding())
    if v.plaatsen is None:
        found.append(texts.plaatsen_onbekend())
    if today is not None and v.laatst_nagekeken is not None and vocab.stale(v.laatst_nagekeken, today):
        found.append(texts.lang_niet_nagekeken())
    return found
