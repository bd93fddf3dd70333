"""Desk advice: when a person at the loket helps more than a list.

When nothing fits, or the candidate asks for close support, a list of
vacancies is not enough: the desk knows the organisations and can arrange
a careful start. The desk's contact details are not part of the answer:
the build renders them once into the page, and the script shows them next
to this advice's reason.
"""

from __future__ import annotations

from . import texts, vocab
from .answers import Candidate

# Fewer results than this, for someone who needs regular support, is "few".
FEW = 3


def advice(c: Candidate, aantal: int) -> dict:
    waarom = ""
    if c.begeleiding == vocab.INTENSIEVE_BEGELEIDING:
        waarom = texts.loket_intensief()
    elif aantal == 0:
        waarom = texts.loket_geen_resultaat()
    elif c.extra_begeleiding and aantal < FEW:
        waarom = texts.loket_weinig_resultaat()
    return {"aanbevolen": bool(waarom), "waarom": waarom}
