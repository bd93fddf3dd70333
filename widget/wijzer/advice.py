"""Desk advice: when a person helps more than a list.

Someone who already has a social worker, a job coach, a care provider or a
justice assistant at their side, who needs regular support, or for whom
nothing fits, is better served by a conversation than by phoning an
organisation alone: the desk (or that person) knows the organisations and
can arrange a careful start. Then the desk comes first, and every next step
says to take the printout there. The desk's contact details are not part
of the answer: the build renders them once into the page.
"""

from __future__ import annotations

from . import texts, vocab
from .answers import Candidate


def desk_first(c: Candidate, aantal: int) -> bool:
    return bool(c.geholpen) or c.extra_begeleiding or aantal == 0


def helpers(c: Candidate) -> str:
    """Who already helps, as words in a sentence ("je jobcoach of ...")."""
    return texts.opsomming([word for key, word in vocab.HULP.items() if key in c.geholpen], "of")


def advice(c: Candidate, aantal: int) -> dict:
    waarom = ""
    if c.geholpen:
        waarom = texts.loket_met_hulp(helpers(c))
    elif c.begeleiding == vocab.INTENSIEVE_BEGELEIDING:
        waarom = texts.loket_intensief()
    elif aantal == 0:
        waarom = texts.loket_geen_resultaat()
    elif c.extra_begeleiding:
        waarom = texts.loket_vaste_persoon()
    return {"aanbevolen": bool(waarom), "eerst": desk_first(c, aantal), "waarom": waarom}
