"""The exact assignment behind the group placement: branch and bound on flows.

The problem: each candidate gets at most one of their own options; each
vacancy takes at most its places; candidates who need extra support take
at most their organisation's remaining room, across all its vacancies.
Place as many as possible, then maximise the total weight.

Why not one flow: a vacancy's places are shared by both kinds of candidate,
while an organisation's room binds only one kind, so the two families of
limits cross and no single network holds both. The relaxation (Relaxation)
keeps every organisation's room exact inside the flow and relaxes only how
a vacancy's places are shared: someone who needs extra support passes
through the room of the organisation and then takes a place at any of its
vacancies, not necessarily their own. (An earlier version relaxed the room
instead; with many candidates who need extra support its bound was weak
and the search blew up.) When the best relaxed flow puts more people on a
vacancy than it has places, we branch on how its places are split (support
copy at most k, or plain copy at most places - k - 1: every real
assignment lies in one of the two) and keep the best feasible assignment;
a branch whose relaxation cannot beat it is cut. Best first, so the first
feasible node taken from the queue is optimal.

Weights are integers and unique per assignment (see placement.py), so the
optimum is one assignment, whichever order the search meets it in.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from .flow import Network

# A safety net, never reached by the groups we measured (see tools/bench):
# after this many relaxations the best assignment found so far is returned.
MAX_RELAXATIONS = 4000


@dataclass(frozen=True)
class Problem:
    options: tuple  # per candidate: ((vacancy, weight), ...) best first
    extra: tuple  # per candidate: needs extra support
    places: tuple  # per vacancy
    organisation: tuple  # per vacancy: its organisation
    room: tuple  # per organisation: how many more people who need extra support it can take


def useful_options(ranked, extra: bool, places, organisation, room, group: int) -> list:
    """The start of a candidate's ranked options that an optimum can use.

    The others in the group (group - 1 people) can block only so much: a
    vacancy takes `places` of them to fill, an organisation at least its
    room to close for extra support. Once the options kept would take at
    least `group` people to block, any option further down is never needed:
    wherever the others are, one of the better options kept stays open.
    """
    kept, places_in = [], {}
    blocking = 0
    for option in ranked:
        if blocking >= group:
            break
        vacancy = option[0]
        if not extra:
            kept.append(option)
            blocking += places[vacancy]
            continue
        org = organisation[vacancy]
        before = places_in.get(org, 0)
        if before >= group:
            continue  # this organisation's better options cannot all be filled
        kept.append(option)
        places_in[org] = before + places[vacancy]
        blocking += min(room[org], places_in[org]) - min(room[org], before)
    return kept


class Relaxation:
    """The network of one problem, built again for each split of places.

    Nodes: the source, one per candidate, then per vacancy a copy for each
    kind of candidate and a node for its places, per organisation an entry
    and an exit joined by its room, and the sink. A candidate who needs
    extra support flows through their vacancy's support copy, then through
    the organisation's room, then into the places of one of that
    organisation's vacancies (not always their own: that is the relaxation,
    and it is never weaker than giving both copies all places).
    """

    def __init__(self, problem: Problem):
        self.problem = problem
        extra_at, plain_at = set(), set()
        for options, extra in zip(problem.options, problem.extra, strict=True):
            (extra_at if extra else plain_at).update(v for v, _ in options)
        self.shared = sorted(extra_at & plain_at)  # where the split of places matters
        self.support_at = sorted(extra_at)
        self.plain_at = sorted(plain_at)
        self.orgs = sorted({problem.organisation[v] for v in extra_at})
        keys = [("x", v) for v in self.support_at] + [("p", v) for v in self.plain_at]
        keys += [(kind, o) for o in self.orgs for kind in ("in", "out")]
        keys += [("places", v) for v in sorted(extra_at | plain_at)]
        first = len(problem.options) + 1
        self.node = {key: first + i for i, key in enumerate(keys)}
        self.sink = first + len(keys)
        self.top = max((w for options in problem.options for _, w in options), default=0)

    def solve(self, support_cap: dict, plain_cap: dict) -> tuple:
        """((placed, total weight), {candidate: vacancy}) of the relaxed optimum."""
        p, node = self.problem, self.node
        net = Network(self.sink + 1)
        edges = []
        for c, options in enumerate(p.options):
            net.add(0, c + 1, 1)
            kind = "x" if p.extra[c] else "p"
            edges += [(net.add(c + 1, node[kind, v], 1, self.top - w), c, v, w) for v, w in options]
        for v in self.support_at:
            org = p.organisation[v]
            net.add(node["x", v], node["in", org], support_cap.get(v, p.places[v]))
            net.add(node["out", org], node["places", v], p.places[v])
        for org in self.orgs:
            net.add(node["in", org], node["out", org], p.room[org])
        for v in self.plain_at:
            net.add(node["p", v], node["places", v], plain_cap.get(v, p.places[v]))
        for (kind, v), at in node.items():
            if kind == "places":
                net.add(at, self.sink, p.places[v])
        net.min_cost_max_flow(0, self.sink)
        chosen = {c: v for edge, c, v, _ in edges if net.flow(edge)}
        return (len(chosen), sum(w for edge, _, _, w in edges if net.flow(edge))), chosen

    def overfull(self, chosen: dict) -> list:
        """(excess, vacancy, support, plain) for each vacancy given to more people than it has places."""
        support, plain = {}, {}
        for c, v in chosen.items():
            counts = support if self.problem.extra[c] else plain
            counts[v] = counts.get(v, 0) + 1
        found = []
        for v in self.shared:
            a, b = support.get(v, 0), plain.get(v, 0)
            if a + b > self.problem.places[v]:
                found.append((a + b - self.problem.places[v], v, a, b))
        return found


def _repaired(problem: Problem, chosen: dict) -> tuple:
    """A feasible assignment near a relaxed one: on an overfull vacancy the
    heaviest stay; the others take their best option that is still open."""
    weight = {(c, v): w for c, options in enumerate(problem.options) for v, w in options}
    by_vacancy: dict = {}
    for c, v in sorted(chosen.items()):
        by_vacancy.setdefault(v, []).append(c)
    kept, dropped = {}, []
    for v, people in by_vacancy.items():
        people.sort(key=lambda c: (-weight[c, v], c))
        kept.update((c, v) for c in people[:problem.places[v]])
        dropped += people[problem.places[v]:]
    load, used = {}, {}
    for c, v in kept.items():
        load[v] = load.get(v, 0) + 1
        if problem.extra[c]:
            used[problem.organisation[v]] = used.get(problem.organisation[v], 0) + 1
    for c in sorted(dropped):
        for v, _ in problem.options[c]:
            org = problem.organisation[v]
            if load.get(v, 0) < problem.places[v] and (not problem.extra[c] or used.get(org, 0) < problem.room[org]):
                kept[c] = v
                load[v] = load.get(v, 0) + 1
                if problem.extra[c]:
                    used[org] = used.get(org, 0) + 1
                break
    return (len(kept), sum(weight[c, v] for c, v in kept.items())), kept


def solve(problem: Problem) -> dict:
    """{candidate: vacancy} of the best assignment (see the module docstring)."""
    relaxation = Relaxation(problem)
    best_value, best = (0, 0), {}
    value, chosen = relaxation.solve({}, {})
    queue = [((-value[0], -value[1]), 0, {}, {}, chosen)]
    made = 1
    while queue and made < MAX_RELAXATIONS:
        (count, weight), _, support_cap, plain_cap, chosen = heapq.heappop(queue)
        value = (-count, -weight)
        if value <= best_value:
            break
        overfull = relaxation.overfull(chosen)
        if not overfull:
            return chosen
        repaired_value, repaired = _repaired(problem, chosen)
        if repaired_value > best_value:
            best_value, best = repaired_value, repaired
        _, v, a, b = max(overfull, key=lambda item: (item[0], -item[1]))
        places = problem.places[v]
        k = (places - b + a - 1) // 2  # support at most k, or plain at most places - k - 1
        for caps in ({**support_cap, v: k}, plain_cap), (support_cap, {**plain_cap, v: places - k - 1}):
            value, chosen = relaxation.solve(*caps)
            made += 1
            if value > best_value:
                heapq.heappush(queue, ((-value[0], -value[1]), made, *caps, chosen))
    return best
