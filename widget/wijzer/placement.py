"""allocate(): one proposal per candidate for a whole group at the desk.

A group from a language course or an activation programme often wants the
same few vacancies. Proposing them one by one, each candidate taking their
best, can leave someone without a place who could have had one, so the
engine looks at the group as a whole:

- a candidate only gets a vacancy from their own match() results (never a
  near miss): every gate holds, and the score is the score match() gives;
- a vacancy takes at most its places. Unknown places count as one: a
  number of places is a promise only the organisation makes, and proposing
  two people where it promised nothing would ask more than it offered;
- candidates who need extra support together take at most what their
  organisation has left (draagkracht maximum - nu), across its vacancies;
- the proposal places as many candidates as possible, and among those it
  has the highest total score. It is exact (assign.py), not greedy.

Ties: when several proposals place as many and score as high, the first
candidate in the list gets the vacancy highest in their own list (or a
place at all), then the second, and so on. The weights below make that
order part of one integer per pair, so the best proposal is unique and the
same input gives the same proposal, whatever the order of the data.
"""

from __future__ import annotations

from . import gates, texts
from .answers import read_answers
from .assign import Problem, solve, useful_options
from .match import REASONS_FIRST, collector_paused, rank
from .offer import Offer, date, read_offer
from .score import Scorer

# One group at the desk; more would keep the browser busy for long.
MAX_CANDIDATES = 60
UNKNOWN_PLACES = 1


def places(v) -> int:
    return UNKNOWN_PLACES if v.plaatsen is None else v.plaatsen


def room(org) -> int:
    return max(0, org.maximum - org.nu)


def _fits(c, offer, day) -> list:
    """The candidate's results as match() ranks them: (vacancy, score, reasons)."""
    wanted = gates.areas(c, offer.dichtbij)
    scorer = Scorer(c, offer.gewichten, wanted)
    fits = []
    for v in offer.vacatures:
        if not gates.check(c, v, day, wanted):
            score, _, reasons = scorer(v)
            fits.append((v, score, reasons[:REASONS_FIRST]))
    fits.sort(key=lambda fit: rank(fit[1], fit[0].titel, fit[0].id))
    return fits


def _near_misses(c, offer, day) -> int:
    """How many near misses match() shows; only asked when nothing fits, so the group's cost stays one pass."""
    wanted = gates.areas(c, offer.dichtbij)
    return sum(1 for v in offer.vacatures if gates.near_miss(c, v, gates.check(c, v, day, wanted)) is not None)


def _problem(people: list) -> tuple:
    """The assignment problem of the readable candidates, and its vacancies by index."""
    vacancies = {fit[0].id: fit[0] for person in people for fit in person["fits"]}
    place = {key: places(v) for key, v in vacancies.items()}
    org_of = {key: v.organisatie.id for key, v in vacancies.items()}
    rooms = {v.organisatie.id: room(v.organisatie) for v in vacancies.values()}
    kept = [useful_options([(fit[0].id, fit[1]) for fit in person["fits"]], person["extra"], place, org_of, rooms,
                           len(people)) for person in people]
    radix = max((len(options) for options in kept), default=0) + 1
    score_unit = radix ** len(people)  # above every sum of tie-break digits
    ids = sorted({key for options in kept for key, _ in options})
    index = {key: i for i, key in enumerate(ids)}
    orgs = sorted({org_of[key] for key in ids})
    org_index = {key: i for i, key in enumerate(orgs)}
    options = tuple(
        tuple((index[key], score * score_unit + (len(own) - position) * radix ** (len(people) - 1 - i))
              for position, (key, score) in enumerate(own))
        for i, own in enumerate(kept)
    )
    problem = Problem(options=options, extra=tuple(person["extra"] for person in people),
                      places=tuple(place[key] for key in ids), organisation=tuple(org_index[org_of[key]] for key in ids),
                      room=tuple(rooms[key] for key in orgs))
    return problem, [vacancies[key] for key in ids]


def _why_not(person: dict, load: dict, used: dict, offer, day) -> str:
    """Why a candidate has no proposal: nothing fits, the vacancies that fit are
    full, or their organisations have no room left for extra support."""
    if not person["fits"]:
        return texts.groep_niets_past(_near_misses(person["candidate"], offer, day))
    full, closed = [], []
    for v, _, _ in person["fits"]:
        org = v.organisatie
        if load.get(v.id, 0) >= places(v):
            full.append(v.titel)
        elif person["extra"] and used.get(org.id, 0) >= room(org) and org.naam not in closed:
            closed.append(org.naam)
    return texts.groep_geen_plaats(full, closed)


def _read_group(candidates, offer, day) -> list:
    group = list(candidates) if isinstance(candidates, (list, tuple)) else []
    people = []
    for index, answers in enumerate(group):
        if index >= MAX_CANDIDATES:
            people.append({"reden": texts.groep_te_groot(MAX_CANDIDATES)})
        elif not isinstance(answers, dict):
            people.append({"reden": texts.groep_onleesbaar()})
        else:
            c = read_answers(answers, offer.deelgemeenten)
            people.append({"candidate": c, "fits": _fits(c, offer, day), "extra": c.extra_begeleiding})
    return people


@collector_paused
def allocate(candidates, data, today) -> dict:
    """One proposal per candidate, in input order (see the module docstring and wijzer/__init__.py)."""
    offer = data if isinstance(data, Offer) else read_offer(data)
    day = date(today)
    people = _read_group(candidates, offer, day)
    readable = [i for i, person in enumerate(people) if "fits" in person]
    problem, vacancies = _problem([people[i] for i in readable])
    chosen = {readable[c]: vacancies[v] for c, v in solve(problem).items()}
    load, used = {}, {}
    for i, v in chosen.items():
        load[v.id] = load.get(v.id, 0) + 1
        if people[i]["extra"]:
            used[v.organisatie.id] = used.get(v.organisatie.id, 0) + 1
    toewijzing = []
    for i, person in enumerate(people):
        entry = {"kandidaat": i, "vacature": None, "score": None, "redenen": [], "waarom_niet": None}
        if i in chosen:
            _, score, reasons = next(fit for fit in person["fits"] if fit[0] is chosen[i])
            entry.update(vacature=chosen[i].id, score=score, redenen=list(reasons))
        else:
            entry["waarom_niet"] = person.get("reden") or _why_not(person, load, used, offer, day)
        toewijzing.append(entry)
    return {"toewijzing": toewijzing, "samenvatting": texts.groep_samenvatting(len(chosen), len(people))}
